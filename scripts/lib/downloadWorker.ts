/** A worker thread of the downloads stage's `WorkerPool`: writes batches of texts' downloads. */
import { writeTextDownloads } from './downloadJob.ts';
import { serveBatches } from './workerPool.ts';

serveBatches(writeTextDownloads);
