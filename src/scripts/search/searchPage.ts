/**
 * The search page's behaviour (`<corpus-search>` in src/pages/[script]/search.astro): reads the
 * query from the address, runs it when the reader submits or changes a filter, shows the results
 * a page at a time, lets the keyboard step through them, and hands the quote form to quoteCheck.ts
 * (loaded only when used).
 */
import { fill } from '../../lib/site/fill.ts';
import { excerpt, matchSpans } from '../../lib/search/matchSpans.ts';
import { longestTerm, parseQuery, type SearchTerm } from '../../lib/search/searchQuery.ts';
import type { Script } from '../../lib/script/scriptSchema.ts';
import { SearchEngine, type FilterCounts, type Filters } from './pagefindEngine.ts';
import { runSearch, type SortOrder } from './runSearch.ts';
import { element } from '../element.ts';

/** Results shown at once; more follow on request (each costs a small fetch). */
const pageSize = 10;
/** After this long, a loading index gets a message that says so. */
const slowAfterMs = 1500;

/** The page's labels, in its script. */
export type Words = Record<string, string>;

class CorpusSearch extends HTMLElement {
	private engine?: Promise<SearchEngine>;
	private words!: Words;
	private script!: Script;
	private base!: string;
	private form!: HTMLFormElement;
	private input!: HTMLInputElement;
	private status!: HTMLElement;
	private body!: HTMLElement;
	private facets!: HTMLElement;
	private list!: HTMLOListElement;
	private more!: HTMLButtonElement;
	private shown: { ids: string[]; next: number; terms: SearchTerm[] } = { ids: [], next: 0, terms: [] };
	/** Each search gets a number; a slower earlier one never overwrites a later one's results. The quote check likewise. */
	private generation = 0;
	private quoteGeneration = 0;
	/** The address's query string when the page last read it: a popstate that leaves it as it was (a #fragment link) changes nothing. */
	private readAddress = '';

