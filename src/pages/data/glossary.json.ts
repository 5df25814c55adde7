/** The glossary at `<base>data/glossary.json`: each entry in both scripts, with its glosses and how often the corpus uses it (the uses are in `data/concordance/<id>.json`), byte for byte as the pipeline wrote it. */
import type { APIRoute } from 'astro';
import { readGlossaryFile } from '../../data/generated.ts';

export const GET: APIRoute = () => new Response(readGlossaryFile(), { headers: { 'Content-Type': 'application/json' } });
