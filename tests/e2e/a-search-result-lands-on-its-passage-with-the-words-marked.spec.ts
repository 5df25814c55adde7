/**
 * A result leads to its passage in the reader's script, scrolled into view, with the words found
 * highlighted there (CSS Custom Highlight API, which leaves the text itself as it was).
 */
import { expect, test } from '@playwright/test';
import { searchPath, searchSettled } from './search/support.ts';

for (const { script, query, words } of [
	{ script: 'hans', query: '型升级', words: '型升级' },
	{ script: 'hant', query: '型升级', words: '型升級' },
	{ script: 'hant', query: '愛崗敬業', words: '愛崗敬業' },
] as const) {
	test(`a result for “${query}” in ${script} opens its passage with “${words}” marked`, async ({ page }) => {
		await page.goto(searchPath(script, query));
		await searchSettled(page, query);
		const first = page.locator('ol.results a.result-link').first();
		// The excerpt marks the words found, in the reader's script.
		await expect(page.locator('ol.results li').first().locator('mark').first()).toHaveText(words);
		const href = (await first.getAttribute('href'))!;
		expect(href).toContain(`/${script}/texts/`);
		await first.click();

		const id = new URL(page.url()).hash.slice(1);
		expect(id).toMatch(/^p\d+$/);
		const passage = page.locator(`[id="${id}"]`);
		await expect(passage).toBeInViewport();
		// The marking code loads after the page: wait for it.
		const markedRanges = () => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => (range as Range).toString()));
		await expect.poll(async () => (await markedRanges()).length).toBeGreaterThan(0);
		const marked = await markedRanges();
		for (const text of marked) expect(text).toBe(words);
		// Every marked range lies inside the passage linked to.
		expect(await page.evaluate((passageId) => [...(CSS.highlights.get('search-hit') ?? [])].every((range) => document.getElementById(passageId)!.contains((range as Range).commonAncestorContainer)), id)).toBe(true);
	});
}
