/**
 * The machine-readable downloads, as the site serves them: the corpus index lists every text,
 * and the index and every record validate against the JSON Schemas published beside them,
 * checked with an independent validator (Ajv, draft 2020-12).
 */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { basePath } from '../support/paths.ts';
import { slugs } from '../support/site.ts';
import { fetchJson, publishedCorpus } from './support.ts';

test('the corpus index lists every text, each with its record’s URL under data/texts/', async ({ request }) => {
	const { index, records } = await publishedCorpus(request);
	expect(index.texts.map((t) => t.slug).sort()).toEqual(slugs);
	for (const [i, text] of index.texts.entries()) {
		expect(new URL(text.record).pathname).toBe(`${basePath}data/texts/${text.slug}.json`);
		expect(records[i].slug).toBe(text.slug);
		expect(records[i].title).toEqual(text.title);
	}
});

test('the index and every record validate against the published JSON Schemas', async ({ request }) => {
	const { index, records } = await publishedCorpus(request);
	const ajv = addFormats.default(new Ajv2020({ allErrors: true, strict: true }));
	const validateRecord = ajv.compile(await fetchJson<object>(request, index.recordSchema));
	const validateIndex = ajv.compile(await fetchJson<object>(request, 'data/corpus-index.schema.json'));
	expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
	for (const record of records) expect(validateRecord(record), `${record.slug}: ${JSON.stringify(validateRecord.errors)}`).toBe(true);
});

test('the published glossary counts, and its concordances list, the uses that the records’ term notes make', async ({ request }) => {
	const { index, records } = await publishedCorpus(request);
	const glossary = await fetchJson<{ id: string; uses: number; texts: number }[]>(request, index.glossary);
	const uses: string[] = [];
	for (const term of glossary) {
		const concordance = await fetchJson<{ term: string; uses: { text: string; note: string }[] }>(request, `data/concordance/${term.id}.json`);
		expect(concordance.term).toBe(term.id);
		expect([concordance.uses.length, new Set(concordance.uses.map((use) => use.text)).size], term.id).toEqual([term.uses, term.texts]);
		uses.push(...concordance.uses.map((use) => `${term.id} ${use.text} ${use.note}`));
	}
	const notes = records.flatMap((r) => r.notes.flatMap((n) => (n.kind === 'term' ? [`${n.term} ${r.slug} ${n.id}`] : []))).sort();
	expect(notes.length).toBeGreaterThan(0);
	expect(uses.sort()).toEqual(notes);
});
