import type { TextSummary } from './recordSchema.ts';
import { bothFromSimplified } from '../script/convertScript.ts';
import { catalogueOrder } from './catalogueOrder.ts';
import type { GlossaryEntry, GlossaryTerm } from '../annotations/glossarySchema.ts';
import type { TextTermUse } from './termUses.ts';

/** A text's place in the catalogue and its uses of glossary terms, in reading order (`termUses`). */
interface TextTerms {
	summary: Pick<TextSummary, 'slug' | 'date'>;
	uses: TextTermUse[];
}

/**
 * The glossary as the build publishes it: every entry, in the glossary file's order, with its
 * Chinese gloss in both scripts and every use of it in the corpus, texts in catalogue order.
 */
export function publishGlossary(entries: Iterable<GlossaryEntry>, texts: TextTerms[]): GlossaryTerm[] {
	const ordered = catalogueOrder(texts.map(({ summary, uses }) => ({ ...summary, uses })));
	const byTerm = Map.groupBy(
		ordered.flatMap(({ uses }) => uses),
		({ term }) => term,
	);
	return [...entries].map((entry) => ({ ...entry, zh: bothFromSimplified(entry.zh), uses: (byTerm.get(entry.id) ?? []).map(({ term: _, ...use }) => use) }));
}
