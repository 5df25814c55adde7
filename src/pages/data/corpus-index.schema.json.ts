/** JSON Schema of the corpus index, at `<base>data/corpus-index.schema.json`. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../lib/edition/jsonSchemas.ts';
import { dataFiles } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = ({ locals }) => Response.json(jsonSchema('index', locals.absolute(dataFiles.indexSchema)));
