/**
 * Every text page links to its downloads — plain text in each script, the edition record, and its
 * reference as CSL-JSON, BibTeX and RIS, its notes as Web Annotation — each of which says what the
 * record says when read back with an independent parser; the sitemap lists every page (the glossary's
 * entries among them) and download; the corpus is one JSON.
 */
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { annotationCollectionSchema } from '../../src/lib/annotations/webAnnotationSchema.ts';
import { fetchJson, publishedCorpus } from './edition-record/support.ts';
import { basePath } from './support/paths.ts';
import { textPath } from './support/site.ts';

// citation-js is CommonJS with import-time side effects (its plugins register themselves), which
// Playwright's module loader cannot link as ES imports.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

test('each text page links to seven downloads, and each reads back as the record says', async ({ page, request }) => {
	const { records } = await publishedCorpus(request);
	for (const record of records) {
		const script = record.script;
		await page.goto(textPath(record.slug, 'hans'));
		const links = await page.locator('.downloads a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toHaveLength(7);
		const fetched = new Map<string, string>();
		for (const link of links) {
			const response = await request.get(link.slice(basePath.length));
			expect(response.ok(), link).toBe(true);
			fetched.set(link.split('.').slice(1).join('.'), await response.text());
		}
		for (const view of ['hans', 'hant'] as const) {
			const lines = fetched.get(`${view}.txt`)!.split('\n');
			expect(lines.slice(lines.indexOf('') + 1, -1)).toEqual(record.passages.map((p) => `${p.id}\t${p.text[view]}`));
		}
		expect(JSON.parse(fetched.get('json')!)).toEqual(record);
		// The notes as W3C Web Annotation: the model's required fields, an annotation for every use of a glossary term.
		const annotations = annotationCollectionSchema.parse(JSON.parse(fetched.get('annotations.jsonld')!));
		expect(annotations.first.items.filter((a) => a.motivation === 'identifying')).toHaveLength(record.notes.filter((n) => n.kind === 'term').length);
		for (const format of ['csl.json', 'bib', 'ris']) {
			const text = fetched.get(format)!;
			const [read] = new Cite(format === 'csl.json' ? JSON.parse(text) : text).data as Record<string, any>[];
			expect(read.title, format).toBe(record.title[script]);
			expect(new URL(read.URL).pathname, format).toBe(`${basePath}${textPath(record.slug, script)}`);
			if (record.outlet) expect(read['container-title'], format).toBe(record.outlet[script]);
			if (record.author) expect(JSON.stringify(read.author ?? read.reporter), format).toContain(record.author[script]);
		}
	}
});

test('the sitemap lists every page in both scripts and every download, and the corpus is one JSON file', async ({ request }) => {
	const { records } = await publishedCorpus(request);
	const sitemap = await (await request.get('sitemap.xml')).text();
	const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url.replaceAll('&amp;', '&')).pathname));
	for (const record of records) {
		for (const script of ['hans', 'hant'] as const) expect(listed.has(`${basePath}${textPath(record.slug, script)}`)).toBe(true);
		for (const suffix of ['json', 'csl.json', 'bib', 'ris', 'hans.txt', 'hant.txt', 'annotations.jsonld']) expect(listed.has(`${basePath}data/texts/${record.slug}.${suffix}`), suffix).toBe(true);
	}
	for (const { id } of await fetchJson<{ id: string }[]>(request, 'data/glossary.json')) {
		for (const script of ['hans', 'hant'] as const) expect(listed.has(`${basePath}${script}/glossary/${id}/`), id).toBe(true);
		expect(listed.has(`${basePath}data/concordance/${id}.json`), id).toBe(true);
	}
	for (const path of listed) expect((await request.get(path.slice(basePath.length))).ok(), path).toBe(true);
	const corpus = await (await request.get('data/corpus.json')).json();
	expect(corpus.map((text: { id: string }) => text.id).sort()).toEqual(records.map((r) => r.slug).sort());
	expect(corpus.flatMap((text: { passages: unknown[] }) => text.passages).length).toBe(records.reduce((n, r) => n + r.passages.length, 0));
});
