import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flushWrites } from './outputWrite.ts';

/** One measured run of the corpus pipeline. */
export interface PipelineRun {
	/** Wall time from spawning the process to its exit, in milliseconds (start-up included). */
	wallMs: number;
	/** CPU time of the process (user + system, all its threads), in milliseconds. */
	cpuMs: number;
	/** Peak resident set size of the process, in bytes. */
	maxRssBytes: number;
	/** Number of texts the pipeline reported building. */
	texts: number;
}

const probe = pathToFileURL(path.join(import.meta.dirname, 'reportMaxRss.ts')).href;

/**
 * Runs `node scripts/build-corpus.ts` exactly as a user does, with `CORPUS_DIR` and `TEXTS_DIR`
 * set (and `CORPUS_THREADS` if `threads` is given), as a child process on the same Node binary.
 * `textsDir` should not exist yet, so every run does the same work; it is left for the caller to
 * remove later (see bench.ts). Pending writes are flushed first (`flushWrites`), so that each run starts
 * from the same state of the disk. Throws with the pipeline's own message if it fails.
 */
export async function runPipeline(root: string, corpusDir: string, textsDir: string, threads?: number): Promise<PipelineRun> {
	const usageFile = `${textsDir}.usage.json`;
	flushWrites(); // earlier runs' files still on their way to the disk would slow this run's writes
	const child = spawn(process.execPath, ['--import', probe, path.join(root, 'scripts', 'build-corpus.ts')], {
		cwd: root,
		env: { ...process.env, CORPUS_DIR: corpusDir, TEXTS_DIR: textsDir, BENCH_USAGE_FILE: usageFile, ...(threads ? { CORPUS_THREADS: String(threads) } : {}) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const started = performance.now();
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const wallMs = performance.now() - started;
	if (code !== 0) throw new Error(`build-corpus exited with ${code} on ${corpusDir}:\n${stderr.slice(0, 2000)}`);
	const texts = Number(/^Corpus: (\d+) texts/m.exec(stdout)?.[1] ?? NaN);
	const { cpuMs, maxRssBytes } = JSON.parse(await readFile(usageFile, 'utf8')) as Pick<PipelineRun, 'cpuMs' | 'maxRssBytes'>;
	await rm(usageFile, { force: true });
	return { wallMs, cpuMs, maxRssBytes, texts };
}
