/**
 * Nothing moves while a page loads, and the catalogue reads on any screen: no layout shift on a
 * text page with source readings (whose toggle needs JavaScript), column names that do not break
 * inside a word on a desktop, catalogue cards that say what each value is on a phone.
 */
import { expect, test } from '@playwright/test';
import { cataloguePath, textPath, views } from './support/site.ts';

for (const { script } of views) {
	test(`a text page with source readings loads without a layout shift in ${script}`, async ({ page }) => {
		await page.addInitScript(() => {
			const record = window as unknown as { shifts: number; moved: string[] };
			record.shifts = 0;
			record.moved = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
					if (entry.hadRecentInput) continue;
					record.shifts += entry.value;
					// What moved, so that a failure says where to look.
					for (const { node, previousRect: from, currentRect: to } of entry.sources ?? []) record.moved.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${node instanceof Element ? `${node.localName}.${node.className}` : node?.nodeName} ${from.x},${from.y} ${from.width}×${from.height} → ${to.x},${to.y} ${to.width}×${to.height}`);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(textPath('000_fc2dc3fa00e2669f', script));
		await expect(page.locator('corpus-preference-toggle[data-preference=readings] button')).toBeVisible();
		await page.waitForLoadState('networkidle');
		// Zero at the precision CLS is reported in (Lighthouse: three decimals; the toggle that appeared late cost 0.028).
		// A fresh machine's first rendering of CJK system fonts has shown a shift of 0.00003, which is not the page's doing.
		const { shifts, moved } = await page.evaluate(() => {
			const { shifts, moved } = window as unknown as { shifts: number; moved: string[] };
			return { shifts, moved };
		});
		expect(shifts, moved.join('\n')).toBeLessThan(0.0005);
	});
}

test('at 1280 px the catalogue’s column names each stand on one line', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const { script } of views) {
		await page.goto(cataloguePath(script));
		for (const header of await page.locator('.catalogue th').all()) {
			// The most lines any of its words takes.
			const lines = await header.evaluate((th) => {
				const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
				let most = 0;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const range = document.createRange();
					range.selectNodeContents(node);
					most = Math.max(most, new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size);
				}
				return most;
			});
			expect(lines, `${script}: ${await header.innerText()}`).toBe(1);
		}
	}
});

test('on a phone the catalogue’s cards label every value but the title', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const page = await context.newPage();
	await page.goto(cataloguePath('hans'));
	await expect(page.locator('.catalogue thead')).toBeHidden();
	const firstRow = page.locator('.catalogue tbody tr').first();
	const labels = await firstRow.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
	expect(labels).toEqual(['none', '"作者："', '"日期："', '"来源："', '"原文字体："', '"字数："']);
	await context.close();
});
