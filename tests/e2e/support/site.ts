import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { isSourceFile, textName } from '../../../src/lib/source/sourceFiles.ts';
import { sourcesDir } from './paths.ts';

/** The two script views of every text, with the `<html lang>` each must declare. */
export const views = [
	{ script: 'hans', lang: 'zh-Hans' },
	{ script: 'hant', lang: 'zh-Hant' },
] as const;

/** Slugs of the bundled texts: the source file names without `.txt`. */
export const slugs = readdirSync(sourcesDir)
	.filter(isSourceFile)
	.map(textName)
	.sort();

/** A text page's URL relative to the base path (the `baseURL` ends in it, so no leading slash). */
export function textPath(slug: string, script: 'hans' | 'hant'): string {
	return `${script}/texts/${slug}/`;
}

/** A script's catalogue, relative to the base path. */
export function cataloguePath(script: 'hans' | 'hant'): string {
	return `${script}/`;
}

/**
 * Records everything that goes wrong while a page loads: console errors, uncaught exceptions,
 * failed requests, responses of 400 and above, and dialogs (which it dismisses).
 */
export function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		// Requests cut short by a navigation (the entry page redirects at once) are not failures.
		if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('dialog', async (dialog) => {
		problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
		await dialog.dismiss();
	});
	return problems;
}

/** A passage as the reader sees it. */
export interface ShownPassage {
	/** Its id: `p` + the source line it starts on. */
	id: string;
	/** Its rendered text (`innerText`), readings and note markers included, the controls that need JavaScript not. */
	text: string;
	/** Its reading text: the text without ruby readings (`<rt>`, `<rp>`) and without buttons. */
	reading: string;
}

/** The passages in the main landmark, in document order, found by their ids. */
export async function readPassages(page: Page): Promise<ShownPassage[]> {
	return page
		.getByRole('main')
		.locator('[id]')
		.evaluateAll((elements) => {
			const passages = elements.filter((element) => /^p\d+$/.test(element.id));
			// Buttons that work only with JavaScript (citing) are the page's controls, not what it shows
			// of the text. They are hidden all at once, so the page is laid out once for every passage.
			const controls = passages.flatMap((element) => [...element.querySelectorAll<HTMLElement>('[data-cite]')]);
			for (const control of controls) control.style.display = 'none';
			const shown = passages.map((element) => {
				const copy = element.cloneNode(true) as Element;
				for (const extra of copy.querySelectorAll('rt, rp, button')) extra.remove();
				return { id: element.id, text: (element as HTMLElement).innerText.trim(), reading: copy.textContent ?? '' };
			});
			for (const control of controls) control.style.display = '';
			return shown;
		});
}

/** One passage's reading text (see `ShownPassage`). */
export async function readingText(page: Page, id: string): Promise<string> {
	const passage = (await readPassages(page)).find((p) => p.id === id);
	if (!passage) throw new Error(`no passage #${id} on ${page.url()}`);
	return passage.reading;
}
