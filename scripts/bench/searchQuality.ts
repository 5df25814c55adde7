/**
 * Section: search, as a reader meets it. On the bundled corpus, built as `npm run build` builds it
 * under a base path and served by a plain static server, Chromium runs the end-to-end test's query
 * table (tests/e2e/search/queries.ts) on the search page in both scripts: recall and precision
 * against the passages the edition records say hold each query, the bytes the first query and
 * each follow-up transfer, and the time from the Enter key to the first results on screen. Then
 * the search stage alone on a generated corpus of 5,000 texts: its time and peak memory, and
 * what a first query costs there.
 *
 * Usage: `node scripts/bench/searchQuality.ts` prints this section alone (nothing else is written).
 */
import { spawnSync } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { convertScript } from '../../src/lib/script/convertScript.ts';
import { dataFiles } from '../../src/lib/site/dataFiles.ts';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { serveStatic } from '../../tests/e2e/support/staticServer.ts';
import { queries } from '../../tests/e2e/search/queries.ts';
import { allResults, passagesHolding, searchPath } from '../../tests/e2e/search/support.ts';
import { benchBasePath, buildBundledSite } from './bundledSite.ts';
import { benchCorpusOptions, generateCorpus } from './generateCorpus.ts';
import { processTreePeak } from './processTreePeak.ts';
import { describeMachine, reportToText, type BenchSection } from './report.ts';
import { fixed, spread, summarize } from './stats.ts';

const basePath = benchBasePath;
/** Budgets from the search issue, in compressed bytes, and the 5,000-text indexing memory. */
const firstQueryBudget = 150_000;
const followUpBudget = 30_000;
const indexingMemoryBudget = 2e9;
/** Fresh browser contexts the first query is measured in. */
const firstQueryRuns = 5;
/** Texts of the generated corpus the search stage is measured on. */
const largeTexts = 5000;

/** Byte counts as `median (min–max)` in KB. */
function spreadKb(bytes: number[]): string {
	return spread(summarize(bytes.map((n) => n / 1000)), 1);
}

/** What one search cost: bytes transferred (compressed) and milliseconds from Enter to results. */
interface SearchCost {
	bytes: number;
	ms: number;
}

/**
 * A response's size on the wire if the server compresses: the gzip size of its body, or its own
 * size for what is compressed already (Pagefind's index files and its WebAssembly are gzip files).
 */
function wireBytes(body: Buffer): number {
	return Math.min(body.length, gzipSync(body).length);
}

/** Types a query on the search page and presses Enter; what it transferred until the results were on screen, and how long that took. */
async function timedSearch(page: Page, query: string): Promise<SearchCost> {
	const sizes: Promise<number>[] = [];
	const onResponse = (response: import('@playwright/test').Response) => void sizes.push(response.body().then(wireBytes, () => 0));
	// Counted from before the query is typed: focusing the box already starts loading the index.
	page.on('response', onResponse);
	await page.locator('#search-query').fill(query);
	// The clock runs in the page: from the Enter key's event to the moment the outcome is shown (data-state="done").
	const elapsed = page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const search = document.querySelector('corpus-search') as HTMLElement;
				let start = 0;
				addEventListener('keydown', (event) => event.key === 'Enter' && (start = performance.now()), { capture: true, once: true });
				new MutationObserver((_, observer) => {
					if (start && search.dataset.state === 'done') {
						observer.disconnect();
						resolve(performance.now() - start);
					}
				}).observe(search, { attributes: true, attributeFilter: ['data-state'] });
			}),
	);
	await page.locator('#search-query').press('Enter');
	const ms = await elapsed;
	page.off('response', onResponse);
	const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
	return { bytes, ms };
}

/** The first query in fresh contexts (nothing cached): the median cost over the runs. */
async function firstQuery(siteUrl: string, query: string, runs: number): Promise<{ bytes: number[]; ms: number[] }> {
	const browser = await chromium.launch(chromiumLaunchOptions);
	const bytes: number[] = [];
	const ms: number[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ baseURL: siteUrl });
			const page = await context.newPage();
			await page.goto(searchPath('hans'));
			const cost = await timedSearch(page, query);
			bytes.push(cost.bytes);
			ms.push(cost.ms);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return { bytes, ms };
}

