/**
 * A permalink copied in one script's view opens the same passage in the script the reader chose,
 * whichever view it was copied from; a reader who has chosen nothing gets the view the link names.
 */
import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

const slug = '002_cb0b64c34cfde53f';

for (const [from, to] of [
	['hans', 'hant'],
	['hant', 'hans'],
] as const) {
	test(`a permalink copied in the ${from} view opens the same passage for a reader of ${to}`, async ({ browser }) => {
		// The writer copies the permalink of a paragraph in their view.
		const writer = await browser.newContext();
		const writing = await writer.newPage();
		await writing.goto(textPath(slug, from));
		const permalink = writing.locator('#p19 .pn');
		await permalink.click();
		const copied = writing.url();
		expect(copied).toMatch(new RegExp(`/${from}/texts/${slug}/#p19$`));
		const words = (await writing.locator('#p19').innerText()).length;
		await writer.close();

		// The reader chose the other script on this site earlier, and opens the link from elsewhere.
		const reader = await browser.newContext();
		const reading = await reader.newPage();
		await reading.goto(textPath(slug, to));
		await reading.locator(`.script-switch a[data-script=${from}]`).click();
		await reading.locator(`.script-switch a[data-script=${to}]`).click();
		await reading.goto(copied);
		await expect(reading).toHaveURL(new RegExp(`/${to}/texts/${slug}/#p19$`));
		await expect(reading.locator('html')).toHaveAttribute('lang', to === 'hans' ? 'zh-Hans' : 'zh-Hant');
		await expect(reading.locator('#p19')).toBeInViewport();
		expect((await reading.locator('#p19').innerText()).length).toBe(words);
		await reader.close();
	});
}

test('with no script chosen, a permalink opens the view it names', async ({ page }) => {
	await page.goto(`${textPath(slug, 'hant')}#p19`);
	await expect(page).toHaveURL(new RegExp(`/hant/texts/${slug}/#p19$`));
	await expect(page.locator('#p19')).toBeInViewport();
});
