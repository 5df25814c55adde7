/**
 * What the search stage publishes beside Pagefind's index, under `<base>search-data/`: the only
 * definition of those files' shapes. The browser imports the types alone.
 */
import { z } from 'astro/zod';

/** `search-data/config.json`: the fold table and where each shard of the index is, relative to the base path. */
export const searchConfigSchema = z
	.object({
		fold: z.record(z.string(), z.string()),
		/** Empty only when the corpus has no passage with a letter or digit in it. */
		shards: z.array(z.string()),
		passages: z.number().int(),
	})
	.refine((config) => config.shards.length > 0 || config.passages === 0, 'passages were indexed, so there must be a shard');
export type SearchConfig = z.infer<typeof searchConfigSchema>;

/** `search-data/<script>/<slug>.json`: what a result shows of a text, in one script. */
export const searchTextSchema = z.object({
	slug: z.string(),
	title: z.string(),
	date: z.string().nullable(),
	outlet: z.string().nullable(),
	author: z.string().nullable(),
	passages: z.record(z.string(), z.object({ role: z.string(), text: z.string() })),
});
export type SearchText = z.infer<typeof searchTextSchema>;
