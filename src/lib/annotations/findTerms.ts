/**
 * Glossary terms wherever a text uses them: every form of every entry (simplified, traditional,
 * aliases in both scripts) is looked for in each passage with its characters folded to simplified
 * one by one (`foldToSimplified`), so a term is found whichever script the text is in, and in an
 * original that writes half-converted forms (組工干部 for 組工幹部). A term in corrected words is
 * found as the correction reads.
 */
import type { TermNote } from './annotationNoteSchema.ts';
import { annotateNodes } from './annotateNodes.ts';
import type { TermExclusion } from './annotationSchema.ts';
import type { GlossaryEntry } from './glossarySchema.ts';
import { isTermNote, noteId, occurrenceAt } from '../ids/ids.ts';
import { nodeText } from '../passages/displayNodes.ts';
import type { PassageNodes } from '../passages/nodeSchema.ts';
import { convertScript, foldToSimplified } from '../script/convertScript.ts';

/** A glossary's forms, ready to be looked for. */
export interface TermFinder {
	/** Every folded form, longest first: a match is the longest form that starts there. */
	pattern: RegExp | undefined;
	/** The entry each folded form belongs to. */
	entryOf: ReadonlyMap<string, string>;
}

/**
 * The forms of the entries whose occurrences the build finds (`occurrences: all`), folded to
 * simplified. Where two entries fold to the same form, the first in the glossary file keeps it.
 * Uses the conversion table in force (`useConversionTable`).
 */
export function termFinder(entries: Iterable<GlossaryEntry>): TermFinder {
	const entryOf = new Map<string, string>();
	for (const entry of entries) {
		if (entry.occurrences !== 'all') continue;
		for (const form of [entry.hans, entry.hant, ...entry.aliases.flatMap((alias) => [alias, convertScript(alias, 'hant')])]) {
			const folded = foldToSimplified(form);
			if (!entryOf.has(folded)) entryOf.set(folded, entry.id);
		}
	}
	const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length);
	return { pattern: forms.length ? new RegExp(forms.map(escapeForPattern).join('|'), 'g') : undefined, entryOf };
}

/**
 * Marks every occurrence of the glossary's terms in a text's passages, in place, and returns a
 * note for each. An occurrence goes inside an editor's note that explains longer words, but not
 * inside another term's words, nor across the edge of any annotation: the annotation files'
 * own entries stand. `excluded` lists what an annotation file says is not a term here; the
 * indexes of those that excluded nothing come back as `unused`.
 */
export function findTerms(passages: PassageNodes, finder: TermFinder, excluded: readonly TermExclusion[] = []): { notes: TermNote[]; unused: number[] } {
	const notes: TermNote[] = [];
	const used = new Set<number>();
	if (!finder.pattern) return { notes, unused: excluded.map((_, i) => i) };
	for (const [passage, nodes] of passages) {
		const text = nodes.map(nodeText).join('');
		let marked = nodes;
		for (const match of foldToSimplified(text).matchAll(finder.pattern)) {
			const term = finder.entryOf.get(match[0])!;
			const exclusion = excluded.findIndex((e) => e.term === term && (e.passage === undefined || e.passage === passage));
			if (exclusion >= 0) {
				used.add(exclusion);
				continue;
			}
			const start = match.index;
			const words = text.slice(start, start + match[0].length);
			const id = noteId({ kind: 'term', passage, words, occurrence: occurrenceAt(text, words, start) });
			const annotated = annotateNodes(marked, start, start + words.length, id, (other) => !isTermNote(other));
			if (!annotated) continue;
			marked = annotated;
			notes.push({ kind: 'term', id, passage, quote: words, term, automatic: true });
		}
		passages.set(passage, marked);
	}
	return { notes, unused: excluded.flatMap((_, i) => (used.has(i) ? [] : [i])) };
}

function escapeForPattern(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
