/**
 * The search stage of `npm run build`: indexes every passage of the corpus (the edition records in
 * `TEXTS_DIR`) with Pagefind into `<outDir>/pagefind/`, and publishes what the search page needs
 * beside it in `<outDir>/search-data/`: the fold table, the shards and the number of passages
 * (`config.json`), and each text's view per script. A corpus with nothing to search gets no index,
 * and the search page says so. See src/lib/search/searchData.ts for what a record holds.
 *
 * Usage: node scripts/build-search.ts --outDir <built site folder>
 * `SEARCH_SHARD_CHARACTERS` sets how many index tokens (characters of the passages' keys, both
 * scripts' where they differ) go into one shard of the index (default 1,000,000: Pagefind's memory
 * and time grow faster than the tokens it indexes at once; on 5,000 generated texts, 11 shards of
 * 1,000,000 two at a time took 59 s at 1.07 GB peak, 8 of 1,500,000 one at a time 101 s at 1.20 GB).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { readConversionTable, readRecord, readSummaries } from '../src/data/generated.ts';
import { useConversionTable } from '../src/lib/script/convertScript.ts';
import { scriptSchema } from '../src/lib/script/scriptSchema.ts';
import { foldTable } from '../src/lib/search/foldTable.ts';
import { indexRecords, searchable, searchText, searchTextPath, type IndexRecord } from '../src/lib/search/searchData.ts';
import { searchConfigSchema, type SearchConfig } from '../src/lib/search/searchDataSchema.ts';
import { envInteger } from './lib/envInteger.ts';

/** Shards indexed at once. */
const concurrentShards = 2;

/** Pagefind's own user interfaces and its worker, which the search page does not use. */
const unused = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js'];

/** Writes one shard of the index into `dir`, then drops it from Pagefind's process, which frees its memory. */
async function writeShard(records: IndexRecord[], dir: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (let at = 0; at < records.length; at += 256) {
		const added = await Promise.all(records.slice(at, at + 256).map((record) => index.addCustomRecord({ ...record, language: 'zxx' })));
		const failed = added.flatMap((result) => result.errors);
		if (failed.length) throw new Error(`Pagefind refused a record: ${failed.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: dir });
	if (written.errors.length) throw new Error(`Pagefind could not write ${dir}: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	await Promise.all(unused.map((file) => rm(path.join(dir, file), { force: true })));
}

async function run(): Promise<number> {
	const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
	if (!values.outDir) throw new Error('Usage: node scripts/build-search.ts --outDir <built site folder>');
	const outDir = path.resolve(values.outDir);
	const shardCharacters = envInteger('SEARCH_SHARD_CHARACTERS', 1_000_000);

	useConversionTable(readConversionTable());
	const records = readSummaries().map((summary) => searchable(readRecord(summary.slug)));
	const passages = records.flatMap((record) => record.passages);
	const table = foldTable({ simplified: passages.map((passage) => passage.text.hans), traditional: passages.map((passage) => passage.text.hant) });

	// Shards of whole texts, in catalogue order; a shard is opened only for records to put in it.
	const shards: IndexRecord[][] = [];
	let tokens = Infinity;
	for (const record of records) {
		const passages = indexRecords(record, table);
		if (passages.length === 0) continue;
		if (tokens >= shardCharacters) {
			shards.push([]);
			tokens = 0;
		}
		shards.at(-1)!.push(...passages);
		tokens += passages.reduce((sum, passage) => sum + passage.content.length / 2, 0);
	}
	const shardDirs = shards.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind/shard-${i}/`));
	// Two shards at a time: Pagefind indexes each on one core.
	let next = 0;
	const worker = async () => {
		for (let i = next++; i < shards.length; i = next++) await writeShard(shards[i], path.join(outDir, shardDirs[i]));
	};
	await Promise.all(Array.from({ length: Math.min(concurrentShards, shards.length) }, worker));
	if (shards.length) await pagefind.close();

	const config: SearchConfig = searchConfigSchema.parse({ fold: table, shards: shardDirs, passages: shards.reduce((sum, shard) => sum + shard.length, 0) });
	await mkdir(path.join(outDir, 'search-data'), { recursive: true });
	await writeFile(path.join(outDir, 'search-data', 'config.json'), JSON.stringify(config));
	for (const script of scriptSchema.options) {
		await mkdir(path.join(outDir, 'search-data', script), { recursive: true });
		for (const record of records) await writeFile(path.join(outDir, decodeURIComponent(searchTextPath(script, record.slug))), JSON.stringify(searchText(record, script)));
	}
	console.log(`Search: ${config.passages} passages of ${records.length} texts indexed${shards.length > 1 ? ` in ${shards.length} shards` : ''}.`);
	return 0;
}

process.exitCode = await run().catch((error: unknown) => {
	console.error(`Search index failed: ${(error as Error).message}`);
	if (process.env.DEBUG === '1') console.error((error as Error).stack);
	return 1;
});
