/** The corpus index at `<base>data/index.json`: every text's summary, from its record, and the URL of the record. */
import type { APIRoute } from 'astro';
import { readSummaries } from '../../data/generated.ts';
import { corpusIndex } from '../../lib/edition/corpusIndex.ts';
import { dataFiles } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = ({ locals: { absolute } }) =>
	Response.json(corpusIndex(readSummaries(), { record: (slug) => absolute(dataFiles.record(slug)), recordSchema: absolute(dataFiles.recordSchema), glossary: absolute(dataFiles.glossary) }));
