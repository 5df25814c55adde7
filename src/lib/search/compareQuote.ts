/**
 * The quote check: a quotation against the passage it comes from. The quote is placed in the
 * passage by its search key (so script, punctuation and spacing do not stop it being found), then
 * compared character by character with the words of the passage it covers, and every difference
 * is kept: a character changed, dropped or added, punctuation or spacing, the other script.
 */
import { diffArrays } from 'diff';
import { foldText, searchKey, type FoldTable } from './searchFold.ts';
import type { Span } from './matchSpans.ts';

/** How a quote stands against the passage. */
export type QuoteVerdict =
	/** Character for character the passage's words. */
	| 'exact'
	/** The same characters, written in the other script (or other forms of them). */
	| 'script'
	/** The same characters; punctuation or spacing differs. */
	| 'punctuation'
	/** Characters were changed, dropped or added. */
	| 'different';

/** A piece of the comparison: the same in both, only in the passage (the quote dropped it), or only in the quote. */
export interface QuotePart {
	text: string;
	kind: 'same' | 'dropped' | 'added';
	/** The quote's own form of a `same` piece, where it is written differently (the other script). */
	quoted?: string;
}

export interface QuoteComparison {
	verdict: QuoteVerdict;
	/** The span of the passage text the quote covers. */
	span: Span;
	parts: QuotePart[];
	/** Whether characters the two share are written in other forms (the other script) in the quote. */
	otherForms: boolean;
	/** Whether punctuation or spacing differs. */
	punctuation: boolean;
	/** Characters (letters and digits) the quote changed, dropped and added; punctuation is not counted. */
	changed: number;
	dropped: number;
	added: number;
}

/** A span of the passage's key, first and last character, and the edits that fit the quote to it. */
interface KeySpan {
	first: number;
	last: number;
	edits: number;
}

/** Spans compared in full when the quote's key fits several places equally well (a phrase the passage repeats). */
const mostEqualFits = 8;

/**
 * Where in the passage's key the quote's key fits best: the spans needing the fewest characters
 * changed, dropped or added (edit distance with the passage's text before and after the span free,
 * Sellers' algorithm). Where a span could end or start on a changed character or a gap, the
 * change wins, so a changed first or last character counts as one.
 */
function bestSpans(quoteKey: string[], passageKey: string[]): KeySpan[] {
	const n = quoteKey.length;
	const m = passageKey.length;
	if (n === 0 || m === 0) return [];
	// cost[i][j]: fewest edits to match the quote's first i characters with a span ending at passage character j.
	const cost = Array.from({ length: n + 1 }, (_, i) => new Int32Array(m + 1).fill(i));
	for (let j = 0; j <= m; j++) cost[0][j] = 0;
	const step = (i: number, j: number) => cost[i - 1][j - 1] + (quoteKey[i - 1] === passageKey[j - 1] ? 0 : 1);
	for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) cost[i][j] = Math.min(step(i, j), cost[i - 1][j] + 1, cost[i][j - 1] + 1);

	let fewest = Infinity;
	for (let j = 1; j <= m; j++) fewest = Math.min(fewest, cost[n][j]);
	// Ends where the quote's last character meets a passage character; a gap only where none does.
	let ends = [...Array(m).keys()].map((j) => j + 1).filter((j) => cost[n][j] === fewest);
	const meeting = ends.filter((j) => cost[n][j] === step(n, j));
	if (meeting.length) ends = meeting;
	return ends.slice(0, mostEqualFits).flatMap((end) => {
		let i = n;
		let j = end;
		let last = -1;
		while (i > 0 && j > 0) {
			if (cost[i][j] === step(i, j)) {
				if (last === -1) last = j - 1;
				i--;
				j--;
			} else if (cost[i][j] === cost[i - 1][j] + 1) i--;
			else j--;
		}
		return last === -1 ? [] : [{ first: j, last, edits: fewest }];
	});
}

