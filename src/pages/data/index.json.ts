/** The corpus index at `<base>data/index.json`: every text's summary and the URL of its record. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { corpusIndex } from '../../lib/edition/corpusIndex.ts';
import { catalogueOrder } from '../../lib/site/catalogueOrder.ts';
import { dataFiles, dataPath } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = async ({ site }) => {
	const url = (file: string) => new URL(dataPath(import.meta.env.BASE_URL, file), site).href;
	const texts = catalogueOrder((await getCollection('texts')).map(({ data }) => data));
	const index = corpusIndex(texts, { record: (slug) => url(dataFiles.record(slug)), recordSchema: url(dataFiles.recordSchema), glossary: url(dataFiles.glossary) });
	return Response.json(index);
};
