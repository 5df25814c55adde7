import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

const page000 = textPath('000_fc2dc3fa00e2669f', 'hant');

test('screen readers read a glossed character once, without its reading', async ({ page }) => {
	await page.goto(page000);
	// The snapshot separates inline runs (each <ruby>) with spaces; the characters are what count.
	const snapshot = (await page.locator('#p8').ariaSnapshot()).replace(/\s+/g, '');
	expect(snapshot).toContain('引領發展的正能量');
	expect(snapshot).not.toMatch(/[āáǎàīíǐìēéěèōóǒòūúǔù]/);
});

test('hiding readings removes them from the page and from copied text, and is remembered', async ({ page }) => {
	await page.goto(page000);
	const reading = page.locator('#p8 rt').first();
	await expect(reading).toBeVisible();
	const toggle = page.getByRole('button', { name: '顯示來源注音' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(reading).toBeHidden();
	const copied = await page.locator('#p8').evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		const selection = getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		return selection.toString();
	});
	expect(copied).toContain('引領發展的正能量');
	expect(copied).not.toMatch(/[āáǎàīíǐìēéěè]/);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-readings', 'hidden');
	await expect(page.locator('#p8 rt').first()).toBeHidden();
	await expect(page.getByRole('button', { name: '顯示來源注音' })).toHaveAttribute('aria-pressed', 'false');
});
