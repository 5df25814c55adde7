import { availableParallelism } from 'node:os';
import path from 'node:path';
import { conversionBatch } from '../../src/lib/script/conversionBatch.ts';
import { quotedOpenccRate } from './openccReference.ts';
import { timeOutputWrite } from './outputWrite.ts';
import type { BenchSection, Target } from './report.ts';
import { runPipeline, type PipelineRun } from './runPipeline.ts';
import { fixed, megabytes, spread, summarize } from './stats.ts';

/** End-to-end throughput the issue asks for, in MB of source per second. */
const throughputTarget = 10;
/** Peak memory the issue allows for a corpus of `memoryTargetTexts` texts, in bytes. */
const memoryTarget = 1e9;
/** Corpus size the memory target is stated for. */
const memoryTargetTexts = 5000;

/** A corpus folder to run the pipeline on. */
export interface BenchCorpus {
	label: string;
	dir: string;
	texts: number;
	/** Total bytes of its `.txt` sources. */
	sourceBytes: number;
	/** How many times to run the pipeline on it. */
	runs: number;
	/** `CORPUS_THREADS` for its runs; unset, build-corpus chooses. */
	threads?: number;
	/** Measures opencc-js alone beside each run (MB/s; see openccReference.ts). */
	reference?: () => number;
}

/**
 * Section: the pipeline end to end, `node scripts/build-corpus.ts` in a child process, several runs
 * per corpus, taken in turns. The throughput and memory targets are judged on the last (largest) corpus.
 */
