/** The corpus index at `<base>data/index.json`: every text's summary and the URL of its record. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { catalogueOrder } from '../../lib/edition/catalogueOrder.ts';
import { corpusIndex } from '../../lib/edition/corpusIndex.ts';
import { dataFiles } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = async ({ locals: { absolute } }) => {
	const texts = catalogueOrder((await getCollection('texts')).map(({ data }) => data));
	return Response.json(corpusIndex(texts, { record: (slug) => absolute(dataFiles.record(slug)), recordSchema: absolute(dataFiles.recordSchema), glossary: absolute(dataFiles.glossary) }));
};
