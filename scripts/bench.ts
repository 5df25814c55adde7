/**
 * Benchmarks the corpus pipeline: throughput (MB of source per second) and peak memory, on the
 * bundled five sources and on a generated corpus; the whole site build (`npm run build`, cold) on
 * generated corpora of several sizes; where the pipeline's time goes; and the weight of the
 * site's text pages (HTML, CSS, JS) against the text they show; search quality, bytes and latency
 * in Chromium, and the search index on the generated corpus; Lighthouse on four pages. Prints a table and
 * rewrites BENCHMARKS.md. A benchmark, not a test: it exits 0 whether or not the targets are met.
 *
 * Usage: `npm run bench`. `BENCH_TEXTS` sets the size of the generated corpus (default 5,000),
 *        `BENCH_SEED` its seed; `BENCH_BUILD_SIZES` and `BENCH_BUILD_RUNS` the full builds' corpus
 *        sizes and runs (see fullBuild.ts). Everything it writes, apart from BENCHMARKS.md, goes to `.bench/`.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullBuild } from './bench/fullBuild.ts';
import { benchCorpusOptions, generateCorpus, sourceBytesIn } from './bench/generateCorpus.ts';
import { openccReference } from './bench/openccReference.ts';
import { pageWeight } from './bench/pageWeight.ts';
import { pipelineThroughput } from './bench/pipelineThroughput.ts';
import { lighthouseScores } from './bench/lighthouseScores.ts';
import { searchQuality } from './bench/searchQuality.ts';
import { describeMachine, reportToMarkdown, reportToText, type BenchSection } from './bench/report.ts';
import { stageCosts } from './bench/stageCosts.ts';
import { fixed, megabytes } from './bench/stats.ts';

const count = (n: number) => fixed(n, 0);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
/** Runs of the pipeline on the five sources: they take about a second each, so take many. */
const smallRuns = 10;
/** Runs on the generated corpus. */
const largeRuns = 5;
/** Runs of the in-process split: it is context, timed in CPU time, and costs as much as a pipeline run. */
const splitRuns = 1;
const usage = [
	'```sh',
	'npm run bench                    # 5,000 generated texts; takes a few minutes, plus about 8 for the full builds',
	'BENCH_TEXTS=20000 npm run bench  # another corpus size (BENCH_SEED changes the corpus itself)',
	'# Full site build: corpus sizes (default 1000,5000) and runs of each size (default 3, and 2 from 5,000 texts up):',
	'BENCH_BUILD_SIZES=1000,2000,5000 BENCH_BUILD_RUNS=1 npm run bench',
	'# Only the full site build, printed; nothing else is run and BENCHMARKS.md is left alone (same variables):',
	'BENCH_BUILD_SIZES=1000 BENCH_BUILD_RUNS=1 node_modules/.bin/node scripts/bench/fullBuild.ts',
	'# Only the search section (the bundled corpus in Chromium, then the search stage on 5,000 generated texts), printed:',
	'node_modules/.bin/node scripts/bench/searchQuality.ts',
	'# Only Lighthouse on four pages of the bundled site (about four minutes), printed:',
	'node_modules/.bin/node scripts/bench/lighthouseScores.ts',
	'# Only write a corpus, then profile the pipeline on it (the project\'s own Node 24, as npm scripts use):',
	'node_modules/.bin/node scripts/bench/generateCorpus.ts .bench/my-corpus',
	'CORPUS_DIR=.bench/my-corpus TEXTS_DIR=.bench/out node_modules/.bin/node --cpu-prof --cpu-prof-dir=.bench/prof scripts/build-corpus.ts',
	'```',
	'',
	'The generated corpus is deterministic: the same seed and size give the same bytes. Each text keeps one real',
	"source's chrome (header and footer lines) around a body of 50–200% of its length, drawn from the paragraphs of the",
	'sources in the same script, shuffled, about a third cut short at a sentence end, with its date moved so that no',
	'two texts are identical. Damaged paragraphs (GBK realignment, `?`-damage, broken entities) are kept whole and',
	"their entries from content/sources/emendations.yaml are repeated under the new text and passage id in the corpus's",
	'own emendations.yaml, so every repair path runs and the build succeeds. Annotations travel with their paragraphs',
	'the same way (dropped only where a paragraph was cut before the annotated words); glossary.yaml is copied.',
];

async function run(): Promise<number> {
	const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
	const started = performance.now();
	const machine = describeMachine();

	// Every run writes a new folder under .bench/out; they are removed at the end (see runPipeline).
	const outDir = path.join(benchDir, 'out');
	await rm(outDir, { recursive: true, force: true });

	// 1. Write the generated corpus from the five real sources (deterministic, replaced every run).
	const options = benchCorpusOptions(root);
	const sourcesDir = options.sourcesDir;
	const generated = await generateCorpus(options);
	const bundled = await sourceBytesIn(sourcesDir);
	log(`generated ${count(generated.texts)} texts, ${fixed(megabytes(generated.sourceBytes), 1)} MB, ${generated.emendations} editorial entries → ${path.relative(root, generated.dir)}`);

	// 2. Section: the pipeline end to end as a user runs it, on both corpora.
	const sections: BenchSection[] = [];
	const throughput = await pipelineThroughput(
		root,
		[
			{ label: 'five sources', dir: sourcesDir, texts: bundled.texts, sourceBytes: bundled.bytes, runs: smallRuns },
			{ label: `${count(generated.texts)} generated texts, one thread`, dir: generated.dir, texts: generated.texts, sourceBytes: generated.sourceBytes, runs: largeRuns, threads: 1 },
			{ label: `${count(generated.texts)} generated texts`, dir: generated.dir, texts: generated.texts, sourceBytes: generated.sourceBytes, runs: largeRuns, reference: await openccReference(generated.dir) },
		],
		outDir,
		log,
	);
	throughput.notes.push(
		`The generated corpus: ${count(generated.texts)} texts (${count(generated.scripts.hans)} simplified, ${count(generated.scripts.hant)} traditional), ${fixed(megabytes(generated.sourceBytes), 1)} MB of sources, ${count(generated.sidecars)} sidecars, an emendations.yaml of ${count(generated.emendations)} entries (${fixed(megabytes(generated.emendationsBytes), 1)} MB) and ${count(generated.annotations)} annotations; see "How to run" for how it is made.`,
	);
	sections.push(throughput);

	// 3. Section: the whole site build as a user runs it, cold, on generated corpora of several sizes
	//    (its outputs go to .bench/build, removed when it ends).
	sections.push(await fullBuild(root, path.join(benchDir, 'build'), log));

	// 4. Section: the same work split into stages in process, with the conversion alone for scale.
	sections.push(await stageCosts(generated.dir, path.join(outDir, 'stages'), splitRuns, log));

	// 5. Section: what a reader downloads for a text page, against the text itself.
	sections.push(await pageWeight(root, path.join(benchDir, 'site'), log));

	// 6. Section: search on the bundled corpus in Chromium, and the search stage on the generated corpus.
	sections.push(await searchQuality(root, path.join(benchDir, 'search'), log));
	sections.push(await lighthouseScores(root, path.join(benchDir, 'lighthouse'), log));

	// 7. Print the report and rewrite BENCHMARKS.md.
	console.log(reportToText(sections, machine));
	await writeFile(path.join(root, 'BENCHMARKS.md'), reportToMarkdown(sections, machine, new Date(), usage));
	await rm(outDir, { recursive: true, force: true });
	log(`wrote BENCHMARKS.md in ${fixed((performance.now() - started) / 1000, 0)} s`);
	return 0;
}

process.exitCode = await run();
