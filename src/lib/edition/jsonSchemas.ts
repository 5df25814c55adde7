import { z } from 'astro/zod';
import { corpusIndexSchema } from './corpusIndex.ts';
import { editionRecordSchema } from './recordSchema.ts';

/** The JSON Schemas the site publishes, generated from the zod schemas that define the data. */
const published = {
	record: { schema: editionRecordSchema, title: 'Edition record of one text' },
	index: { schema: corpusIndexSchema, title: 'Corpus index' },
};

/**
 * A published JSON Schema (draft 2020-12), identified by the URL it is published at. It accepts
 * what the zod schema accepts when it reads data, fields it does not know included (zod drops
 * them): a field added to the format does not break a reader of the old one (see `recordFormat`).
 */
export function jsonSchema(which: keyof typeof published, id: string): object {
	const { schema, title } = published[which];
	return { $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) };
}
