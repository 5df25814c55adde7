/**
 * A note never covers the words it explains: opened by a reader whose marker is anywhere on the
 * screen (top, middle, bottom), on a desktop (the note beside its marker) and on a phone (a sheet
 * at the bottom), the marked words and the marker stay in sight, clear of the note.
 */
import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

/** Markers of each kind, with the words they explain just before them. */
const markers = [
	{ kind: 'emendation', slug: '000_fc2dc3fa00e2669f', script: 'hant', passage: 'p10', name: '校勘' },
	{ kind: 'term', slug: '002_cb0b64c34cfde53f', script: 'hans', passage: 'p15', name: '术语' },
	{ kind: 'form', slug: '003_b7a5152ad6829bcd', script: 'hant', passage: 'p9', name: '字形' },
] as const;

const screens = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
	{ name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true },
] as const;

for (const screen of screens) {
	for (const m of markers) {
		test(`on a ${screen.name}, a ${m.kind} note leaves its words in sight wherever its marker stands`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: screen.viewport, isMobile: screen.isMobile, hasTouch: screen.isMobile });
			const page = await context.newPage();
			await page.goto(textPath(m.slug, m.script));
			const marker = page.locator(`#${m.passage}`).getByRole('button', { name: m.name, exact: true }).first();
			const note = page.locator(`#${await marker.getAttribute('popovertarget')}`);
			for (const block of ['start', 'center', 'end'] as const) {
				await marker.evaluate((element, at) => element.scrollIntoView({ block: at, behavior: 'instant' }), block);
				await marker.click();
				await expect(note).toBeVisible();
				const { words, box, height } = await marker.evaluate((element, id) => {
					const marked = element.previousElementSibling?.matches('.emended, .annotated, .nonstandard') ? element.previousElementSibling : null;
					const rects = [element.getBoundingClientRect(), ...(marked ? [...marked.getClientRects()] : [])];
					const box = document.getElementById(id)!.getBoundingClientRect();
					return { words: rects.map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })), box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, height: innerHeight };
				}, (await note.getAttribute('id'))!);
				for (const word of words) {
					// In sight...
					expect(word.top, `${block}: words below the top`).toBeGreaterThanOrEqual(0);
					expect(word.bottom, `${block}: words above the bottom`).toBeLessThanOrEqual(height);
					// ...and not under the note.
					const overlaps = word.top < box.bottom && word.bottom > box.top && word.left < box.right && word.right > box.left;
					expect(overlaps, `${block}: the note covers the words`).toBe(false);
				}
				await page.keyboard.press('Escape');
				await expect(note).toBeHidden();
			}
			await context.close();
		});
	}
}
