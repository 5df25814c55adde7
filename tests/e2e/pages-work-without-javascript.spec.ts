import { expect, test } from '@playwright/test';
import { readPassages, slugs, textPath, views } from './support/site.ts';

for (const slug of slugs) {
	for (const { script, lang } of views) {
		test(`${slug} in ${script} shows the same passages with JavaScript disabled`, async ({ browser, page }) => {
			await page.goto(textPath(slug, script));
			const withScript = await readPassages(page);

			const context = await browser.newContext({ javaScriptEnabled: false });
			try {
				const noScript = await context.newPage();
				const response = await noScript.goto(textPath(slug, script));
				expect(response?.status()).toBe(200);
				await expect(noScript.locator('html')).toHaveAttribute('lang', lang);
				expect(await readPassages(noScript)).toEqual(withScript);
			} finally {
				await context.close();
			}
		});
	}
}
