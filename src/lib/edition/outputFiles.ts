/** What the pipeline writes into its output folder (`TEXTS_DIR`), where the site reads it. */

/** The output folder when `TEXTS_DIR` is not set, relative to the project root. */
export const defaultTextsDir = 'src/content/texts';

/** A text's edition record, beside its MDX. */
export function recordFile(slug: string): string {
	return `${slug}.json`;
}

/** A text's MDX page source. */
export function mdxFile(slug: string): string {
	return `${slug}.mdx`;
}

/** The published glossary, in a folder of its own so that no text's file name can collide with it. */
export const glossaryFile = 'corpus/glossary.json';

/** A glossary entry's concordance: its uses counted per text and per year. */
export function concordanceFile(id: string): string {
	return `corpus/concordance/${id}.json`;
}

/** One page of a glossary entry's uses, from 1. */
export function concordancePageFile(id: string, page: number): string {
	return `corpus/concordance/${id}/${page}.json`;
}

/** Uses on a page of a concordance: a page of the site, and a file the pipeline writes. */
export const concordancePageSize = 500;

/** How many pages of uses a concordance of `uses` has: at least one, which says when the term is not used. */
export function concordancePages(uses: number): number {
	return Math.max(1, Math.ceil(uses / concordancePageSize));
}

/** Every text's summary, taken from its record, in catalogue order: what the corpus index lists. */
export const summariesFile = 'corpus/texts.json';

/** An edition record as the pipeline writes and the site publishes it: compact JSON and a final newline. */
export function recordJson(record: object): string {
	return `${JSON.stringify(record)}\n`;
}

/** The site's settings, resolved from the corpus's `corpus.yaml` (`siteSettings`). */
export const siteSettingsFile = 'corpus/site.json';

/** The corpus's script-conversion overrides (its `conversion.yaml`) as the pipeline used them, for the search stage. */
export const conversionFile = 'corpus/conversion.json';

/** Former slugs of renamed texts and the slug each now has (from the passage lock), for redirect pages. */
export const redirectsFile = 'corpus/redirects.json';
