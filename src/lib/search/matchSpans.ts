/**
 * Where search keys occur in a text as it is shown: the spans to highlight in a result's excerpt
 * and in the passage a reader lands on, and the excerpt itself.
 */
import { foldText, type FoldTable } from './searchFold.ts';

/** A span of a text: [start, end) in UTF-16 offsets. */
export type Span = [number, number];

/** Every occurrence of every key in the text, as spans of the text, sorted and merged where they touch. */
export function matchSpans(text: string, keys: string[], table: FoldTable): Span[] {
	const { key, from, to } = foldText(text, table);
	const spans: Span[] = [];
	for (const term of keys) {
		if (!term) continue;
		for (let at = key.indexOf(term); at !== -1; at = key.indexOf(term, at + 1)) spans.push([from[at], to[at + term.length - 1]]);
	}
	spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
		else merged.push([...span]);
	}
	return merged;
}

/** A piece of an excerpt: text, and whether it is a match. */
export interface ExcerptPart {
	text: string;
	match: boolean;
}

/**
 * The part of a text around its first match, about `width` characters either side, cut at
 * character boundaries, with … where it was cut; the matches within are marked.
 */
export function excerpt(text: string, spans: Span[], width = 40): ExcerptPart[] {
	const characters = [...text];
	// Offsets of each character, to cut by characters rather than UTF-16 units.
	const offsets: number[] = [];
	let offset = 0;
	for (const character of characters) {
		offsets.push(offset);
		offset += character.length;
	}
	offsets.push(offset);
	const firstCharacter = spans.length ? offsets.findIndex((at) => at >= spans[0][0]) : 0;
	const startCharacter = Math.max(0, firstCharacter - width);
	const endCharacter = Math.min(characters.length, startCharacter + 2 * width + (spans[0] ? [...text.slice(spans[0][0], spans[0][1])].length : 0));
	const start = offsets[startCharacter];
	const end = offsets[endCharacter];
	const parts: ExcerptPart[] = [];
	const push = (piece: string, match: boolean) => piece && parts.push({ text: piece, match });
	if (start > 0) push('…', false);
	let at = start;
	for (const [from, to] of spans) {
		if (to <= start || from >= end) continue;
		push(text.slice(at, Math.max(at, from)), false);
		push(text.slice(Math.max(at, from), Math.min(to, end)), true);
		at = Math.min(to, end);
	}
	push(text.slice(at, end), false);
	if (end < text.length) push('…', false);
	return parts;
}
