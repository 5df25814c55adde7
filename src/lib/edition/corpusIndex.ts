import { z } from 'astro/zod';
import { recordFormat, textSummarySchema, type TextSummary } from './recordSchema.ts';

/** The corpus index the site publishes: what the corpus holds and where to fetch each part. */
export const corpusIndexSchema = z.object({
	/** The version of the records' shape: see `recordFormat`. */
	format: z.literal(recordFormat),
	/** URL of the JSON Schema every record validates against. */
	recordSchema: z.url(),
	/** URL of the glossary. */
	glossary: z.url(),
	/** Every text, in catalogue order (newest first), with the URL of its edition record. */
	texts: z.array(textSummarySchema.extend({ /** URL of the text's edition record. */ record: z.url() })),
});
/** The published corpus index. */
export type CorpusIndex = z.infer<typeof corpusIndexSchema>;

/** The corpus index for texts already in catalogue order, given how to turn a data file into its URL. */
export function corpusIndex(texts: TextSummary[], urls: { record: (slug: string) => string; recordSchema: string; glossary: string }): CorpusIndex {
	return { format: recordFormat, recordSchema: urls.recordSchema, glossary: urls.glossary, texts: texts.map((text) => ({ ...text, record: urls.record(text.slug) })) };
}
