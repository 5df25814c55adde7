import { expect, test } from '@playwright/test';
import { wcagViolations, wcagViolationsBySchemes } from './support/axe.ts';
import { textPath } from './support/site.ts';

/** Each kind of page, in light and in dark mode (switched in place: a reload would cost a second a page). */
const pages = [
	['home', 'hans/'],
	['home in traditional', 'hant/'],
	['a simplified text page', textPath('000_fc2dc3fa00e2669f', 'hans')],
	['a traditional text page', textPath('000_fc2dc3fa00e2669f', 'hant')],
	['a text with redactions', textPath('001_829f82963481a026', 'hant')],
	['glossary', 'hans/glossary/'],
	['a glossary entry with its concordance', 'hant/glossary/laomo-jingshen/'],
	['about', 'hant/about/'],
	['404', '404.html'],
	['search results with filters', 'hans/search/?q=%E5%8A%B3%E6%A8%A1'],
	['a quote check with differences', 'hant/search/?quote=%E5%BC%98%E6%8F%9A%E5%8B%9E%E6%A8%A1%E7%B2%BE%E7%A5%9E%EF%BC%8C%E5%8B%9E%E5%8B%95%E7%B2%BE'],
] as const;

for (const [name, path] of pages) {
	test(`axe finds no WCAG 2 A or AA violation on ${name} in light and dark mode`, async ({ page }) => {
		await page.goto(path);
		// A search page is checked once it shows its outcome.
		if (path.includes('/search/')) await expect(page.locator('corpus-search')).toHaveAttribute(path.includes('quote=') ? 'data-quote-state' : 'data-state', 'done');
		expect(await wcagViolationsBySchemes(page)).toEqual({ light: [], dark: [] });
	});
}

test('axe finds no violation with a note open', async ({ page }) => {
	await page.goto(textPath('002_cb0b64c34cfde53f', 'hans'));
	const marker = page.locator('#p15').getByRole('button', { name: '术语' }).first();
	await marker.click();
	await expect(page.locator(`#${await marker.getAttribute('popovertarget')}`)).toBeVisible();
	expect(await wcagViolations(page)).toEqual([]);
});
