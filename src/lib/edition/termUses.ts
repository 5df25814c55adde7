import type { ConcordanceLine, TermUse } from '../annotations/glossarySchema.ts';
import { spansOfPassages } from '../passages/shownSpans.ts';
import type { Script } from '../script/scriptSchema.ts';
import type { EditionRecord } from './recordSchema.ts';

/** Characters of context a concordance line keeps on each side of the words. */
export const concordanceContext = 16;

/** A glossary term's use in a text, with the entry it is a use of. */
export type TextTermUse = TermUse & { term: string };

/**
 * Every use of a glossary term in a record, in reading order, as a concordance line in each
 * script: the annotated words as the page shows them, where they start in the passage, and up to
 * `concordanceContext` characters of the same passage on either side.
 */
export function termUses(record: Pick<EditionRecord, 'slug' | 'passages' | 'notes'>): TextTermUse[] {
	const spans = spansOfPassages(record.passages);
	return record.notes.flatMap((note): TextTermUse[] => {
		if (note.kind !== 'term') return [];
		const line = (script: Script): ConcordanceLine => {
			const { text, at } = spans(note.passage, script)!;
			const [start, end] = at.get(note.id)!;
			return { before: text.slice(Math.max(0, start - concordanceContext), start), words: text.slice(start, end), after: text.slice(end, end + concordanceContext), at: start };
		};
		return [{ term: note.term, text: record.slug, passage: note.passage, note: note.id, line: { hans: line('hans'), hant: line('hant') } }];
	});
}
