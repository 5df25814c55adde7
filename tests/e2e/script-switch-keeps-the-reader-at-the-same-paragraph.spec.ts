import { expect, test } from '@playwright/test';
import { textPath, watchForProblems } from './support/site.ts';

const slug = '001_829f82963481a026';

test('switching script at a deep paragraph lands on that paragraph in the other script and back', async ({ page }) => {
	const problems = watchForProblems(page);
	await page.goto(`${textPath(slug, 'hans')}#p24`);
	await page.getByRole('link', { name: '繁體' }).click();
	await expect(page).toHaveURL(new RegExp(`/corpus/hant/texts/${slug}/#p24$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	await expect(page.locator('#p24')).toBeInViewport();
	await expect(page.locator('#p24')).toContainText('當今時代');

	await page.getByRole('link', { name: '简体' }).click();
	await expect(page).toHaveURL(new RegExp(`/corpus/hans/texts/${slug}/#p24$`));
	await expect(page.locator('#p24')).toBeInViewport();
	expect(problems).toEqual([]);
});

test('switching script without a fragment keeps the passage at the top of the screen', async ({ page }) => {
	await page.goto(textPath(slug, 'hans'));
	await page.locator('#p20').evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await page.getByRole('link', { name: '繁體' }).click();
	await expect(page).toHaveURL(new RegExp(`/corpus/hant/texts/${slug}/#p20$`));
	await expect(page.locator('#p20')).toBeInViewport();
});

test('a reader who arrived at a passage link and read on keeps the passage being read, not the linked one', async ({ page }) => {
	await page.goto(`${textPath(slug, 'hans')}#p10`);
	await page.locator('#p24').evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await expect(page.locator('#p10')).not.toBeInViewport();
	await page.getByRole('link', { name: '繁體' }).click();
	await expect(page).toHaveURL(new RegExp(`/corpus/hant/texts/${slug}/#p24$`));
	await expect(page.locator('#p24')).toBeInViewport();
});

test('the chosen script is remembered across a reload and by the entry page on the next visit', async ({ page }) => {
	await page.goto(textPath(slug, 'hans'));
	await page.getByRole('link', { name: '繁體' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

	await page.goto('./');
	await expect(page).toHaveURL(/\/corpus\/hant\/$/);

	await page.getByRole('link', { name: '简体' }).click();
	await page.goto('./');
	await expect(page).toHaveURL(/\/corpus\/hans\/$/);
});

test('without JavaScript the switch is a plain link to the same page in the other script', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(textPath(slug, 'hant'));
	await page.getByRole('link', { name: '简体' }).click();
	await expect(page).toHaveURL(new RegExp(`/corpus/hans/texts/${slug}/$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await context.close();
});
