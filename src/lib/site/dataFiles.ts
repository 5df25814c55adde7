import { normalizeBasePath } from './siteAddress.ts';

/**
 * The machine-readable downloads the site publishes under `<base>data/` (see README), each the
 * path of an endpoint in src/pages/data/.
 */
export const dataFiles = {
	/** Every text's summary and the URL of its record. */
	index: 'index.json',
	/** The glossary, each term with its uses. */
	glossary: 'glossary.json',
	/** JSON Schema of an edition record. */
	recordSchema: 'edition-record.schema.json',
	/** JSON Schema of the corpus index. */
	indexSchema: 'corpus-index.schema.json',
	/** A text's edition record. */
	record: (slug: string) => `texts/${encodeURIComponent(slug)}.json`,
};

/** The path of a published data file under the site's base path. */
export function dataPath(base: string, file: string): string {
	return `${normalizeBasePath(base)}data/${file}`;
}
