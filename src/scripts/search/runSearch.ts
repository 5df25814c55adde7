/**
 * One search: the passages that hold every term, ranked or by date, and for each filter the
 * number of them each value would leave. Pagefind finds each term on its own (an exact phrase
 * search); passages holding them all, and the counts for several terms, are worked out here.
 */
import { rankPassages, matchingPassages } from '../../lib/search/rankPassages.ts';
import type { SearchTerm } from '../../lib/search/searchQuery.ts';
import type { FilterCounts, Filters, Matches, SearchEngine } from './pagefindEngine.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRequest {
	terms: SearchTerm[];
	/** The values ticked, by filter key. */
	selected: Filters;
	sort: SortOrder;
	/** The filters to count values of. */
	facets: string[];
}

export interface SearchOutcome {
	/** The matching passages' result ids, in the order to show. */
	ids: string[];
	/** For each facet, how many passages each value would leave, given the other facets' choices. */
	counts: FilterCounts;
}

type Engine = Pick<SearchEngine, 'matches'>;

/** Values counted one by one for a facet when there are several terms (the most frequent first); the rest are left out. */
const mostValuesCounted = 12;

function without(filters: Filters, key: string): Filters {
	return Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
}

/** Each term's matches, and the ids in the rarest term's order that match every term. */
async function matchEvery(engine: Engine, terms: SearchTerm[], filters: Filters, sort?: 'asc' | 'desc') {
	const perTerm = await Promise.all(terms.map((term) => engine.matches(term.key, filters, sort)));
	const rarest = perTerm.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
	const rarestTerm = terms[perTerm.indexOf(rarest)];
	return { perTerm, rarest, rarestTerm, ids: matchingPassages({ terms: perTerm.map((m) => m.positions), order: rarest.ids }) };
}

/** The facet's counts among passages matching every term under `filters`. */
async function countFacet(engine: Engine, terms: SearchTerm[], filters: Filters, facet: string): Promise<Record<string, number>> {
	const { perTerm, rarest, rarestTerm, ids } = await matchEvery(engine, terms, filters);
	if (perTerm.length === 1) return rarest.counts[facet] ?? {};
	const matching = new Set(ids);
	const values = Object.entries(rarest.counts[facet] ?? {})
		.filter(([, count]) => count > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, mostValuesCounted);
	const counts: Record<string, number> = {};
	for (const [value] of values) {
		const withValue = await engine.matches(rarestTerm.key, { ...filters, [facet]: { any: [value] } });
		counts[value] = withValue.ids.filter((id) => matching.has(id)).length;
	}
	return counts;
}

/** The engine, asked each question once: a search asks for the same matches several times (each facet without a choice made). */
function remembering(engine: Engine): Engine {
	const asked = new Map<string, Promise<Matches>>();
	return {
		matches(key, filters = {}, sort) {
			const question = JSON.stringify([key, filters, sort]);
			let answer = asked.get(question);
			if (!answer) asked.set(question, (answer = engine.matches(key, filters, sort)));
			return answer;
		},
	};
}

export async function runSearch(searchEngine: Engine, request: SearchRequest): Promise<SearchOutcome> {
	const { terms, selected, sort, facets } = request;
	const engine = remembering(searchEngine);
	if (terms.length === 0) return { ids: [], counts: {} };
	const byDate = sort === 'relevance' ? undefined : sort === 'newest' ? 'desc' : 'asc';
	const { perTerm, rarestTerm, ids } = await matchEvery(engine, terms, selected, byDate);
	let ranked = ids;
	if (sort === 'relevance' && ids.length > 1) {
		const idsOf = (matches: Matches) => new Set(matches.ids);
		const [asOnePhrase, titles, headings] = await Promise.all([
			terms.length > 1 ? engine.matches(terms.map((term) => term.key).join(''), selected).then(idsOf) : Promise.resolve(new Set<string>()),
			engine.matches(rarestTerm.key, { ...selected, role: { any: ['title'] } }).then(idsOf),
			engine.matches(rarestTerm.key, { ...selected, role: { any: ['heading'] } }).then(idsOf),
		]);
		ranked = rankPassages({ terms: perTerm.map((m) => m.positions), order: ids, asOnePhrase, titles, headings });
	}
	const counts: FilterCounts = {};
	for (const facet of facets) counts[facet] = await countFacet(engine, terms, without(selected, facet), facet);
	return { ids: ranked, counts };
}
