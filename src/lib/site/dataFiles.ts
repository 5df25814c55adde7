/**
 * The machine-readable downloads the site publishes (see README), each the path, under the site's
 * base path, of an endpoint in src/pages/data/.
 */
export const dataFiles = {
	/** Every text's summary and the URL of its record. */
	index: 'data/index.json',
	/** The glossary, each term with its uses. */
	glossary: 'data/glossary.json',
	/** JSON Schema of an edition record. */
	recordSchema: 'data/edition-record.schema.json',
	/** JSON Schema of the corpus index. */
	indexSchema: 'data/corpus-index.schema.json',
	/** A text's edition record. */
	record: (slug: string) => `data/texts/${encodeURIComponent(slug)}.json`,
};
