import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

for (const [slug, original] of [['000_fc2dc3fa00e2669f', 'hant'], ['004_a943af7622d75274', 'hans']] as const) {
	test(`both views of ${slug} share one canonical URL, the ${original} original, and name each other as alternates`, async ({ page }) => {
		for (const script of ['hans', 'hant'] as const) {
			await page.goto(textPath(slug, script));
			await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/corpus/${original}/texts/${slug}/$`));
			await expect(page.locator('link[rel=alternate][hreflang=zh-Hans]')).toHaveAttribute('href', new RegExp(`/corpus/hans/texts/${slug}/$`));
			await expect(page.locator('link[rel=alternate][hreflang=zh-Hant]')).toHaveAttribute('href', new RegExp(`/corpus/hant/texts/${slug}/$`));
			const notice = page.getByRole('note').first();
			if (script === original) await expect(notice).toContainText(script === 'hans' ? '本页是原文' : '本頁是原文');
			else await expect(notice).toContainText(script === 'hans' ? '机器转换' : '機器轉換');
		}
	});
}

test('the provenance panel lists the source hash, encoding, removed chrome and every emendation with its reason', async ({ page }) => {
	await page.goto(textPath('003_b7a5152ad6829bcd', 'hans'));
	const panel = page.getByRole('region', { name: '来源与处理' });
	await expect(panel).toContainText('utf-8');
	await expect(panel).toContainText(/[0-9a-f]{64}/);
	await expect(panel).toContainText('江苏苏讯网');
	const chrome = panel.locator('details');
	await expect(chrome.locator('li').first()).toBeHidden();
	await chrome.locator('summary').click();
	await expect(chrome).toContainText('724922822@qq.com');
	const emendations = panel.locator('ol.emendations > li');
	await expect(emendations).toHaveCount(5);
	await expect(emendations.filter({ hasText: '兼?zhèn)?' })).toContainText('A character replaced by “?”');
});
