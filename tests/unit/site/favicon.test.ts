import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { expect, test } from 'vitest';

const faviconFile = path.resolve(import.meta.dirname, '../../../public/favicon.svg');

/** Every element name in an SVG, read as a browser reads it inline. */
function elementNames(svg: string): string[] {
	const names: string[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			names.push(child.tagName);
			walk(child);
		}
	};
	walk(parseFragment(svg));
	return names;
}

// A glyph set as <text> looks different on every system, and finding a font for it on a page's
// first load cost the browser a long task (Lighthouse's Total Blocking Time).
test('the site icon draws its character as shapes, needing no font', () => {
	const names = elementNames(readFileSync(faviconFile, 'utf8'));
	expect(names[0]).toBe('svg');
	expect(names).toContain('path');
	expect(names).not.toContain('text');
	expect(names).not.toContain('foreignObject');
});
