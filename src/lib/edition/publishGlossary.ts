import type { TermNote } from '../annotations/annotationNoteSchema.ts';
import type { TextSummary } from './recordSchema.ts';
import { convertScript } from '../script/convertScript.ts';
import { catalogueOrder } from './catalogueOrder.ts';
import type { GlossaryEntry, GlossaryTerm } from '../annotations/glossarySchema.ts';

/** A text's place in the catalogue and the glossary terms it annotates, in reading order. */
interface TextTerms {
	summary: Pick<TextSummary, 'slug' | 'date'>;
	terms: TermNote[];
}

/**
 * The glossary as the build publishes it: every entry, in the glossary file's order, with its
 * Chinese gloss in both scripts and every use of it in the corpus, texts in catalogue order.
 */
export function publishGlossary(entries: Iterable<GlossaryEntry>, texts: TextTerms[]): GlossaryTerm[] {
	const ordered = catalogueOrder(texts.map(({ summary, terms }) => ({ ...summary, terms })));
	const uses = Map.groupBy(
		ordered.flatMap(({ slug, terms }) => terms.map((note) => ({ term: note.term, use: { text: slug, passage: note.passage, note: note.id } }))),
		({ term }) => term,
	);
	return [...entries].map((entry) => ({ ...entry, zh: { hans: entry.zh, hant: convertScript(entry.zh, 'hant') }, uses: (uses.get(entry.id) ?? []).map(({ use }) => use) }));
}
