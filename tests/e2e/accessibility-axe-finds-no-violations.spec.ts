import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

/**
 * Each page in light mode; in dark mode, which is one palette for the whole site, each kind of page
 * with elements of its own (a text with notes, one with redactions, the glossary, search, the
 * quote check): the other pages repeat their elements, and checking all of them in both modes
 * cost CI about a minute.
 */
const pages = [
	['home', 'hans/', ['light', 'dark']],
	['home in traditional', 'hant/', ['light']],
	['a simplified text page', textPath('000_fc2dc3fa00e2669f', 'hans'), ['light']],
	['a traditional text page', textPath('000_fc2dc3fa00e2669f', 'hant'), ['light', 'dark']],
	['a text with redactions', textPath('001_829f82963481a026', 'hant'), ['light', 'dark']],
	['glossary', 'hans/glossary/', ['light', 'dark']],
	['about', 'hant/about/', ['light']],
	['404', '404.html', ['light']],
	['search results with filters', 'hans/search/?q=%E5%8A%B3%E6%A8%A1', ['light', 'dark']],
	['a quote check with differences', 'hant/search/?quote=%E5%BC%98%E6%8F%9A%E5%8B%9E%E6%A8%A1%E7%B2%BE%E7%A5%9E%EF%BC%8C%E5%8B%9E%E5%8B%95%E7%B2%BE', ['light', 'dark']],
] as const;

for (const [name, path, schemes] of pages) {
	for (const colorScheme of schemes) {
		test(`axe finds no WCAG 2 A or AA violation on ${name} in ${colorScheme} mode`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(path);
			// A search page is checked once it shows its outcome.
			if (path.includes('/search/')) await expect(page.locator('corpus-search')).toHaveAttribute(path.includes('quote=') ? 'data-quote-state' : 'data-state', 'done');
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await context.close();
		});
	}
}

test('axe finds no violation with a note open', async ({ page }) => {
	await page.goto(textPath('002_cb0b64c34cfde53f', 'hans'));
	const marker = page.locator('#p15').getByRole('button', { name: '术语' }).first();
	await marker.click();
	await expect(page.locator(`#${await marker.getAttribute('popovertarget')}`)).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
