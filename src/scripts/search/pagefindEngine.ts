/**
 * The browser's side of the index: Pagefind's own API (loaded from the site, with every shard
 * merged in), the fold table, and the texts' search views. Nothing here is fetched until a reader
 * searches; what is fetched once is kept for the next query.
 */
import { pagefindPhrase } from '../../lib/search/searchQuery.ts';
import { passageOfUrl, searchTextPath } from '../../lib/search/searchData.ts';
import type { SearchConfig, SearchText } from '../../lib/search/searchDataSchema.ts';
import type { Script } from '../../lib/script/scriptSchema.ts';

/** The part of Pagefind's JavaScript API used here (pagefind.js, version 1.6). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(query: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}
interface PagefindResult {
	id: string;
	words: number[];
	data(): Promise<{ url: string }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	/** Counts by filter value among the results. */
	filters: FilterCounts;
}

/** Filter values, any of which a passage may have, by filter key. */
export type Filters = Record<string, { any: string[] }>;
/** How many results have each value, by filter key. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One query's matches: result id → key positions of its first match, in Pagefind's order. */
export interface Matches {
	ids: string[];
	positions: Map<string, number[]>;
	counts: FilterCounts;
}

/** Where a result is: its text and passage. */
export interface PassageRef {
	slug: string;
	id: string;
}

export class SearchEngine {
	private readonly passages = new Map<string, Promise<PassageRef | undefined>>();
	private readonly texts = new Map<string, Promise<SearchText>>();
	private readonly results = new Map<string, PagefindResult>();

	private constructor(
		private readonly base: string,
		private readonly pagefind: Pagefind,
		readonly config: SearchConfig,
	) {}

	/** Loads the index published under the site's base path (which ends in `/`). */
	static async open(base: string): Promise<SearchEngine> {
		const response = await fetch(`${base}search-data/config.json`);
		if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
		const config = (await response.json()) as SearchConfig;
		const [first, ...others] = config.shards;
		if (!first) throw new Error('the corpus has no text to search');
		// A computed address, so that the bundler leaves it to the browser: the file exists only in the built site.
		const pagefind = (await import(/* @vite-ignore */ `${base}${first}pagefind.js`)) as Pagefind;
		// The index is small enough for the page's own thread; the worker would cost another download.
		await pagefind.options({ noWorker: true });
		await pagefind.init();
		for (const shard of others) await pagefind.mergeIndex(`${base}${shard}`, { noWorker: true });
		// Loads the filters, without which a search reports no counts.
		await pagefind.filters();
		return new SearchEngine(base, pagefind, config);
	}

	/** The passages whose key holds `key` as one run, with the filters; in Pagefind's order, or by date. */
	async matches(key: string, filters: Filters = {}, sort?: 'asc' | 'desc'): Promise<Matches> {
		const response = await this.pagefind.search(pagefindPhrase(key), { filters, ...(sort && { sort: { date: sort } }) });
		const results = response?.results ?? [];
		for (const result of results) this.results.set(result.id, result);
		return { ids: results.map((result) => result.id), positions: new Map(results.map((result) => [result.id, result.words])), counts: response?.filters ?? {} };
	}

	/** The text and passage of a result (one small fetch the first time). */
	passage(resultId: string): Promise<PassageRef | undefined> {
		let ref = this.passages.get(resultId);
		if (!ref) {
			const result = this.results.get(resultId);
			ref = result ? result.data().then((data) => passageOfUrl(data.url)) : Promise.resolve(undefined);
			this.passages.set(resultId, ref);
		}
		return ref;
	}

	/** A text's search view in a script (fetched once). */
	text(script: Script, slug: string): Promise<SearchText> {
		const path = searchTextPath(script, slug);
		let text = this.texts.get(path);
		if (!text) {
			text = fetch(`${this.base}${path}`).then((response) => {
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
				return response.json() as Promise<SearchText>;
			});
			this.texts.set(path, text);
		}
		return text;
	}
}
