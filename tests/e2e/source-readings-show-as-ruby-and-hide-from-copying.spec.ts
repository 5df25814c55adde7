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

test('a reading wider than its character opens no gap beside it in a justified line', async ({ page }) => {
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hant'));
	// For each character whose reading is wider than itself (爭創(chuàng)一流) between plain characters on
	// one line: the room from the character before it to the character after it, against the room a
	// plain character takes there (its width and the line's own spacing, justification included).
	const rooms = await page.locator('main').evaluate((main) => {
		const box = (node: Node, from: number, to: number) => {
			const range = document.createRange();
			range.setStart(node, from);
			range.setEnd(node, to);
			return range.getBoundingClientRect();
		};
		return [...main.querySelectorAll('.passage ruby')].flatMap((ruby) => {
			const [before, after] = [ruby.previousSibling, ruby.nextSibling];
			if (before?.nodeType !== Node.TEXT_NODE || after?.nodeType !== Node.TEXT_NODE) return [];
			if (!/\p{Script=Han}{2}$/u.test(before.textContent!) || !/^\p{Script=Han}/u.test(after.textContent!)) return [];
			const end = before.textContent!.length;
			const [first, second, next] = [box(before, end - 2, end - 1), box(before, end - 1, end), box(after, 0, 1)];
			const reading = ruby.querySelector('rt')!;
			if (reading.getBoundingClientRect().width < second.width + 4) return [];
			if (new Set([first.top, second.top, next.top].map(Math.round)).size > 1) return [];
			return [{ reading: reading.textContent, plain: second.width + 2 * Math.max(0, second.left - first.right), taken: next.left - second.right }];
		});
	});
	expect(rooms.length).toBeGreaterThan(3);
	for (const { reading, plain, taken } of rooms) expect(taken, `the character read ${reading}`).toBeLessThanOrEqual(plain + 1);
});

test('a corrected character keeps the reading its source gives it', async ({ page }) => {
	await page.goto(textPath('003_b7a5152ad6829bcd', 'hant'));
	// 勇挑重?fù)?dān) → 勇挑重擔: dān is the reading of 擔 itself.
	const corrected = page.locator('#p13 .emended', { hasText: '擔' });
	await expect(corrected.locator('rt')).toHaveText('dān');
});

