/**
 * Search from anywhere: every page's header has a search box that `/` focuses; it opens the search
 * page of the reader's script with the query in the address; the results can be stepped through
 * with the arrow keys; `<base>search/` sends a reader to their script keeping the query.
 */
import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';
import { searchPath, searchSettled } from './search/support.ts';

test('on a text page, / focuses the header search box and Enter opens the results in the page’s script', async ({ page }) => {
	await page.goto(textPath('004_a943af7622d75274', 'hant'));
	await page.locator('body').press('/');
	await expect(page.locator('#site-search')).toBeFocused();
	await page.keyboard.type('排頭兵');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/hant\/search\/\?q=%E6%8E%92%E9%A0%AD%E5%85%B5$/);
	await searchSettled(page, '排頭兵');
	await expect(page.locator('ol.results li').first()).toContainText('排頭兵');
	// A bookmarked or shared search shows the same results.
	const listed = await page.locator('ol.results a.result-link').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
	await page.reload();
	await searchSettled(page, '排頭兵');
	expect(await page.locator('ol.results a.result-link').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href))).toEqual(listed);
});

test('the arrow keys step from the query through the results and back', async ({ page }) => {
	await page.goto(searchPath('hans', '排头兵'));
	await searchSettled(page, '排头兵');
	const links = page.locator('ol.results a.result-link');
	expect(await links.count()).toBeGreaterThan(2);
	await page.locator('#search-query').focus();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('#search-query')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const href = await links.nth(0).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#.]/g, '\\$&')}$`));
});

test('<base>search/ sends the reader to the search page of the script they chose, keeping the query', async ({ page }) => {
	await page.goto('hant/');
	await page.evaluate(() => localStorage.setItem('corpus-script', 'hant'));
	await page.goto('search/?q=%E5%8B%9E%E6%A8%A1');
	await expect(page).toHaveURL(/\/corpus\/hant\/search\/\?q=%E5%8B%9E%E6%A8%A1$/);
	await searchSettled(page, '勞模');
});

test('the script switch on the search page keeps the search', async ({ page }) => {
	await page.goto(searchPath('hans', '劳模'));
	await searchSettled(page, '劳模');
	await page.locator('.script-switch a[data-script=hant]').click();
	await expect(page).toHaveURL(/\/hant\/search\/\?q=%E5%8A%B3%E6%A8%A1$/);
	await searchSettled(page, '劳模');
	await expect(page.locator('ol.results li').first().locator('mark').first()).toHaveText('勞模');
});
