import type { Concordance, TermUse } from '../annotations/glossarySchema.ts';
import type { TextSummary } from '../edition/recordSchema.ts';

/** A text as the concordance names it. */
type ConcordanceText = Pick<TextSummary, 'slug' | 'title' | 'date'>;

/** The most texts an entry page lists with their counts: the commonest terms of a large corpus are in thousands. */
export const textsCounted = 100;

/** A text a concordance names. Naming one the corpus does not have is an error: both come from the same build. */
function textOf(term: string, slug: string, texts: ReadonlyMap<string, ConcordanceText>): ConcordanceText {
	const text = texts.get(slug);
	if (!text) throw new Error(`the glossary entry ${term} names the text ${slug}, which the corpus does not have`);
	return text;
}

/** A page of an entry's uses, each with the text it is in. */
export function namedUses(term: string, uses: TermUse[], texts: ReadonlyMap<string, ConcordanceText>): (TermUse & { source: ConcordanceText })[] {
	return uses.map((use) => ({ ...use, source: textOf(term, use.text, texts) }));
}

/**
 * The texts an entry page lists with their counts: those with the most uses first (in catalogue
 * order among equals), at most `textsCounted`, and how many more there are.
 */
export function textsByUses(term: string, byText: Concordance['byText'], texts: ReadonlyMap<string, ConcordanceText>): { rows: { text: ConcordanceText; uses: number }[]; others: number } {
	const rows = byText.map(({ text, uses }) => ({ text: textOf(term, text, texts), uses })).sort((a, b) => b.uses - a.uses);
	return { rows: rows.slice(0, textsCounted), others: Math.max(0, rows.length - textsCounted) };
}
