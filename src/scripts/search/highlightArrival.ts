/**
 * On a text page reached from a search result (`?hl=words#p12`): marks the words in that passage
 * with the CSS Custom Highlight API, which changes nothing in the document (copying and the
 * reading stay as they are). Paragraph numbers, readings and note markers are not the text, and
 * are skipped when looking for the words; a redaction reads as its label (〔略〕), as the page shows
 * it and as the concordance counts (shownSpans.ts), or, for words a quote link copied across it, as
 * the placeholder its source wrote (quoteText.ts).
 * A concordance line or a quote link may name one use (`?hl=words&at=57#p12`, where the words start
 * in the passage's text): only that one is marked, or every one if the words are not there.
 */
import { passageChrome } from '../passageChrome.ts';

const notText = `${passageChrome}, .note-marker:not(.redaction)`;

/** A text node of a passage, the text it stands for, and where that starts in the passage's text. */
interface Piece {
	node: Text;
	text: string;
	start: number;
}

/**
 * The passage's text, piece by piece. A redaction reads as its label (as the page shows it and as
 * the concordance counts), or as the placeholder its source wrote, as a quotation across it is copied.
 */
function textPieces(passage: Element, redaction: 'label' | 'placeholder'): Piece[] {
	const pieces: Piece[] = [];
	const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	let start = 0;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const marker = redaction === 'placeholder' ? node.parentElement?.closest<HTMLElement>('.note-marker.redaction') : null;
		const text = marker ? (node === marker.firstChild ? (marker.dataset.placeholder ?? '') : '') : node.data;
		pieces.push({ node, text, start });
		start += text.length;
	}
	return pieces;
}

/** A range over [from, to) of the joined text; a piece that stands for other text is covered whole. */
function rangeOver(pieces: Piece[], from: number, to: number): Range {
	const range = document.createRange();
	const point = (offset: number, end: boolean) => {
		const piece = pieces.findLast(({ start, text }) => (end ? start < offset : start <= offset && offset < start + text.length)) ?? pieces[0];
		return { node: piece.node, offset: piece.text === piece.node.data ? offset - piece.start : end ? piece.node.data.length : 0 };
	};
	const start = point(from, false);
	const end = point(to, true);
	range.setStart(start.node, start.offset);
	range.setEnd(end.node, end.offset);
	return range;
}

/** The passage's text: its pieces joined. */
const joined = (pieces: Piece[]) => pieces.map((piece) => piece.text).join('');

/** Ranges over every place the joined text has the words. */
function everyUse(pieces: Piece[], words: string): Range[] {
	const text = joined(pieces);
	const ranges: Range[] = [];
	for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) ranges.push(rangeOver(pieces, at, at + words.length));
	return ranges;
}

/**
 * Where a selection starts in its passage's text as the marking reads it, when the words it holds
 * occur there more than once, so that a link to them says which; otherwise undefined.
 */
export function whereInPassage(passage: Element, range: Range, words: string): number | undefined {
	const pieces = textPieces(passage, 'label');
	const first = pieces.find(({ node }) => node === range.startContainer);
	if (!first) return undefined;
	const text = joined(pieces);
	const at = first.start + range.startOffset;
	return text.startsWith(words, at) && text.indexOf(words) !== text.lastIndexOf(words) ? at : undefined;
}

export function highlightArrival(): void {
	const query = new URLSearchParams(location.search);
	const words = query.getAll('hl').filter(Boolean);
	let passage: HTMLElement | null = null;
	try {
		passage = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	} catch {
		return; // a malformed %-escape names no passage
	}
	if (!passage || words.length === 0 || !('highlights' in CSS)) return;
	const pieces = textPieces(passage, 'label');
	if (pieces.length === 0) return;
	const text = joined(pieces);
	const given = query.get('at');
	const start = given ? Number(given) : Number.NaN;
	// The use a link names; otherwise every use as the page shows the words, or as a quote across a redaction copied them.
	let copied: Piece[] | undefined;
	const ranges =
		words.length === 1 && Number.isInteger(start) && start >= 0 && text.startsWith(words[0], start)
			? [rangeOver(pieces, start, start + words[0].length)]
			: words.flatMap((word) => {
					const shown = everyUse(pieces, word);
					return shown.length ? shown : everyUse((copied ??= textPieces(passage, 'placeholder')), word);
				});
	if (ranges.length) CSS.highlights.set('search-hit', new Highlight(...ranges));
}
