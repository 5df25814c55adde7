/**
 * A traditional-script original converted from simplified by its site keeps its wrong forms (干 for
 * 幹, 陜 for 陝): the original's view shows them as they are, each marked with a note giving the
 * standard form; the simplified view is unaffected; the provenance panel lists them all.
 */
import { expect, test } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { textPath, views } from './support/site.ts';

const slug = '003_b7a5152ad6829bcd';

test('the original’s view marks 陜 and says it stands for 陝, the editor having checked it; the words stay as they are', async ({ page, request }) => {
	const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
	await page.goto(textPath(slug, 'hant'));
	const marked = page.locator('#p9 .nonstandard', { hasText: '陜' });
	await expect(marked).toHaveCount(1);
	const button = marked.locator('xpath=following-sibling::button[1]');
	await expect(button).toHaveAccessibleName('字形');
	await button.focus();
	await page.keyboard.press('Enter');
	const note = page.locator(`#${await button.getAttribute('popovertarget')}`);
	await expect(note).toBeVisible();
	await expect(note).toContainText('原文作“陜”，規範繁體字作“陝”。');
	await expect(note).toContainText('編者已核對');
	await page.keyboard.press('Escape');
	// Every form of the record is marked, and the passage reads as its record says.
	const forms = record.notes.filter((n) => n.kind === 'form');
	await expect(page.locator('.text .nonstandard')).toHaveCount(forms.length);
});

test('the simplified view marks none of them', async ({ page }) => {
	await page.goto(textPath(slug, 'hans'));
	await expect(page.locator('.text .nonstandard')).toHaveCount(0);
	// Nor does it carry their notes.
	await expect(page.locator('.note-list li', { hasText: '规范繁体字作' })).toHaveCount(0);
});

for (const { script } of views) {
	test(`the provenance panel lists every form of the original in ${script}`, async ({ page, request }) => {
		const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
		const forms = record.notes.filter((n) => n.kind === 'form');
		expect(forms.length).toBeGreaterThan(20);
		await page.goto(textPath(slug, script));
		const items = page.locator('.original-forms li');
		await expect(items).toHaveCount(forms.length);
		await expect(items.filter({ hasText: '陜 → 陝' })).toHaveCount(1);
	});
}
