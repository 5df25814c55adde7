/**
 * Section: the whole site build as a user runs it (`npm run build`: build-corpus, astro build, the search index, the downloads)
 * on generated corpora of several sizes, cold every time: wall time and peak memory of the whole
 * process tree of each phase, and how many lines astro build prints.
 *
 * Usage: `node scripts/bench/fullBuild.ts` prints this section alone (nothing else is run or
 *        written). `BENCH_BUILD_SIZES` lists the corpus sizes (default 1000,5000), `BENCH_BUILD_RUNS`
 *        sets the runs of every size (default 3, and 2 from 5,000 texts up).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { envInteger, envIntegers } from '../lib/envInteger.ts';
import { benchCorpusOptions, generateCorpus } from './generateCorpus.ts';
import { flushWrites } from './outputWrite.ts';
import { processTreePeak, sampleIntervalMs, type TreeRun } from './processTreePeak.ts';
import { describeMachine, reportToText, type BenchSection, type Target } from './report.ts';
import { fixed, spread, summarize, type Summary } from './stats.ts';

/** Corpus sizes built by default (`BENCH_BUILD_SIZES` overrides). */
const defaultSizes = [1000, 5000];
/** Corpus size the targets are stated for. */
const targetTexts = 5000;
/** Wall time allowed for the whole build of `targetTexts` texts, in seconds. */
const wallTarget = 180;
/** Peak memory of the process tree allowed for the whole build of `targetTexts` texts, in bytes. */
const memoryTarget = 3e9;

/** One cold build: its four phases, and what astro build printed. */
interface BuildRun {
	pipeline: TreeRun;
	astro: TreeRun;
	search: TreeRun;
	downloads: TreeRun;
	/** Lines astro build printed (stdout and stderr). */
	lines: number;
	/** Those lines that hold `[WARN]`, by kind (the bracketed tags after it). */
	warnings: Map<string, number>;
	/** Pages astro build reported building. */
	pages: number;
}

/**
 * Section: `node scripts/build-corpus.ts` and then astro build, as `npm run build` runs them, on
 * generated corpora of `BENCH_BUILD_SIZES` texts, each phase timed and its process tree's memory
 * sampled (processTreePeak.ts). Runs are taken in turns, one of each size per round. Everything
 * goes to `workDir`, which is removed at the end.
 */