/** How far a comparison is from exact: characters first, then punctuation, then the other script. */
export function quoteDistance({ changed, dropped, added, punctuation, otherForms }: QuoteComparison): number {
	return (changed + dropped + added) * 10 + (punctuation ? 2 : 0) + (otherForms ? 1 : 0);
}

/**
 * Compares a quote with a passage; undefined when the quote has no letters or digits, or when more
 * than half its characters would have to change for it to fit anywhere in the passage. Where it
 * fits several places equally (the passage repeats a phrase), the place it matches most closely,
 * punctuation included, is the one shown.
 */
export function compareQuote(quote: string, passage: string, table: FoldTable): QuoteComparison | undefined {
	const quoteKey = [...searchKey(quote, table)];
	const folded = foldText(passage, table);
	const passageKey = [...folded.key];
	// Quotation marks or a full stop around a quote are the quoting writer's, not a difference.
	const words = quote.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	// Key positions count code points; `from`/`to` count UTF-16 units.
	const unit = (position: number) => passageKey.slice(0, position).join('').length;
	let best: QuoteComparison | undefined;
	for (const fit of bestSpans(quoteKey, passageKey)) {
		if (fit.edits * 2 > quoteKey.length) break;
		const span: Span = [folded.from[unit(fit.first)], folded.to[unit(fit.last)]];
		const comparison = compareText(words, passage.slice(...span), span, table);
		if (!best || quoteDistance(comparison) < quoteDistance(best)) best = comparison;
	}
	return best;
}

const searchable = /[\p{L}\p{N}]/u;

function compareText(quote: string, covered: string, span: Span, table: FoldTable): QuoteComparison {
	const fold = (character: string) => searchKey(character, table) || character.normalize('NFKC');
	const changes = diffArrays([...quote], [...covered], { comparator: (left, right) => fold(left) === fold(right) });
	const parts: QuotePart[] = [];
	let changed = 0;
	let dropped = 0;
	let added = 0;
	let otherForms = false;
	let punctuation = false;
	let quoteAt = 0;
	const quoteCharacters = [...quote];
	for (let i = 0; i < changes.length; i++) {
		const change = changes[i];
		const text = change.value.join('');
		const letters = change.value.filter((character) => searchable.test(character)).length;
		if (!change.added && !change.removed) {
			const quotedCharacters = quoteCharacters.slice(quoteAt, quoteAt + change.count);
			const quoted = quotedCharacters.join('');
			quoteAt += change.count;
			// A letter in another form is the other script; a mark in another form (， for ,) is punctuation.
			change.value.forEach((character, k) => {
				if (character === quotedCharacters[k]) return;
				if (searchable.test(character)) otherForms = true;
				else punctuation = true;
			});
			parts.push(quoted !== text ? { text, kind: 'same', quoted } : { text, kind: 'same' });
			continue;
		}
		if (change.removed) {
			quoteAt += change.count;
			parts.push({ text, kind: 'added' });
			// A character of the quote put where the passage has another is one change, not an addition and a drop.
			const next = changes[i + 1];
			const replaced = next?.added ? next.value.filter((character) => searchable.test(character)).length : 0;
			changed += Math.min(letters, replaced);
			added += Math.max(0, letters - replaced);
			if (next?.added) {
				parts.push({ text: next.value.join(''), kind: 'dropped' });
				dropped += Math.max(0, replaced - letters);
				if (letters === 0 && replaced === 0) punctuation = true;
				i++;
			} else if (letters === 0) punctuation = true;
			continue;
		}
		parts.push({ text, kind: 'dropped' });
		dropped += letters;
		if (letters === 0) punctuation = true;
	}
	const verdict: QuoteVerdict = changed + dropped + added > 0 ? 'different' : punctuation ? 'punctuation' : otherForms ? 'script' : 'exact';
	return { verdict, span, parts, otherForms, punctuation, changed, dropped, added };
}
