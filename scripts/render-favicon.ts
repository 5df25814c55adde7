/**
 * Draws the site icon, `public/favicon.png`, from its drawing, `scripts/assets/favicon.svg`, in
 * Chromium. Run it after changing the drawing: the test `the-site-icon-is-its-drawing.spec.ts`
 * fails while the two differ.
 *
 * The site links a PNG rather than the SVG because a browser decodes an SVG icon as a whole SVG
 * document on the page's main thread after each first load (10–40 ms measured here, against 1–2 ms
 * for the PNG), which Lighthouse counts against Total Blocking Time.
 *
 * Usage: node scripts/render-favicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/support/browser.ts';
import { dataUrl, drawIcon, faviconDrawing, faviconImage, faviconSize } from './assets/favicon.ts';

const browser = await chromium.launch(chromiumLaunchOptions);
try {
	const page = await browser.newPage();
	const png = await page.evaluate(drawIcon, [dataUrl(readFileSync(faviconDrawing), 'image/svg+xml'), faviconSize, 'png'] as const);
	writeFileSync(faviconImage, Uint8Array.from(png));
} finally {
	await browser.close();
}
