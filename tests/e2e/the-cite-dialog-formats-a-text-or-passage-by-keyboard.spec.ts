/**
 * The Cite dialog, used by keyboard as a reader would: it opens from the text's button or a
 * passage's, formats the reference in each style with today's date, copies it, and closes with
 * Escape, focus back where it was. Its GB/T 7714—2015 entry for one text is the one checked by
 * hand against the standard (author. title[N/OL]. newspaper, date[date cited]. address.).
 */
import { expect, test, type Page } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { wcagViolationsBySchemes } from './support/axe.ts';
import { textPath } from './support/site.ts';

const slug = '000_fc2dc3fa00e2669f';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The page's address in a script, as the page itself declares it. */
const addressIn = (page: Page, lang: 'zh-Hans' | 'zh-Hant') => page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');

test.beforeEach(async ({ page }) => {
	// Today, for the access date: the dialog dates a reference by the reader's own clock.
	await page.clock.setFixedTime(new Date(2026, 10, 30, 10, 0));
});

test('the text’s Cite button gives its GB/T 7714 entry as checked by hand, then each style, all by keyboard', async ({ page }) => {
	await page.goto(textPath(slug, 'hans'));
	const url = await addressIn(page, 'zh-Hans');
	const opener = page.getByRole('button', { name: '引用本文' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: '引用本文' });
	await expect(dialog).toBeVisible();
	const bibliography = dialog.locator('[data-output="bibliography"]');
	await expect(bibliography).toHaveText(`张跃峰. 弘扬劳模精神 凝聚发展合力[N/OL]. 中工网—《河北工人报》, 2015-04-29[2026-11-30]. ${url}.`);
	await expect(dialog.getByText('访问日期：2026-11-30')).toBeVisible();

	// The styles are a radio group: arrow keys choose among them.
	await dialog.getByRole('radio', { name: 'GB/T 7714—2015' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('radio', { name: 'Chicago' })).toBeChecked();
	await expect(bibliography).toHaveText(`张跃峰. “弘扬劳模精神 凝聚发展合力.” 中工网—《河北工人报》, April 29, 2015. ${url}.`);
	await expect(bibliography).toHaveAttribute('lang', 'en');
	await expect(bibliography.locator('span[lang="zh-Hans"]').first()).toHaveText('张跃峰');
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('heading', { name: '文内引用' })).toBeVisible();
	await expect(dialog.locator('[data-output="citation"]')).toHaveText('(张跃峰, 2015)');
	await expect(bibliography).toContainText('张跃峰. (2015, April 29). 弘扬劳模精神 凝聚发展合力. 中工网—《河北工人报》.');
	await page.keyboard.press('ArrowRight');
	await expect(bibliography).toContainText('29 Apr. 2015');

	// Copying gives the entry as shown.
	await dialog.getByRole('button', { name: '复制' }).last().press('Enter');
	await expect(dialog.getByRole('status')).toHaveText('已复制。');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibliography.innerText());

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	// The style chosen is kept for the next reference.
	await page.reload();
	await page.getByRole('button', { name: '引用本文' }).click();
	await expect(page.getByRole('radio', { name: 'MLA 9' })).toBeChecked();
});

test('a passage’s Cite button cites the passage: its link, its words in the source’s script, and a copy with its citation', async ({ page, request }) => {
	const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
	const passage = record.passages.find((p) => p.id === 'p10')!;
	await page.goto(textPath(slug, 'hans'));
	const url = `${await addressIn(page, 'zh-Hans')}#p10`;
	await page.getByRole('button', { name: '引用段落 p10' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: '引用段落 p10' });
	// The source is in traditional script: the passage is quoted as it wrote it.
	await expect(dialog.locator('blockquote')).toHaveText(passage.text.hant);
	await expect(dialog.locator('blockquote')).toHaveAttribute('lang', 'zh-Hant');
	const entry = `张跃峰. 弘扬劳模精神 凝聚发展合力[N/OL]. 中工网—《河北工人报》, 2015-04-29[2026-11-30]. ${url}.`;
	await expect(dialog.locator('[data-output="bibliography"]')).toHaveText(entry);
	// The release (the site's version and the text's hash) and the access date.
	await expect(dialog.getByText(/^版本：\d+\.\d+\.\d+\+[0-9a-f]{8}/)).toBeVisible();
	await expect(dialog.getByText('访问日期：2026-11-30')).toBeVisible();

	await dialog.getByRole('button', { name: '复制引文及出处' }).press('Enter');
	await expect(dialog.getByRole('status')).toHaveText('已复制。');
	// The words as shown, in the source's script, then the footnote (GB/T 7714's gives the reference in full, with the link).
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${passage.text.hant}\n${entry}`);
});

test('axe finds no violation in the Cite dialog in light or dark mode', async ({ page }) => {
	await page.goto(textPath(slug, 'hant'));
	await page.getByRole('button', { name: '引用段落 p12' }).click();
	await expect(page.getByRole('dialog').locator('[data-output="bibliography"]')).not.toBeEmpty();
	expect(await wcagViolationsBySchemes(page)).toEqual({ light: [], dark: [] });
});

test('the Cite dialog’s code loads only when it is opened', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto(textPath(slug, 'hans'));
	await page.waitForLoadState('networkidle');
	const before = scripts.length;
	expect(scripts.some((url) => url.includes('citeDialog'))).toBe(false);
	await page.getByRole('button', { name: '引用本文' }).click();
	await expect(page.getByRole('dialog').locator('[data-output="bibliography"]')).not.toBeEmpty();
	expect(scripts.slice(before).some((url) => url.includes('citeDialog'))).toBe(true);
});
