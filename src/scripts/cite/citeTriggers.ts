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
import { passageOf, quoteText, shownAsTheyAre, touchesText } from './quoteText.ts';

const loadDialog = () => import('./citeDialog.ts');

export function connectCiting(): void {
	const dialog = document.querySelector<HTMLDialogElement>('dialog.cite-dialog');
	const tools = document.querySelector<HTMLElement>('.quote-tools');
	if (!dialog || !tools) return;
	const status = tools.querySelector<HTMLElement>('[role="status"]')!;
	const say = (text: string) => (status.textContent = text);
	const { words, item } = readCiteData(dialog);
	/** The selection the quote tools were shown for. */
	let selected: { passage: HTMLElement; range: Range; quote: string; asShown: boolean } | undefined;

	document.addEventListener('click', (event) => {
		const trigger = (event.target as Element).closest<HTMLElement>('[data-cite]');
		if (!trigger) return;
		loadDialog()
			.then((module) => module.openCiteDialog(dialog, trigger.dataset.cite || undefined))
			.catch((error: unknown) => {
				// The dialog's code did not load (offline, or a newer build replaced it): the dialog says so.
				if (!dialog.open) dialog.showModal();
				dialog.querySelector('.cite-status')!.textContent = fill(words.citeFailed, { reason: (error as Error).message });
			});
	});

	document.addEventListener('copy', (event) => {
		const selection = getSelection();
		if (!selection?.rangeCount || selection.isCollapsed || !event.clipboardData) return;
		if ((event.target as Element | null)?.closest?.('input, textarea, [contenteditable], dialog, [popover]')) return;
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
		selected = { passage, range, quote, asShown: shownAsTheyAre(range) };
		// Measured while shown but invisible, so that it can be kept within the screen.
		tools.style.visibility = 'hidden';
		tools.style.insetInlineStart = '0px';
		tools.hidden = false;
		const box = range.getBoundingClientRect();
		tools.style.insetBlockStart = `${box.bottom + scrollY + 6}px`;
		tools.style.insetInlineStart = `${Math.max(8, Math.min(box.left + scrollX, scrollX + document.documentElement.clientWidth - tools.offsetWidth - 8))}px`;
		tools.style.visibility = '';
		say('');
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
		const { passage, range, quote, asShown } = selected;
		say('');
		// A text fragment only for words the browser can find as they are, once on the page.
		const fragment = asShown && document.querySelector('main')!.innerText.split(quote).length === 2;
		// Where the words start, for a passage that has them more than once: worked out by the code that marks them on arrival, loaded now.
		const link = () => import('../search/highlightArrival.ts').then(({ whereInPassage }) => quoteLink(item.URL, passage.id, quote, { fragment, at: whereInPassage(passage, range, quote) }));
		const content = action === 'copy-quote-link' ? link() : loadDialog().then((module) => module.withCitation(dialog, passage.id, quote));
		copyToClipboard(content).then(
			() => say(words.copied),
			(error: unknown) => say(fill(words.copyFailed, { reason: (error as Error).message })),
		);
	});
}