export async function fullBuild(root: string, workDir: string, log: (line: string) => void): Promise<BenchSection> {
	// 1. The sizes and runs first, so that a bad setting stops the bench at once; then each size's corpus,
	//    as the other sections write it (kept in .bench/corpus-N, rewritten only if it changed).
	const plan = envIntegers('BENCH_BUILD_SIZES', defaultSizes).map((texts) => ({ texts, runs: envInteger('BENCH_BUILD_RUNS', texts >= targetTexts ? 2 : 3) }));
	const results = [];
	for (const { texts, runs } of plan) {
		const corpus = await generateCorpus({ ...benchCorpusOptions(root), texts, dir: path.join(root, '.bench', `corpus-${texts}`) });
		results.push({ texts, runs, dir: corpus.dir, builds: [] as BuildRun[] });
	}
	await rm(workDir, { recursive: true, force: true });

	// 2. Round by round, one build of each size per round, so that a change in the host's speed falls on every row alike.
	//    Outputs are removed only at the end: deleting thousands of files just before creating thousands
	//    slows ext4 down (see pipelineThroughput.ts).
	try {
		for (let i = 1; i <= Math.max(...results.map((r) => r.runs)); i++) {
			for (const result of results.filter((r) => i <= r.runs)) {
				const build = await buildOnce(root, result.dir, result.texts, path.join(workDir, `${result.texts}-${i}`));
				log(`full build, ${fixed(result.texts, 0)} texts: run ${i}/${result.runs}: pipeline ${seconds(build.pipeline)} s, astro build ${seconds(build.astro)} s, search ${seconds(build.search)} s, downloads ${seconds(build.downloads)} s; peak ${gigabytes(build.pipeline.peakRssBytes)} GB, ${gigabytes(build.astro.peakRssBytes)} GB, ${gigabytes(build.search.peakRssBytes)} GB, ${gigabytes(build.downloads.peakRssBytes)} GB; ${fixed(build.lines, 0)} lines printed`);
				result.builds.push(build);
			}
		}
	} finally {
		await rm(workDir, { recursive: true, force: true });
	}

	// 3. The figures: median (min–max) of each size's runs.
	const rows = results.map(({ texts, builds }) => {
		const of = (value: (b: BuildRun) => number) => summarize(builds.map(value));
		return {
			texts,
			builds,
			pipeline: of((b) => b.pipeline.wallMs / 1000),
			astro: of((b) => b.astro.wallMs / 1000),
			search: of((b) => b.search.wallMs / 1000),
			downloads: of((b) => b.downloads.wallMs / 1000),
			total: of((b) => (b.pipeline.wallMs + b.astro.wallMs + b.search.wallMs + b.downloads.wallMs) / 1000),
			pipelinePeak: of((b) => b.pipeline.peakRssBytes / 1e9),
			astroPeak: of((b) => b.astro.peakRssBytes / 1e9),
			searchPeak: of((b) => b.search.peakRssBytes / 1e9),
			downloadsPeak: of((b) => b.downloads.peakRssBytes / 1e9),
			totalPeak: of((b) => Math.max(b.pipeline.peakRssBytes, b.astro.peakRssBytes, b.search.peakRssBytes, b.downloads.peakRssBytes) / 1e9),
			processes: { pipeline: Math.max(...builds.map((b) => b.pipeline.processes)), astro: Math.max(...builds.map((b) => b.astro.processes)), search: Math.max(...builds.map((b) => b.search.processes)) },
			lines: of((b) => b.lines),
			warnings: of((b) => [...b.warnings.values()].reduce((n, count) => n + count, 0)),
			pages: of((b) => b.pages),
		};
	});
	const judged = rows.find((r) => r.texts === targetTexts);
	const notRun = `not run (BENCH_BUILD_SIZES has no ${fixed(targetTexts, 0)})`;
	const targets: Target[] = [
		{
			name: `full build wall time, ${fixed(targetTexts, 0)} texts`,
			goal: `< ${wallTarget / 60} min (build-corpus + astro build + search index + downloads)`,
			measured: judged ? `${fixed(judged.total.median, 0)} s (median of ${judged.builds.length}: ${fixed(judged.pipeline.median, 0)} s + ${fixed(judged.astro.median, 0)} s + ${fixed(judged.search.median, 0)} s + ${fixed(judged.downloads.median, 0)} s)` : notRun,
			met: judged ? judged.total.median < wallTarget : null,
		},
		{
			name: `full build peak memory, ${fixed(targetTexts, 0)} texts`,
			goal: `< ${fixed(memoryTarget / 1e9, 0)} GB (whole process tree)`,
			measured: judged ? `${fixed(judged.totalPeak.max, 2)} GB (worst of ${judged.builds.length})` : notRun,
			met: judged ? judged.totalPeak.max < memoryTarget / 1e9 : null,
		},
	];
	const kinds = rows.at(-1)?.builds.at(-1)?.warnings ?? new Map<string, number>();
	const processes = (phase: 'pipeline' | 'astro' | 'search') => Math.max(...rows.map((r) => r.processes[phase]));
	return {
		title: 'Full site build (npm run build)',
		method: [
			'Each run is what `npm run build` does, on a generated corpus kept in `.bench/corpus-N` (see "How to run"): `node',
			'scripts/build-corpus.ts` with `CORPUS_DIR` set to the corpus and `TEXTS_DIR` to a new folder under `.bench/build/`, then',
			'astro build with the same environment (the site reads the texts from `TEXTS_DIR`) into another new folder there, then',
			'scripts/build-search.ts and scripts/build-downloads.ts into that folder, each a',
			'child process on the same Node with `ASTRO_TELEMETRY_DISABLED=1`. Every build is cold: astro build runs through',
			'`scripts/bench/coldAstroBuild.ts`, which calls Astro\'s programmatic `build()` (what the `astro build` command calls) with a new, empty `cacheDir`, where Astro',
			'otherwise keeps its content layer data store between builds (node_modules/.astro). Wall time runs from spawn to exit of',
			`each phase; the total is their sum. Memory is sampled every ${sampleIntervalMs} ms as the sum of VmRSS (/proc/<pid>/status) over the`,
			'spawned process and all its descendants, found through the parent links in /proc/*/stat; a phase\'s peak is its highest',
			'sample, the total\'s the highest of the four phases (they run one after the other). The bench calls `sync` before each phase.',
			'Runs are taken in turns, one of each size per round. Cells read median (min–max). GB = 10^9 bytes.',
		].join(' '),
		tables: [
			{
				header: ['texts', 'runs', 'pipeline s', 'astro build s', 'search s', 'downloads s', 'total s', 'pipeline peak GB', 'astro build peak GB', 'search peak GB', 'downloads peak GB', 'total peak GB'],
				rows: rows.map((r) => [fixed(r.texts, 0), String(r.builds.length), cell(r.pipeline, 1), cell(r.astro, 1), cell(r.search, 1), cell(r.downloads, 1), cell(r.total, 1), cell(r.pipelinePeak, 2), cell(r.astroPeak, 2), cell(r.searchPeak, 2), cell(r.downloadsPeak, 2), cell(r.totalPeak, 2)]),
			},
			{
				header: ['texts', 'pages built', 'lines astro build printed', 'of them [WARN]'],
				rows: rows.map((r) => [fixed(r.texts, 0), cell(r.pages, 0), cell(r.lines, 0), cell(r.warnings, 0)]),
			},
		],
		targets,
		notes: [
			`Peaks are lower bounds: a spike shorter than ${sampleIntervalMs} ms between two samples is missed. VmRSS counts pages shared between processes once per process; no sample found more processes than ${processes('pipeline')} in build-corpus's tree (its workers are threads), ${processes('astro')} in astro build's and ${processes('search')} in the search stage's (Node and Pagefind's own process).`,
			'The project rule is that the build prints no noise. Lines are counted on stdout and stderr together, colour codes removed; a warning often spans several lines (a box quoting the source), and only its first holds `[WARN]`.' +
				(kinds.size ? ` Warnings by kind in the last build of ${fixed(rows.at(-1)!.texts, 0)} texts: ${[...kinds].map(([kind, n]) => `${kind} × ${fixed(n, 0)}`).join(', ')}.` : ''),
			'Wall times move with other work on the machine and its host (see the load average under Machine, and the opencc-js figure in the throughput section); peak memory much less so.',
		],
	};
}