export async function pipelineThroughput(root: string, corpora: BenchCorpus[], outDir: string, log: (line: string) => void): Promise<BenchSection> {
	const outputOf = (corpus: BenchCorpus, run: number) => path.join(outDir, `${corpus.label.replace(/\W+/g, '-')}-${run}`);
	const results = corpora.map((corpus) => ({ corpus, runs: [] as PipelineRun[], reference: [] as number[] }));
	// Round by round, one run of each corpus per round, so that a change in the host's speed
	// during the bench falls on every row alike.
	for (let i = 1; i <= Math.max(...corpora.map((c) => c.runs)); i++) {
		for (const { corpus, runs, reference } of results.filter((r) => i <= r.corpus.runs)) {
			const run = await runPipeline(root, corpus.dir, outputOf(corpus, i), corpus.threads);
			if (run.texts !== corpus.texts) throw new Error(`the pipeline built ${run.texts} texts from ${corpus.dir}, expected ${corpus.texts}`);
			if (corpus.reference) reference.push(corpus.reference());
			log(`${corpus.label}: run ${i}/${corpus.runs}: ${fixed(run.wallMs / 1000, 2)} s wall, ${fixed(run.cpuMs / 1000, 2)} s CPU, peak ${fixed(megabytes(run.maxRssBytes), 0)} MB${corpus.reference ? `; opencc-js alone ${fixed(reference.at(-1)!, 1)} MB/s` : ''}`);
			runs.push(run);
		}
	}
	// The largest corpus's last output, written again alone: the machine's share of a run.
	const last = corpora.at(-1)!;
	const rewrite = timeOutputWrite(outputOf(last, last.runs), 3);
	log(`rewrote ${rewrite.files} files (${fixed(megabytes(rewrite.bytes), 0)} MB) in ${rewrite.seconds.map((s) => fixed(s, 2)).join(', ')} s`);

	const rows = results.map(({ corpus, runs, reference }) => {
		const wall = summarize(runs.map((r) => r.wallMs / 1000));
		const cpu = summarize(runs.map((r) => r.cpuMs / 1000));
		const rate = summarize(runs.map((r) => megabytes(corpus.sourceBytes) / (r.wallMs / 1000)));
		const rss = summarize(runs.map((r) => megabytes(r.maxRssBytes)));
		const cells = [corpus.label, fixed(corpus.texts, 0), fixed(megabytes(corpus.sourceBytes), 2), String(runs.length), spread(wall, 2), spread(cpu, 2), spread(rate, 2), spread(rss, 0)];
		// Each run against the opencc-js measurement taken right after it, so both saw the same machine.
		const relative = reference.length ? summarize(runs.map((r, i) => megabytes(corpus.sourceBytes) / (r.wallMs / 1000) / reference[i])) : undefined;
		return { corpus, wall, cpu, rate, rss, cells, reference: reference.length ? summarize(reference) : undefined, relative };
	});

	const largest = rows.at(-1)!;
	const smallest = rows[0];
	const targets: Target[] = [
		{
			name: `throughput, ${largest.corpus.label}`,
			goal: `≥ ${throughputTarget} MB/s`,
			measured: `${fixed(largest.rate.median, 2)} MB/s (median of ${largest.corpus.runs})`,
			met: largest.rate.median >= throughputTarget,
		},
		...(largest.relative
			? [
					{
						name: `throughput against opencc-js alone, ${largest.corpus.label}`,
						goal: `≥ ${fixed(throughputTarget / quotedOpenccRate, 2)}× (the issue's ${throughputTarget} MB/s against the ${quotedOpenccRate} MB/s it quotes for opencc-js)`,
						measured: `${fixed(largest.relative.median, 2)}× (median of ${largest.corpus.runs} runs, each against opencc-js timed right after it)`,
						met: largest.relative.median >= throughputTarget / quotedOpenccRate,
					},
				]
			: []),
		{
			name: `peak memory, ${largest.corpus.label}`,
			goal: `< ${fixed(megabytes(memoryTarget), 0)} MB for ${fixed(memoryTargetTexts, 0)} texts`,
			measured: `${fixed(largest.rss.max, 0)} MB (worst of ${largest.corpus.runs})`,
			met: largest.corpus.texts >= memoryTargetTexts ? largest.rss.max < megabytes(memoryTarget) : null,
		},
	];
	const perText = (largest.rss.median - smallest.rss.median) / (largest.corpus.texts - smallest.corpus.texts);
	const oneThread = rows.find((r) => r !== largest && r.corpus.threads === 1 && r.corpus.dir === largest.corpus.dir);
	return {
		title: 'Pipeline throughput (end to end)',
		method: [
			'Each run is `node scripts/build-corpus.ts` in a child process on the same Node, with `CORPUS_DIR` set to the corpus and',
			'`TEXTS_DIR` to a new folder under `.bench/out/` (all removed when the bench ends, not between runs: creating thousands',
			'of files just after deleting thousands is several times slower on ext4, which skips recently freed inodes). Before each',
			'run the bench calls `sync`, so that no run waits on the disk for the files the runs before it wrote. Unless a',
			'row says otherwise build-corpus chooses its threads, one per CPU for 64 texts or more. Runs are taken in turns, one of each',
			'corpus per round, so a change in the host\'s speed falls on every row alike. Wall time runs from spawn to exit, so Node',
			'start-up, module loading and writing the MDX files are included; MB/s is source bytes (`.txt` files only) per second of',
			'wall time. CPU time (user + system, all threads) and peak memory (maximum resident set size) come from the child\'s',
			'own `getrusage`, reported on exit by a preloaded `scripts/bench/reportMaxRss.ts`. Cells read median (min–max). On a',
			'virtual machine whose host is busy both wall and CPU time grow, which the opencc-js figure measured beside each run shows.',
		].join(' '),
		tables: [{ header: ['corpus', 'texts', 'source MB', 'runs', 'wall s', 'CPU s', 'MB/s', 'peak RSS MB'], rows: rows.map((r) => r.cells) }],
		targets,
		notes: [
			...(largest.reference
				? [
						`Machine speed: beside each run of ${largest.corpus.label} the bench times opencc-js's own one-step converters (cn → tw, tw → cn, one thread) turning each source into its other script: ${spread(largest.reference, 1)} MB/s, where the issue quotes about ${quotedOpenccRate} MB/s for this machine. The machine's speed moves with other work on its host, so the second throughput target compares the pipeline with opencc-js measured at the same time; the first is the issue's figure as it stands.`,
					]
				: []),
			`Writing alone: the ${fixed(rewrite.files, 0)} files (${fixed(megabytes(rewrite.bytes), 0)} MB) of the last run of ${largest.corpus.label}, written again from memory into a new folder, took ${spread(summarize(rewrite.seconds), 2)} s on this machine during the bench (median of ${rewrite.seconds.length}; ${fixed((100 * summarize(rewrite.seconds).median) / largest.wall.median, 0)}% of the pipeline's median wall time, though the pipeline spreads its writes over its threads).`,
			...(oneThread
				? [
						`Threads: on this machine's ${availableParallelism()} CPUs build-corpus takes ${fixed(largest.wall.median, 2)} s against ${fixed(oneThread.wall.median, 2)} s on one thread (${fixed(oneThread.wall.median / largest.wall.median, 2)}× faster), for ${fixed(largest.cpu.median / oneThread.cpu.median, 2)}× the CPU time: each worker loads the pipeline and the dictionaries again, and two threads on one machine's CPUs run slower each than one alone.`,
					]
				: []),
			`The five sources take ${fixed(smallest.wall.median, 2)} s, almost all of it fixed cost (Node start-up, loading modules and opencc-js's dictionaries), so their MB/s says little; the targets are judged on ${largest.corpus.label}.`,
			`By CPU time instead of wall time, ${largest.corpus.label} go through ${fixed(megabytes(largest.corpus.sourceBytes) / largest.cpu.median, 2)} MB per CPU-second (CPU time exceeds wall time when garbage collection and file I/O run on helper threads).`,
			`Peak memory grows by about ${fixed(perText * 1000, 0)} KB per text (${fixed(smallest.rss.median, 0)} MB for ${smallest.corpus.texts} texts, ${fixed(largest.rss.median, 0)} MB for ${fixed(largest.corpus.texts, 0)}), ${fixed((perText * 1e6) / (largest.corpus.sourceBytes / largest.corpus.texts), 0)}× the size of an average source, on top of the ${fixed(smallest.rss.median, 0)} MB any run needs (Node, the modules, opencc-js's dictionaries): build-corpus holds every parsed YAML entry (emendations, annotations) from the start, and each thread reads, builds, converts and writes a batch of up to ${conversionBatch} texts at a time; each worker thread loads its own copy of the pipeline and the dictionaries.`,
		],
	};
}
