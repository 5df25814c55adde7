/** The bundled corpus as search sees it: its five edition records and the fold table the search stage builds from them. */
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { foldTable } from '../../../src/lib/search/foldTable.ts';
import type { FoldTable } from '../../../src/lib/search/searchFold.ts';
import { recordOfSeed, seedFiles } from '../support/corpus.ts';

let records: Promise<EditionRecord[]> | undefined;
/** The five seeds' edition records, built once. */
export function corpusRecords(): Promise<EditionRecord[]> {
	records ??= Promise.all(seedFiles.map(recordOfSeed));
	return records;
}

let table: Promise<FoldTable> | undefined;
/** The fold table for the bundled corpus, from every passage in both scripts, as scripts/build-search.ts builds it. */
export function corpusTable(): Promise<FoldTable> {
	table ??= corpusRecords().then((all) => {
		const passages = all.flatMap((record) => record.passages);
		return foldTable({ simplified: passages.map((passage) => passage.text.hans), traditional: passages.map((passage) => passage.text.hant) });
	});
	return table;
}
