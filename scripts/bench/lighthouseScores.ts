/**
 * Section: Lighthouse, as the editorial-layer issue asks: performance, accessibility, best
 * practices and SEO, with Lighthouse's default (mobile) settings, on the home page, a text page,
 * the glossary and a glossary entry of the bundled site, built as `npm run build` builds it and
 * served by the tests' static server, gzip-compressed as GitHub Pages sends it.
 *
 * Usage: `node scripts/bench/lighthouseScores.ts` prints this section alone (nothing else is written).
 */
import { rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { serveStatic } from '../../tests/e2e/support/staticServer.ts';
import { benchBasePath, buildBundledSite } from './bundledSite.ts';
import { describeMachine, reportToText, type BenchSection } from './report.ts';
import { summarize } from './stats.ts';

/** The pages the issue names, relative to the base path. */
const pages = [
	['home', 'hans/'],
	['text page', 'hans/texts/000_fc2dc3fa00e2669f/'],
	['glossary', 'hans/glossary/'],
	['glossary entry', 'hant/glossary/laomo-jingshen/'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Runs per page: the performance score moves from run to run (simulated throttling on a shared machine); the median is reported. */
const runs = 5;
const lighthouseVersion = lighthousePackage.version;
/** A port no one is listening on, for Chromium to listen on for Lighthouse. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export async function lighthouseScores(root: string, workDir: string, log: (line: string) => void): Promise<BenchSection> {
	await rm(workDir, { recursive: true, force: true });
	const siteDir = path.join(workDir, 'site');
	log('lighthouse: building the bundled corpus under /corpus/');
	buildBundledSite(root, siteDir);
	const server = await serveStatic(siteDir, benchBasePath, { compress: true });
	const debuggingPort = await freePort();
	const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${debuggingPort}`] });
	const rows: string[][] = [];
	const below: string[] = [];
	const scores: number[] = [];
	try {
		for (const [name, page] of pages) {
			const perCategory = new Map<string, number[]>(categories.map((c) => [c, []]));
			const failing = new Set<string>();
			for (let run = 0; run < runs; run++) {
				log(`lighthouse: ${name}, run ${run + 1} of ${runs}`);
				const result = await lighthouse(`${server.url}${page}`, { port: debuggingPort, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
				if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
				for (const category of categories) {
					const { score, auditRefs } = result.lhr.categories[category];
					perCategory.get(category)!.push(Math.round((score ?? 0) * 100));
					for (const ref of auditRefs) {
						const audit = result.lhr.audits[ref.id];
						if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
					}
				}
			}
			const medians = categories.map((c) => summarize(perCategory.get(c)!).median);
			scores.push(...medians);
			rows.push([name, ...medians.map(String), perCategory.get('performance')!.join(', ')]);
			if (failing.size) below.push(`${name}: ${[...failing].join('; ')}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return {
		title: 'Lighthouse (mobile settings)',
		method: `Lighthouse ${lighthouseVersion} in this machine's Chromium, default (mobile) settings with simulated throttling, ${runs} runs per page, medians; the bundled site built as \`npm run build\` builds it under ${benchBasePath}, served gzip-compressed (as GitHub Pages serves it) by the tests' static server.`,
		tables: [{ header: ['page', ...categories, 'performance, each run'], rows }],
		targets: [{ name: 'Lighthouse, all four categories, four pages', goal: '100 each', measured: `lowest ${Math.min(...scores)}`, met: scores.every((s) => s === 100) }],
		notes: below.length ? ['Audits below full marks (any run):', ...below] : ['Every weighted audit passed in every run.'],
	};
}

if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '../..');
	const section = await lighthouseScores(root, path.join(root, '.bench', 'lighthouse'), (line) => process.stderr.write(`bench: ${line}\n`));
	console.log(reportToText([section], describeMachine()));
}
