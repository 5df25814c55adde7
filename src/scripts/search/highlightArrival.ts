/**
 * On a text page reached from a search result (`?hl=words#p12`): marks the words in that passage
 * with the CSS Custom Highlight API, which changes nothing in the document (copying and the
 * reading stay as they are). Paragraph numbers, readings and note markers are not the text, and
 * are skipped when looking for the words; a redaction reads as its label (〔略〕), as the page shows
 * it and as the concordance counts (shownSpans.ts).
 * A concordance line or a quote link may name one use (`?hl=words&at=57#p12`, where the words start
 * in the passage's text): only that one is marked, or every one if the words are not there.
 */
import { passageChrome } from '../passageChrome.ts';

const notText = `${passageChrome}, .note-marker:not(.redaction)`;

/** The passage's text nodes, and where each starts in their joined text. */
function textNodes(passage: Element): { node: Text; start: number }[] {
	const nodes: { node: Text; start: number }[] = [];
	const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	let start = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		nodes.push({ node: node as Text, start });
		start += (node as Text).data.length;
	}
	return nodes;
}

/** A range over [from, to) of the joined text. */
function rangeOver(nodes: { node: Text; start: number }[], from: number, to: number): Range {
	const range = document.createRange();
	const at = (offset: number, end: boolean) => {
		const found = nodes.findLast(({ node, start }) => (end ? start < offset : start <= offset && offset < start + node.data.length)) ?? nodes[0];
		return { node: found.node, offset: offset - found.start };
	};
	const start = at(from, false);
	const end = at(to, true);
	range.setStart(start.node, start.offset);
	range.setEnd(end.node, end.offset);
	return range;
}

/**
 * Where a selection starts in its passage's text as the marking reads it, when the words it holds
 * occur there more than once, so that a link to them says which; otherwise undefined.
 */
export function whereInPassage(passage: Element, range: Range, words: string): number | undefined {
	const nodes = textNodes(passage);
	const first = nodes.find(({ node }) => node === range.startContainer);
	if (!first) return undefined;
	const text = nodes.map(({ node }) => node.data).join('');
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
	const nodes = textNodes(passage);
	if (nodes.length === 0) return;
	const text = nodes.map(({ node }) => node.data).join('');
	const given = query.get('at');
	const start = given ? Number(given) : Number.NaN;
	const ranges: Range[] = [];
	if (words.length === 1 && Number.isInteger(start) && start >= 0 && text.startsWith(words[0], start)) ranges.push(rangeOver(nodes, start, start + words[0].length));
	else for (const word of words) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) ranges.push(rangeOver(nodes, at, at + word.length));
	if (ranges.length) CSS.highlights.set('search-hit', new Highlight(...ranges));
}
