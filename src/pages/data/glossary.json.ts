/** The glossary at `<base>data/glossary.json`: each term in both scripts, with its glosses and every use. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => Response.json((await getCollection('glossary')).map(({ data }) => data));
