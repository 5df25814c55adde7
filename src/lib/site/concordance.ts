import type { GlossaryTerm, TermUse } from '../annotations/glossarySchema.ts';
import type { TextSummary } from '../edition/recordSchema.ts';

/** A text as the concordance names it. */
type ConcordanceText = Pick<TextSummary, 'slug' | 'title' | 'date'>;

/** A glossary entry's concordance: every use with its text, and the counts a reader compares. */
interface Concordance {
	/** Every use, in the published order (texts in catalogue order, then reading order). */
	lines: (TermUse & { source: ConcordanceText })[];
	/** Uses per text, in catalogue order. */
	byText: { text: ConcordanceText; uses: number }[];
	/** Uses per year of publication, oldest first; texts without a date last, as `year: null`. */
	byYear: { year: string | null; uses: number }[];
}

/**
 * A glossary entry's uses with the texts they are in, counted per text and per year of the text's
 * date. A use of a text the corpus does not have is an error: the glossary and the texts come from
 * the same build.
 */
export function concordance(term: GlossaryTerm, texts: ConcordanceText[]): Concordance {
	const bySlug = new Map(texts.map((text) => [text.slug, text]));
	const lines = term.uses.map((use) => {
		const source = bySlug.get(use.text);
		if (!source) throw new Error(`the glossary entry ${term.id} names the text ${use.text}, which the corpus does not have`);
		return { ...use, source };
	});
	const perText = Map.groupBy(lines, (line) => line.source);
	const perYear = Map.groupBy(lines, (line) => line.source.date?.slice(0, 4) ?? null);
	return {
		lines,
		byText: [...perText].map(([text, uses]) => ({ text, uses: uses.length })),
		byYear: [...perYear].map(([year, uses]) => ({ year, uses: uses.length })).sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year.localeCompare(b.year))),
	};
}
