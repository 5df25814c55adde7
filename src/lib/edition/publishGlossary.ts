import type { TextSummary } from './recordSchema.ts';
import { bothFromSimplified } from '../script/convertScript.ts';
import { catalogueOrder } from './catalogueOrder.ts';
import type { Concordance, GlossaryEntry, GlossaryTerm, TermUse } from '../annotations/glossarySchema.ts';
import { concordancePageSize, concordancePages } from './outputFiles.ts';
import type { TextTermUse } from './termUses.ts';

/** A text's place in the catalogue and its uses of glossary terms, in reading order (`termUses`). */
interface TextTerms {
	summary: Pick<TextSummary, 'slug' | 'date'>;
	uses: TextTermUse[];
}

/** The glossary as the build publishes it, and each entry's concordance. */
interface PublishedGlossary {
	/** Every entry, in the glossary file's order. */
	terms: GlossaryTerm[];
	/** Each entry's concordance, by entry id, with its uses cut into pages. */
	concordances: Map<string, Concordance & { pages: TermUse[][] }>;
}

/**
 * The glossary as the build publishes it: every entry, in the glossary file's order, with its
 * Chinese gloss in both scripts and how often it is used; and each entry's concordance, every use
 * with the texts in catalogue order, counted per text and per year of the text's date.
 */
export function publishGlossary(entries: Iterable<GlossaryEntry>, texts: TextTerms[]): PublishedGlossary {
	const ordered = catalogueOrder(texts.map(({ summary, uses }) => ({ ...summary, uses })));
	const byTerm = Map.groupBy(
		ordered.flatMap(({ date, uses }) => uses.map(({ term, ...use }) => ({ term, year: date?.slice(0, 4) ?? null, use }))),
		({ term }) => term,
	);
	const terms: GlossaryTerm[] = [];
	const concordances: PublishedGlossary['concordances'] = new Map();
	for (const entry of entries) {
		const found = byTerm.get(entry.id) ?? [];
		const uses = found.map(({ use }) => use);
		const byText = [...Map.groupBy(uses, (use) => use.text)].map(([text, inText]) => ({ text, uses: inText.length }));
		const byYear = [...Map.groupBy(found, ({ year }) => year)]
			.map(([year, inYear]) => ({ year, uses: inYear.length }))
			.sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year.localeCompare(b.year)));
		const pages = Array.from({ length: concordancePages(uses.length) }, (_, i) => uses.slice(i * concordancePageSize, (i + 1) * concordancePageSize));
		terms.push({ ...entry, zh: bothFromSimplified(entry.zh), uses: uses.length, texts: byText.length });
		concordances.set(entry.id, { byText, byYear, pages });
	}
	return { terms, concordances };
}
