/**
 * Turns a folder of raw `.txt` sources into an edition record (JSON) and an MDX page source per
 * text, the texts' summaries, the corpus's glossary and the site's settings (from corpus.yaml),
 * for the site.
 *
 * Usage: `npm run corpus` (the bundled corpus in content/sources), or
 *        `CORPUS_DIR=path/to/texts npm run corpus` for another folder.
 *        `TEXTS_DIR` moves the output (default src/content/texts); the site reads it there too.
 *        `CORPUS_THREADS` sets how many threads build texts (default: one per CPU for 64 texts or more).
 * Exits non-zero, naming every bad file and the reason, and then writes nothing. `DEBUG=1` adds a
 * stack trace to a failure that is no source's fault.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishGlossary } from '../src/lib/edition/publishGlossary.ts';
import { formatReport } from '../src/lib/edition/formatReport.ts';
import { catalogueOrder } from '../src/lib/edition/catalogueOrder.ts';
import { siteSettings } from '../src/lib/edition/corpusSettings.ts';
import { concordanceFile, concordancePageFile, conversionFile, defaultTextsDir, glossaryFile, redirectsFile, siteSettingsFile, summariesFile } from '../src/lib/edition/outputFiles.ts';
import { useConversionTable } from '../src/lib/script/convertScript.ts';
import { SourceError } from '../src/lib/source/sourceError.ts';
import { textName } from '../src/lib/source/sourceFiles.ts';
import { checkLock } from '../src/lib/stability/passageLock.ts';
import { countSources, defaultCorpusDir, indexCorpus, passageLockFileName } from './lib/loadCorpus.ts';
import { conversionBatch } from '../src/lib/script/conversionBatch.ts';
import type { TextJob, TextJobResult, TextJobSettings } from './lib/textJob.ts';
import { threadCount, WorkerPool } from './lib/workerPool.ts';
import { openStagingFolder } from './lib/writeAtomically.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the records and MDX go and the site reads them (`TEXTS_DIR` overrides). */
const outputDir = path.resolve(root, process.env.TEXTS_DIR || defaultTextsDir);

async function run(): Promise<number> {
	// 1. Read the corpus folder's list and its shared data: corpus.yaml, conversion.yaml, editorial
	//    emendations, glossary, annotations. Worker threads for a large corpus start first, and load the pipeline meanwhile.
	const corpusDir = path.resolve(process.env.CORPUS_DIR || defaultCorpusDir);
	let threads: number;
	try {
		threads = threadCount(countSources(corpusDir));
	} catch (error) {
		console.error(`Corpus build failed: ${(error as Error).message}; nothing was written.`);
		return 1;
	}
	const pool = new WorkerPool<TextJob, TextJobSettings, TextJobResult>(new URL('./lib/textWorker.ts', import.meta.url), threads - 1);
	const { texts, annotationsByText, glossary, conversion, corpusFile, lock, changes, errors } = indexCorpus(corpusDir);

	// 2. Read each source, build its edition record and write the record and its MDX into a
	//    staging folder, a batch of texts at a time on each thread, so that only a few batches are
	//    held in memory. Every refusal is collected rather than stopping at the first; the staging
	//    folder is only put in place if there is none.
	const staging = await openStagingFolder(outputDir);
	const jobs = texts.map((text, index) => ({ index, text, annotations: annotationsByText.get(textName(text.file)) ?? [] }));
	const settings = { corpusDir, glossary, conversion, outputDir: errors.length ? undefined : staging.path };
	const loadRunner = async () => (await import('./lib/textJob.ts')).runTextJobs;
	const results = await pool.run(jobs, settings, { loadRunner, maxBatch: conversionBatch }).catch(async (error: unknown) => {
		await staging.discard(); // a bug, not a bad source: still leave no half-written folder behind
		throw error;
	});
	for (const result of results) if ('refused' in result) errors.push(...result.refused.map(({ file, reason }) => new SourceError(file, reason)));
	// A published passage id must keep its words, unless the change is recorded (README "Passage links that last").
	const built = results.flatMap((result) => ('row' in result ? [result] : []));
	const lockCheck = lock && errors.length === 0 ? checkLock(lock, built.map((text) => text.locked), changes) : undefined;
	for (const message of lockCheck?.errors ?? []) errors.push(new SourceError(passageLockFileName, message));
	if (errors.length) {
		await staging.discard();
		console.error(`Corpus build failed in ${corpusDir}; nothing was written.\n`);
		for (const error of errors) console.error(`✗ ${error.message}\n`);
		return 1;
	}

	// 3. Add the texts' summaries, the glossary and each entry's concordance, the site's settings and
	//    the former addresses of renamed texts; put the folder in place, report.
	useConversionTable(conversion); // for the glossary's glosses and the site's name, converted here
	await staging.write(siteSettingsFile, `${JSON.stringify(siteSettings(corpusFile, { glossary: glossary.size > 0 }), null, '\t')}\n`);
	await staging.write(summariesFile, `${JSON.stringify(catalogueOrder(built.map((text) => text.summary)), null, '\t')}\n`);
	await staging.write(conversionFile, `${JSON.stringify(conversion ?? { toTraditional: [], toSimplified: [] }, null, '\t')}\n`);
	const { terms, concordances } = publishGlossary(glossary.values(), built);
	await staging.write(glossaryFile, `${JSON.stringify(terms, null, '\t')}\n`);
	for (const [id, { pages, ...counts }] of concordances) {
		await staging.write(concordanceFile(id), `${JSON.stringify(counts)}\n`);
		for (const [i, page] of pages.entries()) await staging.write(concordancePageFile(id, i + 1), `${JSON.stringify(page)}\n`);
	}
	await staging.write(redirectsFile, `${JSON.stringify(lockCheck?.redirects ?? [], null, '\t')}\n`);
	await staging.commit();
	console.log(`Corpus: ${results.length} texts from ${corpusDir} → ${path.relative(root, outputDir)}\n`);
	console.log(formatReport(built.map((text) => text.row)));
	if (lockCheck?.unlocked) console.log(`\n${lockCheck.unlocked} passages are not in ${passageLockFileName} yet: npm run lock records them.`);
	return 0;
}

process.exitCode = await run().catch((error: unknown) => {
	// Not a source's fault (those are refused above, by name): a folder that cannot be written, or a bug.
	console.error(`Corpus build failed: ${(error as Error).message}; nothing was written.`);
	if (process.env.DEBUG === '1') console.error((error as Error).stack);
	else console.error('(Run with DEBUG=1 to see where.)');
	return 1;
});
