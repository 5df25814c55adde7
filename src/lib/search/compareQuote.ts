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

/** The offset in the passage's key where the quote most likely starts: the shift most of its four-character runs agree on. */
function likelyStart(quoteKey: string[], passageKey: string): number | undefined {
	const votes = new Map<number, number>();
	const size = Math.min(4, quoteKey.length);
	for (let at = 0; at + size <= quoteKey.length; at++) {
		const run = quoteKey.slice(at, at + size).join('');
		for (let found = passageKey.indexOf(run); found !== -1; found = passageKey.indexOf(run, found + 1)) {
			const shift = [...passageKey.slice(0, found)].length - at;
			votes.set(shift, (votes.get(shift) ?? 0) + 1);
		}
	}
	let best: [number, number] | undefined;
	for (const vote of votes) if (!best || vote[1] > best[1]) best = vote;
	return best?.[0];
}

/**
 * Compares a quote with a passage; undefined when no four characters in a row of the quote (or the
 * whole of a shorter one) are in the passage.
 */
export function compareQuote(quote: string, passage: string, table: FoldTable): QuoteComparison | undefined {
	const quoteKey = [...searchKey(quote, table)];
	const folded = foldText(passage, table);
	const passageKey = [...folded.key];
	const start = likelyStart(quoteKey, folded.key);
	if (start === undefined) return undefined;

	// Align the quote's key with a window of the passage around where it starts, then trim the
	// window to the characters the quote covers.
	const slack = Math.max(4, Math.ceil(quoteKey.length / 4));
	const windowStart = Math.max(0, start - slack);
	const window = passageKey.slice(windowStart, Math.min(passageKey.length, start + quoteKey.length + slack));
	let first = -1;
	let last = -1;
	let at = windowStart;
	for (const change of diffArrays(quoteKey, window)) {
		if (change.added) at += change.count;
		else if (change.removed) continue;
		else {
			if (first === -1) first = at;
			last = at + change.count - 1;
			at += change.count;
		}
	}
	if (first === -1) return undefined;
	// Key positions count code points; `from`/`to` count UTF-16 units.
	const unit = (position: number) => passageKey.slice(0, position).join('').length;
	const span: Span = [folded.from[unit(first)], folded.to[unit(last)]];
	// Quotation marks or a full stop around a quote are the quoting writer's, not a difference.
	return compareText(quote.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), passage.slice(...span), span, table);
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
			const quoted = quoteCharacters.slice(quoteAt, quoteAt + change.count).join('');
			quoteAt += change.count;
			if (quoted !== text) otherForms = true;
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
