/**
 * The Cite dialog's code, loaded when a reader first cites: formats the reference of the text, or
 * of one passage (its URL the passage's, its words shown in the source's script), in the chosen
 * style with citeproc-js, dated today; copies it; and copies a quotation with its citation. The
 * styles and locales are fetched once each, when first used.
 */
import CSL from 'citeproc';
import type { CslNode } from 'citeproc';
import { citationStyles, type CitationStyle } from '../../lib/citation/citationStyles.ts';
import type { CslItem } from '../../lib/citation/cslItem.ts';
import { cslDate, formatReference, type FormattedReference } from '../../lib/citation/formatReference.ts';
import type { EditionRecord } from '../../lib/edition/recordSchema.ts';
import { fill } from '../../lib/site/fill.ts';
import { copyToClipboard } from './clipboard.ts';
import { readCiteData, type CiteData } from './citeData.ts';
import { referenceNodes } from './referenceNodes.ts';

/** Where the reader's chosen style is kept between pages. */
const styleKey = 'corpus-cite-style';

const fetched = new Map<string, Promise<unknown>>();
function fetchJson<T>(url: string): Promise<T> {
	if (!fetched.has(url)) {
		const loading = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.json();
		});
		// A failure is not kept: the next attempt fetches again.
		loading.catch(() => fetched.delete(url));
		fetched.set(url, loading);
	}
	return fetched.get(url) as Promise<T>;
}

function chosenStyle(): CitationStyle {
	let key: string | null = null;
	try {
		key = localStorage.getItem(styleKey);
	} catch {}
	return citationStyles.find((style) => style.key === key) ?? citationStyles[0];
}

/** The reference of the text, or of one of its passages, dated today. */
function itemFor(data: CiteData, passage: string | undefined): CslItem {
	return { ...data.item, URL: passage ? `${data.item.URL}#${passage}` : data.item.URL, accessed: cslDate(new Date()) };
}

async function format(data: CiteData, style: CitationStyle, item: CslItem): Promise<FormattedReference> {
	const locale = style.locale[data.script];
	const [styleNode, ...localeNodes] = await Promise.all([fetchJson<CslNode>(data.styles[style.key]), ...[...new Set([locale, 'en-US'])].map((lang) => fetchJson<CslNode>(data.locales[lang]))]);
	const locales = new Map(localeNodes.map((node) => [node.attrs['xml:lang'], node]));
	return formatReference(CSL, { style: styleNode, locale, locales }, item);
}

/** A passage's words in a script, from the text's edition record. */
async function passageWords(data: CiteData, passage: string, script: CiteData['script']): Promise<string> {
	const record = await fetchJson<EditionRecord>(data.record);
	const found = record.passages.find((p) => p.id === passage);
	if (!found) throw new Error(`no passage ${passage}`);
	return found.text[script];
}

/** A quotation, then its citation in the reader's style and the link to its passage. */
export async function withCitation(dialog: HTMLDialogElement, passage: string, quote: string): Promise<string> {
	const data = readCiteData(dialog);
	const item = itemFor(data, passage);
	const { citation } = await format(data, chosenStyle(), item);
	const link = citation.text.includes(item.URL) ? '' : ` ${item.URL}`;
	return `${quote}\n${citation.text}${link}`;
}

/** Counts renders, across every opening of the dialog: only the latest one shows. */
let generation = 0;
/** Counts the openings of the dialog: a passage's words show only if it is still the one cited. */
let openings = 0;

/** Opens the dialog for the text, or for the passage named. */
export async function openCiteDialog(dialog: HTMLDialogElement, passage?: string): Promise<void> {
	const data = readCiteData(dialog);
	const { words } = data;
	const status = dialog.querySelector<HTMLElement>('.cite-status')!;
	const say = (text: string) => (status.textContent = text);
	const quoteSection = dialog.querySelector<HTMLElement>('.cite-quote')!;
	const quoteBlock = quoteSection.querySelector('blockquote')!;
	const outputs = { citation: dialog.querySelector<HTMLElement>('[data-output="citation"]')!, bibliography: dialog.querySelector<HTMLElement>('[data-output="bibliography"]')! };
	const item = itemFor(data, passage);
	let shown: FormattedReference | undefined;

	const render = async () => {
		const style = chosenStyle();
		const mine = ++generation;
		dialog.querySelector<HTMLInputElement>(`input[name="cite-style"][value="${style.key}"]`)!.checked = true;
		dialog.querySelector('#cite-citation-heading')!.textContent = style.citation === 'note' ? words.citationNote : words.citationInText;
		shown = undefined;
		for (const output of Object.values(outputs)) output.replaceChildren();
		say(words.citeLoading);
		try {
			const reference = await format(data, style, item);
			if (mine !== generation) return;
			const english = !style.locale[data.script].startsWith('zh');
			for (const [form, output] of Object.entries(outputs) as [keyof FormattedReference, HTMLElement][]) {
				output.lang = english ? 'en' : document.documentElement.lang;
				output.replaceChildren(...referenceNodes(reference[form].html, { english, script: data.script }));
			}
			shown = reference;
			say('');
		} catch (error) {
			if (mine === generation) say(fill(words.citeFailed, { reason: (error as Error).message }));
		}
	};

	// The dialog is one element for the whole page: its handlers are replaced at each opening, to act on what it shows now.
	dialog.querySelector('#cite-heading')!.textContent = passage ? fill(words.citePassage, { id: passage }) : words.citeText;
	dialog.querySelector('.cite-accessed')!.textContent = fill(words.accessed, { date: item.accessed!['date-parts'][0].map((part) => String(part).padStart(2, '0')).join('-') });
	quoteSection.hidden = !passage;
	quoteBlock.textContent = '';
	dialog.onchange = (event) => {
		const input = event.target as HTMLInputElement;
		if (input.name !== 'cite-style') return;
		try {
			localStorage.setItem(styleKey, input.value);
		} catch {}
		void render();
	};
	dialog.onclick = (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy], button[data-action="copy-with-citation"]');
		if (!button) return;
		const form = button.dataset.copy as keyof FormattedReference | undefined;
		// Nothing to copy yet: the status already says the reference is being formatted, or why it could not be.
		if (form && !shown) return;
		say('');
		// The words as shown above the button, in the source's script.
		const copying = form ? copyToClipboard(shown![form].text, outputs[form].innerHTML) : copyToClipboard(passageWords(data, passage!, data.original).then((quote) => withCitation(dialog, passage!, quote)));
		copying.then(
			() => say(words.copied),
			(error: unknown) => say(fill(words.copyFailed, { reason: (error as Error).message })),
		);
	};
	if (!dialog.open) dialog.showModal();
	const opening = ++openings;
	if (passage) {
		passageWords(data, passage, data.original).then(
			// Unless the dialog has since been opened again.
			(quote) => opening === openings && (quoteBlock.textContent = quote),
			(error: unknown) => say(fill(words.citeFailed, { reason: (error as Error).message })),
		);
	}
	await render();
}
