/** JSON Schema of the corpus index, at `<base>data/corpus-index.schema.json`. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../lib/edition/jsonSchemas.ts';
import { dataFiles, dataPath } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = ({ site }) => Response.json(jsonSchema('index', new URL(dataPath(import.meta.env.BASE_URL, dataFiles.indexSchema), site).href));