	connectedCallback(): void {
		this.words = JSON.parse(this.dataset.words!) as Words;
		this.script = this.dataset.script as Script;
		this.base = this.dataset.base!;
		this.form = this.querySelector('form.search-form')!;
		this.input = this.querySelector('#search-query')!;
		this.status = this.querySelector('.search-status')!;
		this.body = this.querySelector('.search-body')!;
		this.facets = this.querySelector('.search-facets')!;
		this.list = this.querySelector('ol.results')!;
		this.more = this.querySelector('button.more')!;

		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.search(true);
		});
		// A filter ticked or the order changed searches again at once.
		this.form.addEventListener('change', (event) => {
			if ((event.target as Element).matches('select, input[type=checkbox]')) this.search(true);
		});
		this.input.addEventListener('focus', () => void this.load().catch(() => {}), { once: true });
		this.input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown') this.focusResult(0, event);
		});
		this.list.addEventListener('keydown', (event) => this.stepThroughResults(event));
		this.more.addEventListener('click', () => {
			const focusAt = this.list.children.length;
			void this.showMore(this.generation)
				.then(() => this.list.querySelectorAll<HTMLAnchorElement>('a.result-link')[focusAt]?.focus())
				.catch((error: unknown) => this.say(this.status, fill(this.words.searchFailed, { reason: (error as Error).message })));
		});
		this.querySelector<HTMLFormElement>('form.quote-form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.checkQuote(true);
		});
		addEventListener('popstate', () => {
			if (location.search !== this.readAddress) this.fromAddress();
		});
		this.fromAddress();
	}

	/** The index, loading once; a slow load says so, once a search waits for it. */
	private load(): Promise<SearchEngine> {
		if (!this.engine) {
			const slow = setTimeout(() => this.dataset.state === 'searching' && this.say(this.status, this.words.searchSlow), slowAfterMs);
			this.engine = SearchEngine.open(this.base).finally(() => clearTimeout(slow));
			this.engine.catch(() => (this.engine = undefined));
		}
		return this.engine;
	}

	private say(where: Element, message: string): void {
		where.textContent = message;
	}

	/** Fills the forms from the address, which decides everything (Back undoes a filter), and runs what it asks for. */
	private fromAddress(): void {
		this.readAddress = location.search;
		const params = new URLSearchParams(location.search);
		this.input.value = params.get('q') ?? '';
		this.form.querySelector<HTMLSelectElement>('select[name=sort]')!.value = parseSort(params.get('sort'));
		// Only this page's filters: another script's text, outlet or author filter (carried by the script switch) is dropped, not applied unseen.
		const keys = new Set(this.facetKeys());
		this.pendingFilters = params.getAll('f').filter((value) => keys.has(value.slice(0, value.indexOf(':'))));
		const quote = this.querySelector<HTMLTextAreaElement>('#quote-text')!;
		quote.value = params.get('quote') ?? '';
		if (this.input.value.trim()) this.search(false);
		else {
			this.generation++;
			this.clear('');
		}
		if (quote.value.trim()) void this.checkQuote(false);
		else {
			this.quoteGeneration++;
			this.querySelector('.quote-status')!.textContent = '';
			this.querySelector('.quote-result')!.replaceChildren();
		}
	}

	/** Filters from the address, applied before the facets that show them exist; undefined once applied. */
	private pendingFilters: string[] | undefined;

	private selectedFilters(): string[] {
		return this.pendingFilters ?? [...this.facets.querySelectorAll<HTMLInputElement>('input[name=f]:checked')].map((box) => box.value);
	}

	/** Puts the search in the address: pushed as a new entry when the reader asked for it. */
	private record(params: URLSearchParams, push: boolean): void {
		const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (push) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		this.readAddress = location.search;
	}

	private facetKeys(): string[] {
		return [`text-${this.script}`, 'year', `outlet-${this.script}`, `author-${this.script}`, 'script'];
	}

	/** Runs a search; while it runs the results are marked busy, and `data-state` says `done` once it has shown its outcome. */
	private search(push: boolean): void {
		this.dataset.state = 'searching';
		this.body.setAttribute('aria-busy', 'true');
		const generation = this.generation + 1;
		void this.runSearch(push)
			.catch((error: unknown) => generation === this.generation && this.say(this.status, fill(this.words.searchFailed, { reason: (error as Error).message })))
			.finally(() => {
				if (generation !== this.generation) return;
				this.body.setAttribute('aria-busy', 'false');
				this.dataset.state = 'done';
			});
	}

	private async runSearch(push: boolean): Promise<void> {
		const generation = ++this.generation;
		const query = this.input.value;
		const sort = parseSort(this.form.querySelector<HTMLSelectElement>('select[name=sort]')!.value);
		const filterValues = this.selectedFilters();
		this.pendingFilters = undefined;
		const params = new URLSearchParams();
		if (query.trim()) params.set('q', query.trim());
		if (sort !== 'relevance') params.set('sort', sort);
		for (const value of filterValues) params.append('f', value);
		const quote = new URLSearchParams(location.search).get('quote');
		if (quote) params.set('quote', quote);
		this.record(params, push);

		if (!query.trim()) return this.clear(this.words.searchEmpty);
		this.say(this.status, this.words.searchLoading);
		const engine = await this.load();
		if (generation !== this.generation) return;
		const terms = parseQuery(query, engine.config.fold);
		if (terms.length === 0) return this.clear(this.words.searchEmpty);
		if (terms.some((term) => [...term.key].length > longestTerm)) return this.clear(fill(this.words.searchTooLong, { n: longestTerm }));

		const selected: Filters = Object.create(null);
		for (const value of filterValues) {
			const cut = value.indexOf(':');
			if (cut > 0) (selected[value.slice(0, cut)] ??= { any: [] }).any.push(value.slice(cut + 1));
		}
		const outcome = await runSearch(engine, { terms, selected, sort, facets: this.facetKeys() });
		if (generation !== this.generation) return;

		this.renderFacets(outcome.counts, filterValues);
		this.list.replaceChildren();
		this.shown = { ids: outcome.ids, next: 0, terms };
		if (outcome.ids.length === 0) {
			this.body.hidden = filterValues.length === 0;
			await this.noResults(engine, query, terms, generation);
			return;
		}
		const texts = Object.values(outcome.counts[`text-${this.script}`] ?? {}).filter((count) => count > 0);
		const textsKnown = texts.reduce((sum, count) => sum + count, 0) === outcome.ids.length;
		this.say(this.status, textsKnown ? fill(this.words.results, { n: outcome.ids.length, texts: texts.length }) : fill(this.words.resultsPassages, { n: outcome.ids.length }));
		this.body.hidden = false;
		await this.showMore(generation);
	}

	private clear(message: string): void {
		this.say(this.status, message);
		this.body.hidden = true;
		this.list.replaceChildren();
		this.more.hidden = true;
	}

	/** Says nothing was found, and what to try: each term alone (with its count), or the quote check. */
	private async noResults(engine: SearchEngine, query: string, terms: SearchTerm[], generation: number): Promise<void> {
		const message = element('p', {}, fill(this.words.noResults, { query: query.trim() }));
		const suggestions: HTMLElement[] = [];
		if (terms.length > 1) {
			const alone = await Promise.all(terms.map(async (term) => ({ term, count: (await engine.matches(term.key)).ids.length })));
			const found = alone.filter(({ count }) => count > 0);
			if (found.length)
				suggestions.push(
					element('p', {}, this.words.tryEachTerm, ...found.flatMap(({ term, count }, i) => [i ? '、' : '', element('a', { href: `?q=${encodeURIComponent(term.text)}` }, term.text), `（${count}）`])),
				);
		}
		suggestions.push(element('p', {}, this.words.tryQuoteCheck, element('a', { href: `?quote=${encodeURIComponent(query.trim())}` }, this.words.quoteCheck)));
		if (generation !== this.generation) return;
		this.status.replaceChildren(message, ...suggestions);
		this.more.hidden = true;
	}

	private renderFacets(counts: FilterCounts, selected: string[]): void {
		const chosen = new Set(selected);
		const legends: Record<string, string> = {
			[`text-${this.script}`]: this.words.filterText,
			year: this.words.filterYear,
			[`outlet-${this.script}`]: this.words.outlet,
			[`author-${this.script}`]: this.words.author,
			script: this.words.script,
		};
		const label = (key: string, value: string) => (key === 'script' ? (this.words[value] ?? value) : key.startsWith('text-') ? value.slice(value.indexOf('\t') + 1) : value);
		const fieldsets = this.facetKeys().flatMap((key) => {
			const values = Object.entries(counts[key] ?? {})
				.filter(([value, count]) => count > 0 || chosen.has(`${key}:${value}`))
				.sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
			if (values.length === 0) return [];
			return [
				element(
					'fieldset',
					{},
					element('legend', {}, legends[key]),
					...values.map(([value, count]) => {
						const box = element('input', { type: 'checkbox', name: 'f', value: `${key}:${value}` });
						box.checked = chosen.has(box.value);
						return element('label', {}, box, ` ${label(key, value)} `, element('span', { class: 'count' }, `(${count})`));
					}),
				),
			];
		});
		// The box the reader just ticked is replaced: give its successor the focus.
		const focused = (document.activeElement as HTMLInputElement | null)?.closest('.search-facets') ? (document.activeElement as HTMLInputElement).value : undefined;
		this.facets.replaceChildren(...fieldsets);
		if (focused) [...this.facets.querySelectorAll<HTMLInputElement>('input[name=f]')].find((box) => box.value === focused)?.focus();
	}

	/** Shows the next page of the results shown (not of a search begun since); the button waits meanwhile. */
	private async showMore(generation: number): Promise<void> {
		const engine = await this.load();
		const shown = this.shown;
		const page = shown.ids.slice(shown.next, shown.next + pageSize);
		shown.next += page.length;
		this.more.disabled = true;
		try {
			const items = await Promise.all(page.map((id) => this.resultItem(engine, id, shown.terms)));
			if (generation !== this.generation || shown !== this.shown) return;
			this.list.append(...items.flatMap((item) => (item ? [item] : [])));
			this.more.hidden = shown.next >= shown.ids.length;
		} finally {
			this.more.disabled = false;
		}
	}

	private async resultItem(engine: SearchEngine, resultId: string, terms: SearchTerm[]): Promise<HTMLLIElement | undefined> {
		const ref = await engine.passage(resultId);
		if (!ref) return undefined;
		const text = await engine.text(this.script, ref.slug);
		const passage = text.passages[ref.id];
		if (!passage) return undefined;
		const spans = matchSpans(passage.text, terms.map((term) => term.key), engine.config.fold);
		const found = [...new Set(spans.map(([from, to]) => passage.text.slice(from, to)))];
		const address = new URL(this.dataset.textHref!.replace('-slug-', encodeURIComponent(ref.slug)), location.href);
		for (const words of found) address.searchParams.append('hl', words);
		address.hash = ref.id;
		const role = passage.role === 'title' || passage.role === 'heading' || passage.role === 'dateline' ? passage.role : 'paragraph';
		const where = `${this.words[role]} ${ref.id}`;
		const excerptNode = element('p', { class: 'result-excerpt' }, ...excerpt(passage.text, spans).map((part) => (part.match ? element('mark', {}, part.text) : part.text)));
		const facts = [text.date, text.outlet].filter((fact): fact is string => Boolean(fact)).join(' · ');
		return element(
			'li',
			{},
			element('a', { href: address.pathname + address.search + address.hash, class: 'result-link' }, element('span', { class: 'result-title' }, text.title), where ? element('span', { class: 'result-where' }, where) : ''),
			excerptNode,
			...(facts ? [element('p', { class: 'result-facts' }, facts)] : []),
		);
	}

	private focusResult(index: number, event: KeyboardEvent): void {
		const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
		const link = links[Math.max(0, Math.min(index, links.length - 1))];
		if (!link) return;
		event.preventDefault();
		link.focus();
	}

	/** ↓ and ↑ move between results; ↑ from the first goes back to the query. */
	private stepThroughResults(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (at === -1) return;
		if (event.key === 'ArrowUp' && at === 0) {
			event.preventDefault();
			this.input.focus();
			return;
		}
		this.focusResult(at + (event.key === 'ArrowDown' ? 1 : -1), event);
	}

	private async checkQuote(push: boolean): Promise<void> {
		const textarea = this.querySelector<HTMLTextAreaElement>('#quote-text')!;
		const statusNode = this.querySelector<HTMLElement>('.quote-status')!;
		const resultNode = this.querySelector<HTMLElement>('.quote-result')!;
		const params = new URLSearchParams(location.search);
		if (textarea.value.trim()) params.set('quote', textarea.value.trim());
		else params.delete('quote');
		this.record(params, push);
		const generation = ++this.quoteGeneration;
		this.dataset.quoteState = 'checking';
		try {
			this.say(statusNode, this.words.searchLoading);
			const [{ showQuoteCheck }, engine] = await Promise.all([import('./quoteCheck.ts'), this.load()]);
			await showQuoteCheck({ engine, quote: textarea.value, script: this.script, words: this.words, textHref: this.dataset.textHref!, status: statusNode, result: resultNode, current: () => generation === this.quoteGeneration });
		} catch (error) {
			if (generation === this.quoteGeneration) this.say(statusNode, fill(this.words.searchFailed, { reason: (error as Error).message }));
		}
		if (generation === this.quoteGeneration) this.dataset.quoteState = 'done';
	}
}

/** A sort order from the address or the form; anything else is relevance. */
function parseSort(value: unknown): SortOrder {
	return value === 'newest' || value === 'oldest' ? value : 'relevance';
}

customElements.define('corpus-search', CorpusSearch);