/** Builds the corpus and then the site into new folders under `dir`, as `npm run build` does, measuring each phase. */
async function buildOnce(root: string, corpusDir: string, texts: number, dir: string): Promise<BuildRun> {
	const env = { ...process.env, CORPUS_DIR: corpusDir, TEXTS_DIR: path.join(dir, 'texts'), ASTRO_TELEMETRY_DISABLED: '1' };
	// Earlier runs' files still on their way to the disk would slow this run's writes.
	flushWrites();
	const pipeline = await processTreePeak(process.execPath, [path.join(root, 'scripts', 'build-corpus.ts')], { cwd: root, env });
	const built = Number(/^Corpus: (\d+) texts/m.exec(pipeline.stdout)?.[1]);
	if (pipeline.code !== 0 || built !== texts) throw new Error(`build-corpus exited with ${pipeline.code} and ${built} texts on ${corpusDir}:\n${pipeline.stderr.slice(0, 2000)}`);
	flushWrites();
	const astro = await processTreePeak(process.execPath, [path.join(import.meta.dirname, 'coldAstroBuild.ts'), path.join(dir, 'site'), path.join(dir, 'cache')], { cwd: root, env });
	if (astro.code !== 0) throw new Error(`astro build exited with ${astro.code} on ${corpusDir}:\n${astro.stderr.slice(-2000)}`);
	flushWrites();
	const search = await processTreePeak(process.execPath, [path.join(root, 'scripts', 'build-search.ts'), '--outDir', path.join(dir, 'site')], { cwd: root, env });
	if (search.code !== 0) throw new Error(`build-search exited with ${search.code} on ${corpusDir}:\n${search.stderr.slice(-2000)}`);
	flushWrites();
	const downloads = await processTreePeak(process.execPath, [path.join(root, 'scripts', 'build-downloads.ts'), '--outDir', path.join(dir, 'site')], { cwd: root, env });
	if (downloads.code !== 0) throw new Error(`build-downloads exited with ${downloads.code} on ${corpusDir}:\n${downloads.stderr.slice(-2000)}`);

	const lines = [astro.stdout, astro.stderr].flatMap(outputLines);
	const warnings = new Map<string, number>();
	for (const line of lines.filter((l) => l.includes('[WARN]'))) {
		const kind = /\[WARN\]((?: \[[^\]]+\])*)/.exec(line)![1].trim() || '(untagged)';
		warnings.set(kind, (warnings.get(kind) ?? 0) + 1);
	}
	const pages = Number(/(\d[\d,]*) page\(s\) built/.exec(lines.join('\n'))?.[1].replaceAll(',', ''));
	return { pipeline, astro, search, downloads, lines: lines.length, warnings, pages };
}

/** The lines of a process's output, colour codes removed. */
function outputLines(text: string): string[] {
	return text === '' ? [] : stripVTControlCharacters(text).replace(/\n$/, '').split('\n');
}

function seconds(run: TreeRun): string {
	return fixed(run.wallMs / 1000, 1);
}

function gigabytes(bytes: number): string {
	return fixed(bytes / 1e9, 2);
}

/** Median (min–max), or the one figure when every run gave the same (a single run, or a count). */
function cell(summary: Summary, decimals: number): string {
	return summary.min === summary.max ? fixed(summary.min, decimals) : spread(summary, decimals);
}

if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '..', '..');
	const machine = describeMachine();
	const section = await fullBuild(root, path.join(root, '.bench', 'build'), (line) => process.stderr.write(`bench: ${line}\n`));
	console.log(reportToText([section], machine));
}
