import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

test('printed, a text page drops the site header and the controls and keeps every note', async ({ page }) => {
	await page.goto(textPath('002_cb0b64c34cfde53f', 'hans'));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('corpus-preference-toggle[data-preference=readings]')).toBeHidden();
	const notes = page.locator('.note');
	expect(await notes.count()).toBeGreaterThan(0);
	for (const note of await notes.all()) {
		await expect(note).toBeVisible();
		await expect(note.locator('.close')).toBeHidden();
	}
	await expect(page.locator('#p15')).toBeVisible();
});

test('printed, a text page gives each correction once, as a footnote, and leaves out the page furniture set aside', async ({ page }) => {
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hant'));
	await page.emulateMedia({ media: 'print' });
	const footnotes = page.locator('.note-list .emendation');
	expect(await footnotes.count()).toBeGreaterThan(0);
	for (const footnote of await footnotes.all()) await expect(footnote).toBeVisible();
	// The provenance panel's lists of the same corrections and of the original's forms (footnotes too, in the original's view), and its summary of the furniture, are not printed.
	await expect(page.locator('.provenance .emendations')).toBeHidden();
	await expect(page.locator('.note-list .note', { hasText: '規範繁體字作' }).first()).toBeVisible();
	await expect(page.locator('.provenance .original-forms')).toBeHidden();
	await expect(page.locator('.provenance summary')).toBeHidden();
	await expect(page.getByRole('heading', { name: '來源與處理' })).toBeVisible();
});
