/**
 * A glossary entry's concordance at `<base>data/concordance/<id>.json`: its uses counted per text
 * and per year, and every use with its line of context in both scripts, all pages in one file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { concordancePages } from '../../../lib/edition/outputFiles.ts';
import { readConcordance, readConcordancePage, readSiteSettings } from '../../../data/generated.ts';

export const getStaticPaths = (async () => {
	if (!readSiteSettings().glossary) return [];
	return (await getCollection('glossary')).map(({ data }) => ({ params: { id: data.id }, props: { pages: concordancePages(data.uses) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const id = params.id!;
	const { byText, byYear } = readConcordance(id);
	const { pages } = props as { pages: number };
	const uses = Array.from({ length: pages }, (_, i) => readConcordancePage(id, i + 1)).flat();
	return Response.json({ term: id, byText, byYear, uses });
};
