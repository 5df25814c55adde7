/**
 * `npm run lock`: records every passage of the corpus as built now in the corpus folder's
 * `passages.lock.json`, which the build then checks (README "Passage links that last"). It runs
 * after `npm run corpus` (the npm script runs both), whose check must have passed: every change to
 * published text recorded in `passage-changes.yaml`. Slugs a text had before are kept, so that
 * their redirect pages last; the changes recorded so far are absorbed, so a later change to the same
 * passage needs an entry of its own.
 *
 * Usage: npm run lock   (CORPUS_DIR and TEXTS_DIR as for `npm run corpus`)
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readRecord, readSummaries } from '../src/data/generated.ts';
import { lockedText, makeLock } from '../src/lib/stability/passageLock.ts';
import { passageLockSchema } from '../src/lib/stability/passageLockSchema.ts';
import { defaultCorpusDir, indexCorpus, passageLockFileName } from './lib/loadCorpus.ts';

const corpusDir = path.resolve(process.env.CORPUS_DIR || defaultCorpusDir);
const lockFile = path.join(corpusDir, passageLockFileName);
const previous = existsSync(lockFile) ? passageLockSchema.parse(JSON.parse(readFileSync(lockFile, 'utf8'))) : undefined;
// `npm run lock` has just built the corpus, so its passage-changes.yaml was read and found good.
const lock = makeLock(readSummaries().map((summary) => lockedText(readRecord(summary.slug))), previous, indexCorpus(corpusDir).changes);
await writeFile(lockFile, `${JSON.stringify(lock, null, '\t')}\n`);
const passages = Object.values(lock.texts).reduce((sum, text) => sum + Object.keys(text.passages).length, 0);
console.log(`Locked ${passages} passages of ${Object.keys(lock.texts).length} texts in ${path.relative(process.cwd(), lockFile)}${previous ? '' : ' (a new lock)'}.`);
