import path from 'node:path';

/** The site icon's drawing, and the PNG the site links. */
export const faviconDrawing = path.join(import.meta.dirname, 'favicon.svg');
export const faviconImage = path.resolve(import.meta.dirname, '../../public/favicon.png');
/** Pixels a side: sharp in a browser tab at 2× and 3× and in bookmark lists. */
export const faviconSize = 64;

/** An image file as a `data:` URL, so a blank browser page can load it. */
export function dataUrl(bytes: Uint8Array, type: string): string {
	return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * Runs in the browser: an image drawn at the icon's size, as PNG bytes (`png`) or as RGBA pixels.
 * The script that renders the icon and the test that checks it both draw this way, so they compare
 * like with like.
 */
export async function drawIcon([src, size, output]: readonly [string, number, 'png' | 'pixels']): Promise<number[]> {
	const image = new Image();
	image.src = src;
	await image.decode();
	const canvas = new OffscreenCanvas(size, size);
	const context = canvas.getContext('2d')!;
	context.drawImage(image, 0, 0, size, size);
	if (output === 'pixels') return [...context.getImageData(0, 0, size, size).data];
	return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())];
}
