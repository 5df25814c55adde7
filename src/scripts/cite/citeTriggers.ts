/**
 * What a text page runs at once for citing (a few KB; the Cite dialog's code loads on first use):
 * - any `[data-cite]` button opens the Cite dialog, for the text or for the passage it names;
 * - a copy from the text gives exactly its words (`quoteText`), a redaction as its source wrote it;
 * - selecting words within one passage offers to copy them with their citation, or a link to them.
 */
import { fill } from '../../lib/site/fill.ts';
import { copyToClipboard } from './clipboard.ts';
import { readCiteData } from './citeData.ts';
import { quoteLink } from './quoteLink.ts';
import { passageOf, quoteText, touchesText } from './quoteText.ts';

const loadDialog = () => import('./citeDialog.ts');

export function connectCiting(): void {
	const dialog = document.querySelector<HTMLDialogElement>('dialog.cite-dialog');
	const tools = document.querySelector<HTMLElement>('.quote-tools');
	if (!dialog || !tools) return;
	const status = tools.querySelector<HTMLElement>('[role="status"]')!;
	const say = (words: string) => (status.textContent = words);
	const { words, item } = readCiteData(dialog);
	/** The selection the quote tools were shown for. */
	let selected: { passage: string; quote: string } | undefined;

	document.addEventListener('click', (event) => {
		const trigger = (event.target as Element).closest<HTMLElement>('[data-cite]');
		if (trigger) void loadDialog().then((module) => module.openCiteDialog(dialog, trigger.dataset.cite || undefined));
	});

	document.addEventListener('copy', (event) => {
		const selection = getSelection();
		if (!selection?.rangeCount || selection.isCollapsed || !event.clipboardData) return;
		const range = selection.getRangeAt(0);
		if (!touchesText(range)) return;
		event.clipboardData.setData('text/plain', quoteText(range));
		event.preventDefault();
	});

	const place = () => {
		const selection = getSelection();
		const range = selection?.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
		const passage = range && passageOf(range);
		const quote = range && passage ? quoteText(range) : '';
		if (!range || !passage || !quote) {
			selected = undefined;
			tools.hidden = true;
			return;
		}
		selected = { passage: passage.id, quote };
		const box = range.getBoundingClientRect();
		tools.style.insetBlockStart = `${box.bottom + scrollY + 6}px`;
		tools.style.insetInlineStart = `${Math.max(8, Math.min(box.left + scrollX, scrollX + document.documentElement.clientWidth - tools.offsetWidth - 8))}px`;
		say('');
		tools.hidden = false;
	};
	let pending = 0;
	document.addEventListener('selectionchange', () => {
		clearTimeout(pending);
		pending = window.setTimeout(place, 120);
	});
	// Pressing a tool must not clear the selection it acts on.
	tools.addEventListener('mousedown', (event) => event.preventDefault());
	tools.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (!selected || !action) return;
		const { passage, quote } = selected;
		const done = action === 'copy-quote-link' ? copyToClipboard(quoteLink(item.URL, passage, quote)) : loadDialog().then((module) => module.copyWithCitation(dialog, passage, quote));
		done.then(
			() => say(words.copied),
			(error: unknown) => say(fill(words.copyFailed, { reason: (error as Error).message })),
		);
	});
}
