import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dataUrl, drawIcon, faviconDrawing, faviconImage, faviconSize } from '../../scripts/assets/favicon.ts';

// The site links a PNG of the icon (see scripts/render-favicon.ts): it must be the drawing as it
// stands, so an edited drawing with a stale PNG fails here until the PNG is rendered again.
test('the icon every page links is its drawing, rendered', async ({ page }) => {
	const draw = (file: string, type: string) => page.evaluate(drawIcon, [dataUrl(readFileSync(file), type), faviconSize, 'pixels'] as const);
	const [drawing, image] = [await draw(faviconDrawing, 'image/svg+xml'), await draw(faviconImage, 'image/png')];
	expect(image).toHaveLength(faviconSize * faviconSize * 4);
	// Pixels whose colour or opacity differ visibly; anti-aliasing may differ by a step between browser versions.
	let differing = 0;
	for (let pixel = 0; pixel < drawing.length; pixel += 4) {
		if ([0, 1, 2, 3].some((channel) => Math.abs(drawing[pixel + channel] - image[pixel + channel]) > 24)) differing++;
	}
	expect(differing / (faviconSize * faviconSize)).toBeLessThan(0.005);
});
