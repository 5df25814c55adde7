/**
 * Orders the passages that matched every term. Pagefind scores every exact match alike, so the
 * order is ours, from what its results carry without fetching anything: where each term was first
 * found in the passage, and what the passage is (a title, a heading, a paragraph).
 */

/** One term's matches: passage result id → the key positions of its first match there. */
export type TermMatches = Map<string, number[]>;

export interface RankInput {
	/** Each term's matches, in query order. */
	terms: TermMatches[];
	/** Passages that hold all the terms together as one run, as typed without the spaces (several terms only). */
	asOnePhrase: Set<string>;
	/** Passages that are a text's title, and section headings. */
	titles: Set<string>;
	headings: Set<string>;
	/** The order to keep among equals: Pagefind's for the rarest term (its order among exact matches, the order the texts were indexed in). */
	order: string[];
}

/** How far apart, in characters, the first matches of the terms are (0 for one term). */
function spread(id: string, terms: TermMatches[]): number {
	const starts = terms.map((term) => Math.min(...(term.get(id) ?? [0])));
	return Math.max(...starts) - Math.min(...starts);
}

/** A passage's score: the terms as one phrase, then a title or heading, then the terms close together. */
export function passageScore(id: string, input: RankInput): number {
	const several = input.terms.length > 1;
	return (
		(several && input.asOnePhrase.has(id) ? 8 : 0) +
		(input.titles.has(id) ? 4 : input.headings.has(id) ? 2 : 0) +
		(several ? 2 / (1 + spread(id, input.terms) / 10) : 0)
	);
}

/** The ids in `order` that matched every term, in that order. */
export function matchingPassages(input: Pick<RankInput, 'terms' | 'order'>): string[] {
	const [first, ...rest] = input.terms;
	if (!first) return [];
	return input.order.filter((id) => first.has(id) && rest.every((term) => term.has(id)));
}

/** `matchingPassages` ordered by score. */
export function rankPassages(input: RankInput): string[] {
	const scored = matchingPassages(input).map((id, at) => ({ id, at, score: passageScore(id, input) }));
	return scored.sort((a, b) => b.score - a.score || a.at - b.at).map(({ id }) => id);
}
