/**
 * The words of a selection in a text, as the text says them: without passage ids, buttons, note
 * markers' labels or source readings, a redaction as the placeholder its source wrote, and a
 * passage a line. The browser's own copy would give a redaction's label; the copy handler and the
 * quote tools use this instead.
 */
import { passageChrome } from '../passageChrome.ts';

/** What is never part of a quotation. */
/** (Buttons include the cite buttons and the note markers; a redaction's marker stands for its placeholder.) */
const notText = `${passageChrome}, .visually-hidden, script, style, button:not(.redaction), [hidden]`;
/** Whether an element is shown (`checkVisibility` where the browser has it). */
const shown = (element: HTMLElement) => element.checkVisibility?.() ?? element.getClientRects().length > 0;

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
		if (!(node instanceof HTMLElement) || node.matches(notText) || !shown(node)) return;
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
	// A selection inside a redaction's label is the placeholder; inside a reading or a button, nothing.
	const holder = root instanceof Element ? root : root.parentElement;
	const redaction = holder?.closest<HTMLElement>('.note-marker.redaction');
	if (redaction) return redaction.dataset.placeholder ?? '';
	if (holder?.closest(notText)) return '';
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

/** Whether the words of a range are shown as they are: no readings, note markers or redactions among them. */
export function shownAsTheyAre(range: Range): boolean {
	return ![...document.querySelectorAll<HTMLElement>('.text rt, .text .note-marker')].some((element) => range.intersectsNode(element) && shown(element));
}

/** Whether a range holds any of a text's passages. */
export function touchesText(range: Range): boolean {
	return passageOf(range) !== null || [...document.querySelectorAll('.text .passage')].some((passage) => range.intersectsNode(passage));
}
