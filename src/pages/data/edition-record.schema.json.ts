/** JSON Schema of an edition record, at `<base>data/edition-record.schema.json`. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../lib/edition/jsonSchemas.ts';
import { dataFiles } from '../../lib/site/dataFiles.ts';

export const GET: APIRoute = ({ locals }) => Response.json(jsonSchema('record', locals.absolute(dataFiles.recordSchema)));
