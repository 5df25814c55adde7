/**
 * The JSON Schemas the site publishes are generated from the zod schemas; an independent
 * validator (Ajv, JSON Schema draft 2020-12) must accept what the pipeline writes, refuse what
 * the zod schema refuses, and accept what it accepts.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { corpusIndex } from '../../../src/lib/edition/corpusIndex.ts';
import { jsonSchema } from '../../../src/lib/edition/jsonSchemas.ts';
import { editionRecordSchema, textSummarySchema } from '../../../src/lib/edition/recordSchema.ts';
import { recordOfSeed, seedFiles } from '../support/corpus.ts';

const ajv = addFormats.default(new Ajv2020({ allErrors: true, strict: true }));
const validateRecord = ajv.compile(jsonSchema('record', 'https://example.org/data/edition-record.schema.json'));
const validateIndex = ajv.compile(jsonSchema('index', 'https://example.org/data/corpus-index.schema.json'));

/** A record as a consumer reads it: parsed from the JSON the pipeline writes. */
const asRead = async (file: string) => JSON.parse(JSON.stringify(await recordOfSeed(file)));

describe('jsonSchema', () => {
	test('names itself by the URL it is published at, in draft 2020-12', () => {
		expect(jsonSchema('record', 'https://example.org/s.json')).toMatchObject({ $id: 'https://example.org/s.json', $schema: 'https://json-schema.org/draft/2020-12/schema' });
	});

	test.each([...seedFiles])('accepts the record of %s', async (file) => {
		const record = await asRead(file);
		expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
	});

	test.each([
		['a record without passages', (r: Record<string, unknown>) => delete r.passages],
		['an unknown note kind', (r: { notes: { kind: string }[] }) => (r.notes[0].kind = 'comment')],
		['a passage id that is not p and a line number', (r: { passages: { id: string }[] }) => (r.passages[0].id = 'line1')],
		['a note id that is not minted', (r: { notes: { id: string }[] }) => (r.notes[0].id = 'e1')],
		['a script that is neither', (r: { script: string }) => (r.script = 'zh')],
	])('refuses %s, as the zod schema does', async (_, spoil) => {
		const record = await asRead(seedFiles[0]);
		spoil(record);
		expect(editionRecordSchema.safeParse(record).success).toBe(false);
		expect(validateRecord(record)).toBe(false);
	});

	test('accepts a field a later version of the format may add, as the zod schema does', async () => {
		const record = { ...(await asRead(seedFiles[0])), addedLater: { any: 'thing' } };
		expect(editionRecordSchema.safeParse(record).success).toBe(true);
		expect(validateRecord(record)).toBe(true);
	});

	test('accepts a corpus index of the seeds', async () => {
		const texts = await Promise.all(seedFiles.map(async (file) => textSummarySchema.parse(await recordOfSeed(file))));
		const index = corpusIndex(texts, { record: (slug) => `https://example.org/data/texts/${slug}.json`, recordSchema: 'https://example.org/s.json', glossary: 'https://example.org/g.json' });
		expect(validateIndex(JSON.parse(JSON.stringify(index))), JSON.stringify(validateIndex.errors)).toBe(true);
		expect(validateIndex({ ...index, texts: [{ ...index.texts[0], record: 'not a url' }] })).toBe(false);
	});
});
