/**
 * The words of a selection in a text, as the text says them: without passage ids, buttons, note
 * markers' labels or source readings, a redaction as the placeholder its source wrote, and a
 * passage a line. The browser's own copy would give a redaction's label; the copy handler and the
 * quote tools use this instead.
 */
import { passageChrome } from '../passageChrome.ts';

/** What is never part of a quotation. */
const notText = `${passageChrome}, .note-marker:not(.redaction), .visually-hidden, script, style, button:not(.redaction), [hidden]`;

export function quoteText(range: Range): string {
	let words = '';
	const walk = (node: Node): void => {
		if (!range.intersectsNode(node)) return;
		if (node instanceof Text) {
			const end = node === range.endContainer ? range.endOffset : node.data.length;
			const start = node === range.startContainer ? range.startOffset : 0;
			words += node.data.slice(start, end);
			return;
		}
		if (!(node instanceof HTMLElement) || node.matches(notText) || !node.checkVisibility()) return;
		if (node.matches('.note-marker.redaction')) {
			words += node.dataset.placeholder ?? '';
			return;
		}
		const block = !/^(inline|ruby|contents)/.test(getComputedStyle(node).display);
		if (block) words += '\n';
		for (const child of node.childNodes) walk(child);
		if (block) words += '\n';
	};
	const root = range.commonAncestorContainer;
	if (root instanceof Text) walk(root);
	else for (const child of root.childNodes) walk(child);
	return words
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.join('\n');
}

/** The passage a range lies within, if it lies within one. */
export function passageOf(range: Range): HTMLElement | null {
	const at = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.text .passage[id]') ?? null;
	const start = at(range.startContainer);
	return start && start === at(range.endContainer) ? start : null;
}

/** Whether a range holds any of a text's passages. */
export function touchesText(range: Range): boolean {
	return passageOf(range) !== null || [...document.querySelectorAll('.text .passage')].some((passage) => range.intersectsNode(passage));
}
