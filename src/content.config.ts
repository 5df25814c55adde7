import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { textFrontmatterSchema } from './lib/schema.ts';

/** The generated texts: one MDX file per source, written by scripts/build-corpus.ts (`TEXTS_DIR` moves them). */
const texts = defineCollection({
	loader: glob({ pattern: '*.mdx', base: process.env.TEXTS_DIR || './src/content/texts' }),
	schema: textFrontmatterSchema,
});

export const collections = { texts };
