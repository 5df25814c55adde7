/** The glossary at `<base>data/glossary.json`: each term in both scripts, with its glosses and every use, byte for byte as the pipeline wrote it. */
import type { APIRoute } from 'astro';
import { readGlossaryFile } from '../../data/generated.ts';

export const GET: APIRoute = () => new Response(readGlossaryFile(), { headers: { 'Content-Type': 'application/json' } });
