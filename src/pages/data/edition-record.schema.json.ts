/** JSON Schema of an edition record, at `<base>data/edition-record.schema.json`. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../lib/edition/jsonSchemas.ts';
import { dataFiles, dataPath } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = ({ site }) => Response.json(jsonSchema('record', new URL(dataPath(import.meta.env.BASE_URL, dataFiles.recordSchema), site).href));
