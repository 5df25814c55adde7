import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { readGlossaryFile, textsDir } from './data/generated.ts';
import { glossaryTermSchema } from './lib/annotations/glossarySchema.ts';
import { textSummarySchema } from './lib/edition/recordSchema.ts';

/**
 * The generated texts: one MDX page source per text, whose frontmatter is the text's summary.
 * The body (only `<Passage>` elements) is not kept in the content store: pages render it from
 * the compiled module, with the passages from the text's edition record.
 */
const texts = defineCollection({
	loader: glob({ pattern: '*.mdx', base: textsDir, retainBody: false }),
	schema: textSummarySchema,
});

/**
 * The glossary as the pipeline publishes it: each term with its gloss in both scripts and how
 * often it is used (its uses are read a page at a time, `readConcordancePage`). Read by an inline
 * loader: `file()` warns at every build of a corpus without a glossary.
 */
const glossary = defineCollection({
	loader: () => JSON.parse(readGlossaryFile()),
	schema: glossaryTermSchema,
});

export const collections = { texts, glossary };
