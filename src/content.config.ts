import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { glossaryEntrySchema } from './lib/annotations/annotationSchema.ts';
import { glossaryOutput } from './lib/edition/glossaryOutput.ts';
import { textFrontmatterSchema } from './lib/edition/schema.ts';

/** Where scripts/build-corpus.ts writes the generated texts and glossary (`TEXTS_DIR` moves them). */
const generated = process.env.TEXTS_DIR || './src/content/texts';

/** The generated texts: one MDX file per source. */
const texts = defineCollection({
	loader: glob({ pattern: '*.mdx', base: generated }),
	schema: textFrontmatterSchema,
});

/** The glossary, copied from the corpus folder's glossary.yaml. */
const glossary = defineCollection({
	loader: file(`${generated}/${glossaryOutput}`),
	schema: glossaryEntrySchema,
});

export const collections = { texts, glossary };
