/**
 * The machine-readable downloads the site publishes (see README), each the path, under the site's
 * base path, of an endpoint in src/pages/data/.
 */
export const dataFiles = {
	/** Every text's summary and the URL of its record. */
	index: 'data/index.json',
	/** The glossary: each entry with its glosses and how often the corpus uses it. */
	glossary: 'data/glossary.json',
	/** A glossary entry's concordance: every use, counted per text and per year. */
	concordance: (id: string) => `data/concordance/${encodeURIComponent(id)}.json`,
	/** JSON Schema of an edition record. */
	recordSchema: 'data/edition-record.schema.json',
	/** JSON Schema of the corpus index. */
	indexSchema: 'data/corpus-index.schema.json',
	/** Every text's reference and passages in both scripts, in one file. */
	corpus: 'data/corpus.json',
	/** A text's edition record. */
	record: (slug: string) => `data/texts/${encodeURIComponent(slug)}.json`,
};

/** The CSL styles and locales the Cite dialog loads (scripts/build-downloads.ts writes them). */
export const cslFiles = {
	style: (csl: string) => `data/csl/styles/${csl}.json`,
	locale: (lang: string) => `data/csl/locales/${lang}.json`,
};

/** A text's other downloads (scripts/build-downloads.ts writes them). */
export function textDownloads(slug: string) {
	const stem = `data/texts/${encodeURIComponent(slug)}`;
	return {
		csl: `${stem}.csl.json`,
		bibtex: `${stem}.bib`,
		ris: `${stem}.ris`,
		text: { hans: `${stem}.hans.txt`, hant: `${stem}.hant.txt` },
		/** Its notes as W3C Web Annotation (JSON-LD). */
		annotations: `${stem}.annotations.jsonld`,
	};
}

/** A text's reference in the formats reference managers import: file, name, media type. */
export function referenceFiles(slug: string): { file: string; name: string; type: string }[] {
	const files = textDownloads(slug);
	return [
		{ file: files.bibtex, name: 'BibTeX', type: 'application/x-bibtex' },
		{ file: files.ris, name: 'RIS', type: 'application/x-research-info-systems' },
		{ file: files.csl, name: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
	];
}
