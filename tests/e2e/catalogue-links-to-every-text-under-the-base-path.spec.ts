import { expect, test } from '@playwright/test';
import { basePath } from './support/paths.ts';
import { cataloguePath, slugs, textPath, views, watchForProblems } from './support/site.ts';

for (const { script, lang } of views) {
	test(`the ${script} catalogue links to every text in ${script} under the base path`, async ({ page, request }) => {
		const problems = watchForProblems(page);
		expect((await page.goto(cataloguePath(script)))?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);

		for (const slug of slugs) {
			const href = basePath + textPath(slug, script);
			await expect(page.getByRole('main').getByRole('link').and(page.locator(`[href="${href}"]`)).first()).toBeVisible();
			expect((await request.get(href)).status(), href).toBe(200);
		}
		expect(problems).toEqual([]);
	});
}

test('the entry page at the base path leads to a catalogue', async ({ page }) => {
	await page.goto('');
	await expect(page).toHaveURL(new RegExp(`${basePath}han[st]/$`));
	await expect(page.getByRole('main').getByRole('link').and(page.locator(`[href^="${basePath}"][href*="/texts/"]`)).first()).toBeVisible();
});

test('the entry page offers both catalogues without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		expect((await page.goto(''))?.status()).toBe(200);
		for (const { script } of views) {
			await expect(page.getByRole('link').and(page.locator(`[href="${basePath}${cataloguePath(script)}"]`))).toBeVisible();
		}
	} finally {
		await context.close();
	}
});
