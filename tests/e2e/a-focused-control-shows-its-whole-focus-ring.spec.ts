import { expect, test, type Page } from '@playwright/test';
import { textPath } from './support/site.ts';

// The provenance section is laid out only as it nears the screen (content-visibility), which also
// clips whatever it paints outside its box. A keyboard user must still see the whole focus ring of
// a link or control at its edge, at any screen size.
const screens = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 360, height: 740 } },
];

/** How many pixels of the focus ring's colour (the accent, a dark red in light mode) the strip just outside the start edge of a focused element holds, per pixel of its height. */
async function ringAtStartEdge(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
	const strip = await page.screenshot({ clip: { x: box.x - 5, y: box.y, width: 4, height: box.height } });
	const ringPixels = await page.evaluate(async (png) => {
		const image = new Image();
		image.src = `data:image/png;base64,${png}`;
		await image.decode();
		const canvas = new OffscreenCanvas(image.width, image.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		let count = 0;
		for (let at = 0; at < pixels.length; at += 4) if (pixels[at] - pixels[at + 1] > 60 && pixels[at] - pixels[at + 2] > 60) count++;
		return count;
	}, strip.toString('base64'));
	return ringPixels / box.height;
}

for (const screen of screens) {
	test(`on a ${screen.name}, a control at the edge of the provenance shows its focus ring whole`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: screen.viewport, colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(textPath('000_fc2dc3fa00e2669f', 'hans'));
		const provenance = page.locator('.provenance');
		const controls = provenance.locator('a, button, summary');
		const edge = await provenance.evaluate((section) => section.getBoundingClientRect().left + parseFloat(getComputedStyle(section).paddingInlineStart));
		let checked = 0;
		for (const control of await controls.all()) {
			if (Math.abs((await control.boundingBox())!.x - edge) > 1) continue;
			await page.keyboard.press('Tab');
			await control.focus();
			await expect(control).toBeFocused();
			await control.scrollIntoViewIfNeeded();
			const box = (await control.boundingBox())!;
			expect(await control.evaluate((element) => element.matches(':focus-visible')), 'the ring shows for keyboard focus').toBe(true);
			// The ring is 3 px wide, 2 px out from the box: two columns of the strip, top to bottom.
			expect(await ringAtStartEdge(page, box), await control.evaluate((element) => element.outerHTML.slice(0, 80))).toBeGreaterThan(1.5);
			checked++;
		}
		expect(checked, 'controls at the section’s start edge').toBeGreaterThan(0);
		await context.close();
	});
}
