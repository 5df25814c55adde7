/**
 * A worker thread of `TextPool`: loads the pipeline (and OpenCC's dictionaries) as soon as it
 * starts, then takes its settings and runs batches of text jobs, posting their results back.
 */
import { parentPort } from 'node:worker_threads';
import { detectScript } from '../../src/lib/script/detectScript.ts';
import { runTextJobs, type TextJob, type TextJobSettings } from './textJob.ts';

// Build detectScript's table now, while the main thread is still reading the corpus.
detectScript('');
let settings: TextJobSettings | undefined;
// The first message holds the settings; every later one is a batch of jobs.
parentPort!.on('message', (message: TextJobSettings | TextJob[]) => {
	if (!settings) settings = message as TextJobSettings;
	else parentPort!.postMessage(runTextJobs(message as TextJob[], settings!));
});
