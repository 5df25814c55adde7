import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { readBuiltSite } from '../lib/readBuiltSite.ts';
import type { BenchSection } from './report.ts';
import { fixed, summarize } from './stats.ts';

/** Budgets from the reading-site issue: compressed bytes of JS and of CSS per page. */
const jsBudget = 10_000;
const cssBudget = 15_000;

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/** What a page loads, and the text it exists to show. */
interface PageParts {
	html: string;
	css: string[];
	js: string[];
	text: string;
}

/**
 * Builds the bundled corpus into `outDir` and weighs every text page: HTML, CSS and JS (inline
 * and linked), raw and compressed, against the compressed size of the passages' own text.
 */
export async function pageWeight(root: string, outDir: string, log: (line: string) => void): Promise<BenchSection> {
	log('building the site for page weight');
	const env = { ...process.env, BASE_PATH: '', CORPUS_DIR: '', TEXTS_DIR: '' };
	for (const [command, args] of [[process.execPath, ['scripts/build-corpus.ts']], [path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir]]] as const) {
		const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
	}
	const site = await readBuiltSite(outDir, '/');
	const textPages = [...site.keys()].filter((p) => /^\/(hans|hant)\/texts\/[^/]+\/index\.html$/.test(p)).sort();

	const rows: string[][] = [];
	const totals = { js: [] as number[], css: [] as number[], page: [] as number[], ratio: [] as number[] };
	for (const page of textPages) {
		const parts = await pageParts(site.get(page)!, outDir);
		const html = sizes(parts.html);
		const css = sizes(parts.css.join(''));
		const js = sizes(parts.js.join(''));
		const text = { gzip: gzipped(Buffer.from(parts.text)) };
		const page_ = html.gzip + css.gzip + js.gzip;
		totals.js.push(js.gzip);
		totals.css.push(css.gzip);
		totals.page.push(page_);
		totals.ratio.push(page_ / text.gzip);
		rows.push([page.replace(/index\.html$/, ''), kb(html.raw), kb(html.gzip), kb(css.raw), kb(css.gzip), kb(js.raw), kb(js.gzip), kb(page_), kb(text.gzip), fixed(page_ / text.gzip, 1), kb(html.br + css.br + js.br)]);
	}
	const worstJs = Math.max(...totals.js);
	const worstCss = Math.max(...totals.css);
	return {
		title: 'Page weight of the text pages',
		method:
			'`astro build` of the bundled corpus; for each text page (both scripts) the HTML, the CSS it links or inlines and the JS it loads or inlines, raw and compressed (gzip -9; brotli for the total), against the gzip size of the text itself (the passages\' characters). CSS and JS files are shared between pages and cached after the first. KB = 1,000 bytes.',
		tables: [
			{
				header: ['page', 'HTML KB', 'HTML gz', 'CSS KB', 'CSS gz', 'JS KB', 'JS gz', 'page gz', 'text gz', 'page/text', 'page br'],
				rows,
			},
		],
		targets: [
			{ name: 'JS per text page, compressed', goal: '< 10 KB (and the page works with none)', measured: `${kb(worstJs)} KB (largest page)`, met: worstJs < jsBudget },
			{ name: 'CSS per text page, compressed', goal: '< 15 KB', measured: `${kb(worstCss)} KB (largest page)`, met: worstCss < cssBudget },
		],
		notes: [
			`A text page weighs ${kb(summarize(totals.page).median)} KB compressed in the median (HTML + CSS + JS), ${fixed(summarize(totals.ratio).median, 1)}× its text compressed: the rest is both scripts' notes, the provenance panel with the removed chrome, and markup.`,
			'JavaScript is progressive enhancement only (script switch keeping the place, readings toggle, catalogue sorting); the end-to-end tests read every text page with JavaScript disabled.',
		],
	};
}

async function pageParts(html: string, outDir: string): Promise<PageParts> {
	const parts: PageParts = { html, css: [], js: [], text: '' };
	const passages: string[] = [];
	const visit = async (node: Node, inPassage: boolean) => {
		const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
		if (node.nodeName === 'link' && attr('rel') === 'stylesheet') parts.css.push(await readFile(path.join(outDir, attr('href')!), 'utf8'));
		if (node.nodeName === 'script') {
			const src = attr('src');
			parts.js.push(src ? await readFile(path.join(outDir, src), 'utf8') : textOf(node));
			return;
		}
		if (node.nodeName === 'style') parts.css.push(textOf(node));
		if (node.nodeName === 'rt' || node.nodeName === 'rp' || node.nodeName === 'button') return;
		const passage = inPassage || (attr('class') ?? '').split(' ').includes('passage');
		if (passage && node.nodeName === '#text') passages.push(node.value ?? '');
		for (const child of node.childNodes ?? []) await visit(child, passage);
	};
	await visit(parse(html) as unknown as Node, false);
	parts.text = passages.join('');
	return parts;
}

function textOf(node: Node): string {
	return (node.childNodes ?? []).map((c) => c.value ?? textOf(c)).join('');
}

function sizes(content: string): { raw: number; gzip: number; br: number } {
	const bytes = Buffer.from(content);
	return {
		raw: bytes.length,
		gzip: gzipped(bytes),
		br: bytes.length ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
	};
}

function gzipped(bytes: Buffer): number {
	return bytes.length ? gzipSync(bytes, { level: 9 }).length : 0;
}

function kb(bytes: number): string {
	return fixed(bytes / 1000, 1);
}
