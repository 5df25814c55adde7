/**
 * What a reader typed, as search terms. A quoted run ("…", “…”, 「…」, 『…』) is one term, spaces and
 * all; outside quotes, spaces (ASCII or ideographic) separate terms. A passage matches when it
 * contains every term, each as an unbroken run of characters once folded (`searchFold`): so 劳模精神
 * is one term and finds the phrase, while 劳模 精神 finds passages holding both words anywhere.
 */
import { searchKey, type FoldTable } from './searchFold.ts';

export interface SearchTerm {
	/** The term as typed. */
	text: string;
	/** Its search key (never empty). */
	key: string;
}

const quoted = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?|([^\s"“「『]+)/gu;

/** The terms of a query, in the order typed, without repeats; terms with nothing searchable are left out. */
export function parseQuery(query: string, table: FoldTable): SearchTerm[] {
	const terms = new Map<string, SearchTerm>();
	for (const match of query.matchAll(quoted)) {
		const text = (match.slice(1).find((group) => group !== undefined) ?? '').trim();
		const key = searchKey(text, table);
		if (key && !terms.has(key)) terms.set(key, { text, key });
	}
	return [...terms.values()];
}

/** The longest term a query may hold, in key characters: a passage is seldom longer than this, and the quote check takes over beyond. */
export const longestTerm = 300;

/**
 * Pagefind's query for a key: its characters as tokens, quoted, which Pagefind matches only at
 * consecutive positions within one record.
 */
export function pagefindPhrase(key: string): string {
	return `"${[...key].join(' ')}"`;
}
