import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

test('printed, a text page drops the site header and the controls and keeps every note', async ({ page }) => {
	await page.goto(textPath('002_cb0b64c34cfde53f', 'hans'));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('corpus-readings-toggle')).toBeHidden();
	const notes = page.locator('.note');
	expect(await notes.count()).toBeGreaterThan(0);
	for (const note of await notes.all()) {
		await expect(note).toBeVisible();
		await expect(note.locator('.close')).toBeHidden();
	}
	await expect(page.locator('#p15')).toBeVisible();
});
