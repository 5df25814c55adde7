/**
 * The quote check (loaded only when a reader uses it): finds the passage a quote comes from and
 * shows the quote against it, every difference marked. The quote's four-character runs are looked
 * up one by one, so a changed or dropped character loses only the runs it falls in; the passages
 * most runs point to are compared with the quote in both scripts, and the closest is shown.
 */
import { compareQuote, quoteDistance, type QuoteComparison } from '../../lib/search/compareQuote.ts';
import { longestTerm } from '../../lib/search/searchQuery.ts';
import { searchKey } from '../../lib/search/searchFold.ts';
import { fill } from '../../lib/site/fill.ts';
import { langOf } from '../../lib/site/langOf.ts';
import type { Script } from '../../lib/script/scriptSchema.ts';
import { element } from '../element.ts';
import type { PassageRef, SearchEngine } from './pagefindEngine.ts';
import type { Words } from './searchPage.ts';

/** The shortest quote checked: shorter runs are found in too many passages to tell. */
const shortestQuote = 4;
/** Runs looked up per quote, spread evenly over it: about this many (at most twice as many), one after another. */
const runsLooked = 24;
/** Passages compared in full. */
const candidates = 3;

export interface QuoteMatch {
	ref: PassageRef;
	/** The script the passage was compared in: the one the quote is closer to. */
	script: Script;
	comparison: QuoteComparison;
	title: string;
}

/** The passage a quote most likely comes from, compared with it; undefined when none is close. */
export async function findQuote(engine: SearchEngine, quote: string, readerScript: Script): Promise<QuoteMatch | undefined> {
	const key = [...searchKey(quote, engine.config.fold)];
	const votes = new Map<string, number>();
	const starts = Math.max(1, key.length - shortestQuote + 1);
	const step = Math.max(1, Math.floor(starts / runsLooked));
	for (let at = 0; at < starts; at += step) {
		for (const id of (await engine.matches(key.slice(at, at + shortestQuote).join(''))).ids) votes.set(id, (votes.get(id) ?? 0) + 1);
	}
	const best = [...votes].sort((a, b) => b[1] - a[1]).slice(0, candidates);
	let found: QuoteMatch | undefined;
	for (const [resultId] of best) {
		const ref = await engine.passage(resultId);
		if (!ref) continue;
		// The reader's script first, so that of two equally close comparisons theirs is shown.
		for (const script of [readerScript, readerScript === 'hans' ? 'hant' : 'hans'] as const) {
			const text = await engine.text(script, ref.slug);
			const passage = text.passages[ref.id];
			const comparison = passage && compareQuote(quote, passage.text, engine.config.fold);
			if (comparison && (!found || quoteDistance(comparison) < quoteDistance(found.comparison))) found = { ref, script, comparison, title: text.title };
		}
	}
	return found;
}

interface ShowOptions {
	engine: SearchEngine;
	quote: string;
	script: Script;
	words: Words;
	textHref: string;
	status: HTMLElement;
	result: HTMLElement;
	/** Whether this check is still the latest: a slower earlier one shows nothing. */
	current: () => boolean;
}

/** Checks the quote and shows the outcome. */
export async function showQuoteCheck({ engine, quote, script, words, textHref, status, result, current }: ShowOptions): Promise<void> {
	result.replaceChildren();
	const length = [...searchKey(quote, engine.config.fold)].length;
	if (length < shortestQuote) return void (status.textContent = fill(words.quoteTooShort, { n: shortestQuote }));
	if (length > longestTerm) return void (status.textContent = fill(words.quoteTooLong, { n: longestTerm }));
	const match = await findQuote(engine, quote, script);
	if (!current()) return;
	if (!match) return void (status.textContent = words.quoteNotFound);

	const { comparison } = match;
	status.textContent =
		comparison.verdict === 'exact'
			? words.quoteExact
			: comparison.verdict === 'script'
				? fill(words.quoteScript, { script: words[match.script] })
				: comparison.verdict === 'punctuation'
					? words.quotePunctuation
					: fill(words.quoteDifferent, { changed: comparison.changed, dropped: comparison.dropped, added: comparison.added });

	const marked = comparison.parts.map((part) =>
		part.kind === 'same'
			? part.text
			: element(part.kind === 'dropped' ? 'del' : 'ins', {}, element('span', { class: 'visually-hidden', lang: langOf(script) }, `${part.kind === 'dropped' ? words.quoteDropped : words.quoteAdded}：`), part.text),
	);
	const address = `${textHref.replace('-slug-', encodeURIComponent(match.ref.slug))}#${match.ref.id}`;
	const where = ` ${words.paragraph} ${match.ref.id}`;
	result.replaceChildren(
		element('blockquote', { lang: langOf(match.script) }, ...marked),
		element('p', {}, `${words.quoteSource} `, element('a', { href: address }, element('span', { lang: langOf(match.script) }, match.title), where)),
		...(comparison.verdict === 'different' || comparison.verdict === 'punctuation'
			? [element('p', { class: 'help' }, `${words.quoteKey}：`, element('del', {}, '字'), ` ${words.quoteDropped}；`, element('ins', {}, '字'), ` ${words.quoteAdded}`)]
			: []),
	);
}
