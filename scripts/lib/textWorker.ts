/**
 * A worker thread of the pipeline's `WorkerPool`: loads the pipeline (and OpenCC's dictionaries)
 * as soon as it starts, then runs batches of text jobs.
 */
import { detectScript } from '../../src/lib/script/detectScript.ts';
import { runTextJobs } from './textJob.ts';
import { serveBatches } from './workerPool.ts';

// Build detectScript's table now, while the main thread is still reading the corpus.
detectScript('');
serveBatches(runTextJobs);
