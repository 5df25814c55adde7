/**
 * A worker thread of `TextPool`: loads the pipeline (and OpenCC's dictionaries) as soon as it
 * starts, then takes its settings and runs batches of text jobs, posting their results back.
 */
import { parentPort } from 'node:worker_threads';
import type { GlossaryEntry } from '../../src/lib/annotationSchema.ts';
import { detectScript } from '../../src/lib/detectScript.ts';
import { runTextJob, type TextJob } from './textJob.ts';

/** The first message a worker receives; every later one is a batch of jobs. */
export interface TextWorkerSettings {
	glossary: Map<string, GlossaryEntry>;
	outputDir: string | undefined;
}

// Build detectScript's table now, while the main thread is still reading the corpus.
detectScript('');
let settings: TextWorkerSettings | undefined;
parentPort!.on('message', (message: TextWorkerSettings | TextJob[]) => {
	if (!settings) settings = message as TextWorkerSettings;
	else parentPort!.postMessage((message as TextJob[]).map((job) => runTextJob(job, settings!.glossary, settings!.outputDir)));
});
