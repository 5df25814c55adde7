import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, Worker } from 'node:worker_threads';
import { envInteger } from './envInteger.ts';

/** Runs a batch of jobs with the settings every job of a stage shares; plain data in and out, so it can run on a worker thread. */
export type BatchRunner<Job, Settings, Result> = (batch: Job[], settings: Settings) => Result[];

/**
 * Worker threads that help the main thread run a stage's jobs (the pipeline's texts, the
 * downloads). Started early, so each loads its modules while the main thread reads the corpus.
 * The main thread loads the job code itself only once the workers have work.
 */
export class WorkerPool<Job, Settings, Result extends { index: number }> {
	readonly #workers: Worker[];

	/** `workerFile` calls `serveBatches` with the same runner as `run` is given. */
	constructor(workerFile: URL, workerCount: number) {
		this.#workers = Array.from({ length: workerCount }, () => new Worker(workerFile));
		// Idle workers must not keep the process alive if the build stops before `run`.
		for (const worker of this.#workers) worker.unref();
	}

	/**
	 * Runs every job, on the main thread and the workers together, in batches of at most
	 * `maxBatch`, and returns the results sorted by their `index`. Stops the workers when done.
	 */
	async run(jobs: Job[], settings: Settings, { loadRunner, maxBatch }: { loadRunner: () => Promise<BatchRunner<Job, Settings, Result>>; maxBatch: number }): Promise<Result[]> {
		const results: Result[] = [];
		const threads = this.#workers.length + 1;
		let next = 0;
		// A quarter of each thread's share of what is left, at most `maxBatch`; batches shrink
		// towards the end, so that the threads finish together.
		const take = () => jobs.slice(next, (next += Math.min(maxBatch, Math.ceil((jobs.length - next) / (4 * threads)))));
		const onMainThread = async () => {
			const runBatch = await loadRunner();
			for (let batch = take(); batch.length; batch = take()) {
				results.push(...runBatch(batch, settings));
				await nextTurn(); // let the workers' results in and send them more
			}
		};
		// Two batches in flight per worker, so it never waits while the main thread is busy.
		const onWorker = (worker: Worker) =>
			new Promise<void>((resolve, reject) => {
				let inFlight = 0;
				const feed = () => {
					for (let batch: Job[]; inFlight < 2 && (batch = take()).length; inFlight++) worker.postMessage(batch);
					if (inFlight === 0) resolve();
				};
				worker.on('message', (done: Result[]) => {
					inFlight--;
					results.push(...done);
					feed();
				});
				// A worker only fails on a bug: a bad input comes back as a result. Once this promise
				// has resolved, the exit caused by stopping the workers changes nothing.
				worker.once('error', reject);
				worker.once('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code})`)));
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

/** A worker thread's side of `WorkerPool`: the first message holds the settings, every later one a batch, answered with its results. */
export function serveBatches<Job, Settings, Result>(runBatch: BatchRunner<Job, Settings, Result>): void {
	let settings: Settings | undefined;
	parentPort!.on('message', (message: Settings | Job[]) => {
		if (settings === undefined) settings = message as Settings;
		else parentPort!.postMessage(runBatch(message as Job[], settings));
	});
}

/** Stages with fewer jobs than this run on the main thread alone: starting workers would cost more. */
const minJobsForWorkers = 64;

/**
 * How many threads a stage uses: `CORPUS_THREADS` if set, otherwise one per available CPU when
 * it has enough jobs to gain from it.
 */
export function threadCount(jobCount: number): number {
	return envInteger('CORPUS_THREADS', jobCount >= minJobsForWorkers ? availableParallelism() : 1);
}
