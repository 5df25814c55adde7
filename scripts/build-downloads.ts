/**
 * The downloads stage of `npm run build`: beside each text's edition record in `<outDir>/data/texts/`,
 * its reference as CSL-JSON, BibTeX and RIS, its plain text in each script and its notes as W3C Web
 * Annotation (JSON-LD); the whole corpus as
 * one JSON file (`data/corpus.json`); `sitemap.xml`, listing every page and download; and the CSL
 * styles and locales the Cite dialog formats references with (`data/csl/`). Written
 * here rather than by Astro, which would spend a route on each of thousands of small files.
 *
 * Usage: node scripts/build-downloads.ts --outDir <built site folder>   (TEXTS_DIR, SITE_URL and
 * BASE_PATH as for the rest of the build)
 */
import { writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encodeXML } from 'entities';
import packageJson from '../package.json' with { type: 'json' };
import { readGlossaryFile, readRecord, readSiteSettings, readSummaries } from '../src/data/generated.ts';
import { glossaryTermSchema } from '../src/lib/annotations/glossarySchema.ts';
import { webAnnotations } from '../src/lib/annotations/webAnnotations.ts';
import { textReference, textRelease } from '../src/lib/citation/cslItem.ts';
import { citationLocales, citationStyles } from '../src/lib/citation/citationStyles.ts';
import { readCslAssets } from '../src/lib/citation/cslAssets.ts';
import { toBibtex, toCslJson, toRis } from '../src/lib/citation/exportFormats.ts';
import { plainText } from '../src/lib/citation/plainText.ts';
import { concordancePages } from '../src/lib/edition/outputFiles.ts';
import { scriptSchema } from '../src/lib/script/scriptSchema.ts';
import { cslFiles, dataFiles, textDownloads } from '../src/lib/site/dataFiles.ts';
import { basePath, siteUrl } from '../src/lib/site/siteAddress.ts';
import { routePath, type Route } from '../src/lib/site/urls.ts';

async function run(): Promise<number> {
	const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
	if (!values.outDir) throw new Error('Usage: node scripts/build-downloads.ts --outDir <built site folder>');
	const outDir = path.resolve(values.outDir);
	const base = basePath();
	const absolute = (file: string) => new URL(`${base}${file}`, siteUrl()).href;
	const pageUrl = (route: Route, script: 'hans' | 'hant') => new URL(routePath(base, script, route), siteUrl()).href;
	const settings = readSiteSettings();
	const glossary = settings.glossary ? glossaryTermSchema.array().parse(JSON.parse(readGlossaryFile())) : [];
	const entries = new Map(glossary.map((term) => [term.id, term]));

	const summaries = readSummaries();
	const corpus = [];
	const listed: string[] = [];
	await mkdir(path.join(outDir, 'data', 'texts'), { recursive: true });
	for (const { slug } of summaries) {
		const record = readRecord(slug);
		const url = pageUrl({ page: 'text', slug }, record.script);
		const release = textRelease(record, packageJson.version);
		const reference = textReference(record, { url, siteVersion: packageJson.version, edition: settings.title[record.script] });
		const files = textDownloads(slug);
		const contents: [string, string][] = [
			[files.csl, toCslJson([reference])],
			[files.bibtex, toBibtex([reference])],
			[files.ris, toRis([reference])],
			...scriptSchema.options.map((script): [string, string] => [files.text[script], plainText(record, script, { url: pageUrl({ page: 'text', slug }, script), release })]),
			[files.annotations, `${JSON.stringify(webAnnotations(record, entries, { collection: absolute(files.annotations), page: (script) => pageUrl({ page: 'text', slug }, script), term: (id, script) => pageUrl({ page: 'term', id }, script) }))}\n`],
		];
		// Synchronously: thousands of small files, where each asynchronous write cost more than the writing.
		for (const [file, content] of contents) writeFileSync(path.join(outDir, decodeURIComponent(file)), content);
		listed.push(...scriptSchema.options.map((script) => pageUrl({ page: 'text', slug }, script)), absolute(dataFiles.record(slug)), ...contents.map(([file]) => absolute(file)));
		corpus.push({ ...reference, passages: record.passages.map(({ id, role, text }) => ({ id, role, text })) });
	}
	await writeFile(path.join(outDir, dataFiles.corpus), `${JSON.stringify(corpus)}\n`);

	// Each glossary entry's pages of uses, and its concordance as data.
	const entryPages = glossary.flatMap(({ id, uses }) => Array.from({ length: concordancePages(uses) }, (_, i): Route => ({ page: 'term', id, usesPage: i + 1 })));
	const pages: Route[] = [{ page: 'home' }, { page: 'about' }, { page: 'search' }, ...(settings.glossary ? [{ page: 'glossary' } as const] : []), ...entryPages];
	const data = [...Object.values(dataFiles).filter((file) => typeof file === 'string'), ...glossary.map(({ id }) => dataFiles.concordance(id))];
	const urls = [...pages.flatMap((route) => scriptSchema.options.map((script) => pageUrl(route, script))), ...listed, ...data.map(absolute)];
	const sitemap = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls.map((url) => `<url><loc>${encodeXML(url)}</loc></url>`), '</urlset>', ''].join('\n');
	await writeFile(path.join(outDir, 'sitemap.xml'), sitemap);

	const csl = await readCslAssets({ styles: citationStyles.map((style) => style.csl), locales: citationLocales });
	await mkdir(path.join(outDir, 'data', 'csl', 'styles'), { recursive: true });
	await mkdir(path.join(outDir, 'data', 'csl', 'locales'), { recursive: true });
	for (const [name, style] of csl.styles) await writeFile(path.join(outDir, cslFiles.style(name)), JSON.stringify(style));
	for (const [lang, locale] of csl.locales) await writeFile(path.join(outDir, cslFiles.locale(lang)), JSON.stringify(locale));
	return 0;
}

process.exitCode = await run().catch((error: unknown) => {
	console.error(`Downloads failed: ${(error as Error).message}`);
	if (process.env.DEBUG === '1') console.error((error as Error).stack);
	return 1;
});
