/** A text's edition record at `<base>data/texts/<slug>.json`, byte for byte as the pipeline wrote it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readRecordFile } from '../../../data/generated.ts';

export const getStaticPaths = (async () => (await getCollection('texts')).map(({ data }) => ({ params: { slug: data.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readRecordFile(params.slug!), { headers: { 'Content-Type': 'application/json' } });
