import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { conversionBatch } from '../../src/lib/script/conversionBatch.ts';
import { envInteger } from './envInteger.ts';
import type { TextJob, TextJobResult, TextJobSettings } from './textJob.ts';

/**
 * Worker threads that help the main thread run the pipeline. Started before the corpus is read,
 * so they load the pipeline and OpenCC's dictionaries while the main thread reads. This module
 * does not load the pipeline itself: the main thread loads it only once the workers have work.
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
	 * order. Each thread reads the sources of its jobs and writes their records and MDX. Stops the
	 * workers when done.
	 */
	async run(jobs: TextJob[], settings: TextJobSettings): Promise<TextJobResult[]> {
		const results: TextJobResult[] = [];
		const threads = this.#workers.length + 1;
		let next = 0;
		// A quarter of each thread's share of what is left, at most a conversion batch; batches shrink
		// towards the end of the corpus, so that the threads finish together.
		const take = () => jobs.slice(next, (next += Math.min(conversionBatch, Math.ceil((jobs.length - next) / (4 * threads)))));
		const onMainThread = async () => {
			const { runTextJobs } = await import('./textJob.ts');
			for (let batch = take(); batch.length; batch = take()) {
				results.push(...runTextJobs(batch, settings));
				await nextTurn(); // let the workers' results in and send them more
			}
		};
		// Two batches in flight per worker, so it never waits while the main thread is busy.
		const onWorker = (worker: Worker) =>
			new Promise<void>((resolve, reject) => {
				let inFlight = 0;
				const feed = () => {
					for (let batch: TextJob[]; inFlight < 2 && (batch = take()).length; inFlight++) worker.postMessage(batch);
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
				worker.postMessage(settings);
				feed();
			});
		try {
			for (const worker of this.#workers) worker.ref();
			// The workers get their first jobs before the main thread starts on its own.
			const working = this.#workers.map(onWorker);
			await Promise.all([onMainThread(), ...working]);
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