/** Reads the published records of a built site, as its corpus index lists them. */
async function publishedRecords(siteDir: string): Promise<EditionRecord[]> {
	const index = JSON.parse(await readFile(path.join(siteDir, dataFiles.index), 'utf8')) as { texts: { slug: string }[] };
	return Promise.all(index.texts.map(async ({ slug }) => JSON.parse(await readFile(path.join(siteDir, decodeURIComponent(dataFiles.record(slug))), 'utf8')) as EditionRecord));
}

export async function searchQuality(root: string, workDir: string, log: (line: string) => void): Promise<BenchSection> {
	await rm(workDir, { recursive: true, force: true });
	const siteDir = path.join(workDir, 'site');
	log('search: building the bundled corpus under /corpus/');
	buildBundledSite(root, siteDir);
	const records = await publishedRecords(siteDir);
	const server = await serveStatic(siteDir, basePath);
	try {
		// 1. The query table, in both scripts, on one page per script (the index stays loaded, as for a reader).
		const browser = await chromium.launch(chromiumLaunchOptions);
		let expectedTotal = 0;
		let foundTotal = 0;
		let rightTotal = 0;
		let exactQueries = 0;
		const followUps: SearchCost[] = [];
		try {
			for (const script of ['hans', 'hant'] as const) {
				const context = await browser.newContext({ baseURL: server.url });
				const page = await context.newPage();
				await page.goto(searchPath(script));
				for (const [i, { query, terms = [query] }] of queries.entries()) {
					const typed = script === 'hans' ? query : convertScript(query, 'hant');
					const cost = await timedSearch(page, typed);
					if (i > 0) followUps.push(cost);
					const expected = new Set(passagesHolding(records, terms.map((term) => ({ hans: term, hant: convertScript(term, 'hant') }))));
					const found = await allResults(page);
					const right = found.filter((result) => expected.has(result)).length;
					expectedTotal += expected.size;
					foundTotal += found.length;
					rightTotal += right;
					if (right === expected.size && found.length === expected.size) exactQueries++;
				}
				await context.close();
			}
		} finally {
			await browser.close();
		}
		log(`search: ${exactQueries} of ${queries.length * 2} queries exactly right`);

		// 2. The first query, nothing cached.
		const first = await firstQuery(server.url, queries[0].query, firstQueryRuns);
		log(`search: first query ${fixed(summarize(first.bytes).median / 1000, 1)} KB, ${fixed(summarize(first.ms).median, 0)} ms`);
		await server.close();

		// 3. The search stage on 5,000 generated texts, and a first query there (the bundled site's pages with that index).
		const corpus = await generateCorpus({ ...benchCorpusOptions(root), texts: largeTexts, dir: path.join(root, '.bench', `corpus-${largeTexts}`) });
		const largeTextsDir = path.join(workDir, 'large-texts');
		const largeSite = path.join(workDir, 'large-site');
		const env = { ...process.env, CORPUS_DIR: corpus.dir, TEXTS_DIR: largeTextsDir };
		log(`search: building the corpus of ${fixed(largeTexts, 0)} texts`);
		const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-corpus.ts')], { cwd: root, env, encoding: 'utf8' });
		if (built.status !== 0) throw new Error(`build-corpus failed:\n${built.stderr.slice(-2000)}`);
		await cp(siteDir, largeSite, { recursive: true });
		await rm(path.join(largeSite, 'pagefind'), { recursive: true });
		await rm(path.join(largeSite, 'search-data'), { recursive: true });
		log('search: indexing them');
		const indexing = await processTreePeak(process.execPath, [path.join(root, 'scripts', 'build-search.ts'), '--outDir', largeSite], { cwd: root, env });
		if (indexing.code !== 0) throw new Error(`build-search failed:\n${indexing.stderr.slice(-2000)}`);
		const largeServer = await serveStatic(largeSite, basePath);
		const largeFirst: { query: string; bytes: number[]; ms: number[] }[] = [];
		try {
			for (const query of ['劳模精神', '型升级', '工会 职工']) largeFirst.push({ query, ...(await firstQuery(largeServer.url, query, 3)) });
		} finally {
			await largeServer.close();
		}

		const recall = rightTotal / expectedTotal;
		const precision = foundTotal ? rightTotal / foundTotal : 1;
		const firstBytes = summarize(first.bytes);
		const followBytes = summarize(followUps.map((c) => c.bytes));
		const followMs = summarize(followUps.map((c) => c.ms));
		const kb = (bytes: number) => fixed(bytes / 1000, 1);
		return {
			title: 'Search',
			method: [
				`The bundled corpus is built as \`npm run build\` builds it, under the base path ${basePath}, and served by a static server (tests/e2e/support/staticServer.ts).`,
				`Chromium (Debian's) types each query of tests/e2e/search/queries.ts (${queries.length} queries, each in simplified and in traditional) into the search page and presses Enter.`,
				'A result is right when the edition records say its passage holds every term in either script (letters and digits compared, as in the end-to-end test).',
				'Bytes are each response body\'s gzip size (or its own, for files Pagefind already compresses), from typing the query (focusing the box starts loading the index) until the results are on screen;',
				'time is measured in the page, from the Enter key\'s event to the moment the search page marks its outcome shown.',
				`The first query (${queries[0].query}) runs in ${firstQueryRuns} fresh browser contexts; follow-ups are every later query of the table on the same page.`,
				`The 5,000-text figures: build-corpus on the generated corpus (see "How to run"), then scripts/build-search.ts alone, its process tree's memory sampled every 200 ms;`,
				'then the bundled site\'s pages with that index, first queries in 3 fresh contexts each. KB = 1,000 bytes; cells read median (min–max).',
			].join(' '),
			tables: [
				{
					header: ['queries', 'exactly right', 'recall', 'precision', 'first query KB', 'first query ms', 'follow-up KB', 'follow-up ms'],
					rows: [[String(queries.length * 2), String(exactQueries), `${fixed(recall * 100, 1)}%`, `${fixed(precision * 100, 1)}%`, spreadKb(first.bytes), spread(summarize(first.ms), 0), spreadKb(followUps.map((c) => c.bytes)), spread(followMs, 0)]],
				},
				{
					header: [`${fixed(largeTexts, 0)} texts: query`, 'first query KB', 'first query ms'],
					rows: largeFirst.map(({ query, bytes, ms }) => [query, spreadKb(bytes), spread(summarize(ms), 0)]),
				},
			],
			targets: [
				{ name: 'search recall and precision, query table', goal: '100% and 100%', measured: `${fixed(recall * 100, 1)}% and ${fixed(precision * 100, 1)}%`, met: recall === 1 && precision === 1 },
				{ name: 'first query, bundled corpus', goal: `< ${kb(firstQueryBudget)} KB`, measured: `${kb(firstBytes.median)} KB (median of ${firstQueryRuns})`, met: firstBytes.median < firstQueryBudget },
				{ name: 'follow-up query, bundled corpus', goal: `< ${kb(followUpBudget)} KB`, measured: `${kb(followBytes.median)} KB median, ${kb(followBytes.max)} KB worst`, met: followBytes.max < followUpBudget },
				{ name: `search indexing peak memory, ${fixed(largeTexts, 0)} texts`, goal: `< ${fixed(indexingMemoryBudget / 1e9, 0)} GB`, measured: `${fixed(indexing.peakRssBytes / 1e9, 2)} GB in ${fixed(indexing.wallMs / 1000, 0)} s (${indexing.stdout.trim()})`, met: indexing.peakRssBytes < indexingMemoryBudget },
			],
			notes: [
				'The first query includes Pagefind\'s JavaScript and WebAssembly (about 70 KB compressed), the fold table, the index chunks the query\'s characters are in, its filters, and one small fragment per result shown plus each shown text\'s search view.',
				'At 5,000 texts a query\'s characters each sit in a larger index chunk, and every shard of the index is loaded: the first query there costs far more than on the bundled corpus.',
			],
		};
	} finally {
		await server.close().catch(() => {});
		await rm(workDir, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '..', '..');
	const section = await searchQuality(root, path.join(root, '.bench', 'search'), (line) => process.stderr.write(`bench: ${line}\n`));
	console.log(reportToText([section], describeMachine()));
}
