import { expect, test } from '@playwright/test';

const titles = (page: import('@playwright/test').Page) => page.locator('tbody tr td:first-child').allInnerTexts();
const dates = (page: import('@playwright/test').Page) => page.locator('tbody tr td:nth-child(3)').allInnerTexts();

/** Dated rows in the given order, then undated rows (shown as —). */
const ordered = (values: string[], direction: 1 | -1) => [...values.filter((d) => d !== '—').sort((a, b) => direction * a.localeCompare(b)), ...values.filter((d) => d === '—')];

test('the catalogue lists the newest text first and sorts by date and title on request', async ({ page }) => {
	await page.goto('hans/');
	const initial = await dates(page);
	expect(initial).toContain('—');
	expect(initial).toEqual(ordered(initial, -1));

	await page.getByRole('button', { name: '日期' }).click();
	await expect(page.getByRole('columnheader', { name: '日期' })).toHaveAttribute('aria-sort', 'ascending');
	expect(await dates(page)).toEqual(ordered(initial, 1));
	await page.getByRole('button', { name: '日期' }).click();
	await expect(page.getByRole('columnheader', { name: '日期' })).toHaveAttribute('aria-sort', 'descending');
	expect(await dates(page)).toEqual(initial);

	await page.getByRole('button', { name: '标题' }).click();
	await expect(page.getByRole('columnheader', { name: '标题' })).toHaveAttribute('aria-sort', 'ascending');
	const byTitle = await titles(page);
	expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'zh')));
});

test('every row links to the text in the catalogue’s script', async ({ page }) => {
	await page.goto('hant/');
	const links = page.locator('tbody a');
	await expect(links).toHaveCount(5);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/corpus\/hant\/texts\//);
});
