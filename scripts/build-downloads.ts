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
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encodeXML } from 'entities';
import { readGlossaryFile, readSiteSettings, readSummaries } from '../src/data/generated.ts';
import { glossaryTermSchema } from '../src/lib/annotations/glossarySchema.ts';
import { citationLocales, citationStyles } from '../src/lib/citation/citationStyles.ts';
import { readCslAssets } from '../src/lib/citation/cslAssets.ts';
import { concordancePages } from '../src/lib/edition/outputFiles.ts';
import { scriptSchema } from '../src/lib/script/scriptSchema.ts';
import { cslFiles, dataFiles } from '../src/lib/site/dataFiles.ts';
import type { Route } from '../src/lib/site/urls.ts';
import type { DownloadJob, DownloadResult, DownloadSettings } from './lib/downloadJob.ts';
import { absoluteUrl, pageUrl } from './lib/siteUrls.ts';
import { threadCount, WorkerPool } from './lib/workerPool.ts';

/** Texts a thread takes at a time: small, as each text's downloads take a few milliseconds. */
const maxBatch = 32;

async function run(): Promise<number> {
	const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
	if (!values.outDir) throw new Error('Usage: node scripts/build-downloads.ts --outDir <built site folder>');
	const outDir = path.resolve(values.outDir);
	const summaries = readSummaries();
	// Started first, so the workers load their modules while this thread reads the glossary.
	const pool = new WorkerPool<DownloadJob, DownloadSettings, DownloadResult>(new URL('./lib/downloadWorker.ts', import.meta.url), threadCount(summaries.length) - 1);
	const settings = readSiteSettings();
	const glossary = settings.glossary ? glossaryTermSchema.array().parse(JSON.parse(readGlossaryFile())) : [];

	// Each text's downloads, on every thread, in catalogue order.
	await mkdir(path.join(outDir, 'data', 'texts'), { recursive: true });
	const jobs = summaries.map(({ slug }, index) => ({ index, slug }));
	const loadRunner = async () => (await import('./lib/downloadJob.ts')).writeTextDownloads;
	const texts = await pool.run(jobs, { outDir, title: settings.title, entries: new Map(glossary.map((term) => [term.id, term])) }, { loadRunner, maxBatch });
	await writeFile(path.join(outDir, dataFiles.corpus), `[${texts.map((text) => text.corpusEntry).join(',')}]\n`);

	// Each glossary entry's pages of uses, and its concordance as data.
	const entryPages = glossary.flatMap(({ id, uses }) => Array.from({ length: concordancePages(uses) }, (_, i): Route => ({ page: 'term', id, usesPage: i + 1 })));
	const pages: Route[] = [{ page: 'home' }, { page: 'about' }, { page: 'search' }, ...(settings.glossary ? [{ page: 'glossary' } as const] : []), ...entryPages];
	const data = [...Object.values(dataFiles).filter((file) => typeof file === 'string'), ...glossary.map(({ id }) => dataFiles.concordance(id))];
	const urls = [...pages.flatMap((route) => scriptSchema.options.map((script) => pageUrl(route, script))), ...texts.flatMap((text) => text.listed), ...data.map(absoluteUrl)];
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
