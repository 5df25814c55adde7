import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { GlossaryEntry } from '../../src/lib/annotationSchema.ts';
import { envInteger } from './envInteger.ts';
import { runTextJob, type TextJob, type TextJobResult } from './textJob.ts';
import type { TextWorkerSettings } from './textWorker.ts';

/** Texts a worker thread gets at a time: enough to make messages cheap, few enough to share out evenly. */
const workerBatch = 16;
/** Texts the main thread runs between looks at the workers' messages. */
const mainBatch = 4;

/**
 * Worker threads that help the main thread run the pipeline. Started before the corpus is read,
 * so they load the pipeline and OpenCC's dictionaries while the main thread reads.
 */
export class TextPool {
	readonly #workers: Worker[];

	constructor(workerCount: number) {
		this.#workers = Array.from({ length: workerCount }, () => new Worker(new URL('./textWorker.ts', import.meta.url)));
		// Idle workers must not keep the process alive if the build stops before `run`.
		for (const worker of this.#workers) worker.unref();
	}

	/**
	 * Runs every job, on the main thread and the workers together, and returns the results in job
	 * order. Each text's MDX is written into `outputDir` by the thread that built it (nothing is
	 * written when it is undefined). Empties `jobs` as it goes, so that each source can be freed once
	 * its text is written. Stops the workers when done.
	 */
	async run(jobs: TextJob[], glossary: Map<string, GlossaryEntry>, outputDir: string | undefined): Promise<TextJobResult[]> {
		const results: TextJobResult[] = [];
		let next = 0;
		const take = (count: number) => {
			const batch = jobs.slice(next, (next += count));
			jobs.fill(undefined as never, next - batch.length, next);
			return batch;
		};
		const onMainThread = async () => {
			for (let batch = take(mainBatch); batch.length; batch = take(mainBatch)) {
				for (const job of batch) results.push(runTextJob(job, glossary, outputDir));
				await nextTurn(); // let the workers' results in and send them more
			}
		};
		// Two batches in flight per worker, so it never waits while the main thread is busy.
		const onWorker = (worker: Worker) =>
			new Promise<void>((resolve, reject) => {
				let inFlight = 0;
				const feed = () => {
					for (let batch: TextJob[]; inFlight < 2 && (batch = take(workerBatch)).length; inFlight++) worker.postMessage(batch);
					if (inFlight === 0) resolve();
				};
				worker.on('message', (done: TextJobResult[]) => {
					inFlight--;
					results.push(...done);
					feed();
				});
				// A worker only fails on a bug: a refused source comes back as a result. Once this
				// promise has resolved, the exit caused by stopping the workers changes nothing.
				worker.once('error', reject);
				worker.once('exit', (code) => reject(new Error(`a pipeline worker stopped (exit code ${code})`)));
				worker.postMessage({ glossary, outputDir } satisfies TextWorkerSettings);
				feed();
			});
		try {
			for (const worker of this.#workers) worker.ref();
			await Promise.all([onMainThread(), ...this.#workers.map(onWorker)]);
		} finally {
			await Promise.all(this.#workers.map((worker) => worker.terminate()));
		}
		return results.sort((a, b) => a.index - b.index);
	}
}

/** Corpora smaller than this are built on the main thread alone: starting workers would cost more. */
const minTextsForWorkers = 64;

/**
 * How many threads build the texts: `CORPUS_THREADS` if set, otherwise one per available CPU
 * for a corpus large enough to gain from it.
 */
export function threadCount(textCount: number): number {
	return envInteger('CORPUS_THREADS', textCount >= minTextsForWorkers ? availableParallelism() : 1);
}
