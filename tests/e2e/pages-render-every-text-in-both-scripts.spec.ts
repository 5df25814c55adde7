import { expect, test } from '@playwright/test';
import { readPassages, slugs, textPath, views, watchForProblems } from './support/site.ts';

test('the bundled corpus has texts to test', () => {
	expect(slugs.length).toBeGreaterThan(0);
});

for (const slug of slugs) {
	for (const { script, lang } of views) {
		test(`${slug} in ${script} loads without errors and declares lang ${lang}`, async ({ page }) => {
			const problems = watchForProblems(page);
			const response = await page.goto(textPath(slug, script));
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');

			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await readPassages(page)).not.toHaveLength(0);
			expect(problems).toEqual([]);
		});
	}

	test(`${slug} shows the same passage ids in the same order in both scripts`, async ({ page }) => {
		const ids: Record<string, string[]> = {};
		for (const { script } of views) {
			await page.goto(textPath(slug, script));
			ids[script] = (await readPassages(page)).map((passage) => passage.id);
		}
		expect(ids.hans).not.toHaveLength(0);
		expect(ids.hant).toEqual(ids.hans);
	});
}
