/**
 * What a reader meets beyond plain results: clear messages when nothing is found, when the query
 * is empty or too long, and while a slow index loads; filters with counts that narrow the results;
 * and the requests search makes: none outside the site, none from a reading page until used.
 */
import { expect, test } from '@playwright/test';
import { publishedCorpus } from './edition-record/support.ts';
import { textPath } from './support/site.ts';
import { allResults, passagesHolding, searchFor, searchPath, searchSettled } from './search/support.ts';

test('a query found nowhere says so and suggests each term alone and the quote check', async ({ page }) => {
	await page.goto(searchPath('hans'));
	await searchFor(page, '排头兵 马克思');
	await expect(page.locator('.search-status')).toContainText('没有找到含有“排头兵 马克思”的段落');
	await expect(page.locator('.search-status a[href="?q=%E6%8E%92%E5%A4%B4%E5%85%B5"]')).toHaveText('排头兵');
	await expect(page.locator('.search-status a[href="?q=%E9%A9%AC%E5%85%8B%E6%80%9D"]')).toHaveText('马克思');
	await expect(page.locator('.search-status a[href^="?quote="]')).toBeVisible();
	await expect(page.locator('ol.results li')).toHaveCount(0);
});

test('an empty query, punctuation alone, or an over-long query each get a message', async ({ page }) => {
	await page.goto(searchPath('hans'));
	await searchFor(page, '，。！');
	await expect(page.locator('.search-status')).toHaveText('请输入要查找的词语。');
	await searchFor(page, '劳'.repeat(301));
	await expect(page.locator('.search-status')).toContainText('查询太长');
});

test('while the index loads on a slow connection, the page says so, then shows the results', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 2500));
		await route.continue();
	});
	await page.goto(searchPath('hans', '劳模'));
	await expect(page.locator('.search-status')).toHaveText(/网络较慢/);
	await searchSettled(page, '劳模');
	await expect(page.locator('.search-status')).toHaveText(/找到 \d+ 段/);
});

test('a filter narrows the results to its value, with the counts it showed', async ({ page, request }) => {
	const { records } = await publishedCorpus(request);
	await page.goto(searchPath('hans', '劳模'));
	await searchSettled(page, '劳模');
	const all = await allResults(page);
	expect(all.sort()).toEqual(passagesHolding(records, [{ hans: '劳模', hant: '勞模' }]));
	// Each text's count is how many of the results are in it.
	const textFilters = page.locator('.search-facets fieldset').first().locator('label');
	const shown = await textFilters.evaluateAll((labels) => labels.map((label) => ({ value: label.querySelector('input')!.value, count: Number(/\((\d+)\)/.exec(label.textContent!)![1]) })));
	for (const { value, count } of shown) {
		const slug = value.slice('text-hans:'.length).split('\t')[0];
		expect(all.filter((result) => result.startsWith(`${slug}#`)).length, slug).toBe(count);
	}
	const [first] = shown;
	const slug = first.value.slice('text-hans:'.length).split('\t')[0];
	await textFilters.first().locator('input').check();
	await searchSettled(page, '劳模');
	expect(new URL(page.url()).searchParams.getAll('f')).toEqual([first.value]);
	const narrowed = await allResults(page);
	expect(narrowed.length).toBe(first.count);
	expect(narrowed.every((result) => result.startsWith(`${slug}#`))).toBe(true);
});

test('sorting by date lists the newest texts first, and oldest first on request, unlike the ranking', async ({ page, request }) => {
	const { records } = await publishedCorpus(request);
	const dateOf = new Map(records.map((record) => [record.slug, record.date ?? '0000-00-00']));
	const dates = async () => (await allResults(page)).map((result) => dateOf.get(result.split('#')[0])!);
	await page.goto(searchPath('hans', '劳模'));
	await searchSettled(page, '劳模');
	const ranked = await dates();
	await page.locator('select[name=sort]').selectOption('newest');
	await searchSettled(page, '劳模');
	const newest = await dates();
	expect(newest).toEqual([...newest].sort().reverse());
	// The ranking puts titles and headings first, whatever their date: sorting changed the order.
	expect(ranked).not.toEqual(newest);
	await page.locator('select[name=sort]').selectOption('oldest');
	await searchSettled(page, '劳模');
	const oldest = await dates();
	expect(oldest).toEqual([...oldest].sort());
});

test('Back undoes a filter: the address decides the results', async ({ page }) => {
	await page.goto(searchPath('hans', '劳模'));
	await searchSettled(page, '劳模');
	const all = (await allResults(page)).length;
	await page.locator('.search-facets input[name=f]').first().check();
	await searchSettled(page, '劳模');
	await expect(page.locator('.search-facets input[name=f]').first()).toBeFocused();
	const narrowed = (await allResults(page)).length;
	expect(narrowed).toBeLessThan(all);
	await page.goBack();
	await expect.poll(() => new URL(page.url()).searchParams.getAll('f')).toEqual([]);
	await searchSettled(page, '劳模');
	expect((await allResults(page)).length).toBe(all);
	await expect(page.locator('.search-facets input[name=f]:checked')).toHaveCount(0);
});

test('a reading page loads no search code until the reader searches, and search asks nothing of other sites', async ({ page, baseURL }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hans'));
	await page.waitForLoadState('networkidle');
	expect(requested.filter((url) => /pagefind|search-data|searchPage|quoteCheck|highlightArrival/.test(url))).toEqual([]);

	await page.locator('#site-search').fill('劳模');
	await page.locator('#site-search').press('Enter');
	await searchSettled(page, '劳模');
	await page.locator('#quote-text').fill('弘扬劳模精神');
	await page.locator('.quote-form button').click();
	await expect(page.locator('corpus-search')).toHaveAttribute('data-quote-state', 'done');
	expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
	expect(requested.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
});
