/**
 * Stand-off annotations: data kept beside the texts, pointing at a passage id plus the quoted
 * words, never at character offsets alone (as the Scaife Viewer keys notes by URN).
 */
import { z } from 'astro/zod';
import { passageIdSchema } from '../edition/passageId.ts';

/** One glossary entry, in `glossary.yaml` of a corpus folder. */
export const glossaryEntrySchema = z
	.object({
		/** URL-safe id, used as the glossary page's fragment: `laomo-jingshen`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** The term in simplified script. */
		hans: z.string().min(1),
		/** The term in traditional script. */
		hant: z.string().min(1),
		/** Pinyin with tone marks. */
		pinyin: z.string().min(1),
		/** A short gloss in Chinese, simplified (the traditional view converts it). */
		zh: z.string().min(1),
		/** A short gloss in English. */
		en: z.string().min(1),
	})
	.strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The whole glossary file. */
export const glossaryFileSchema = z.array(glossaryEntrySchema);

/** Where an annotation points: a passage and the words in it. */
const anchor = {
	/** The text: its source file name without `.txt`. */
	text: z.string().min(1),
	/** Passage id, e.g. `p14`. */
	passage: passageIdSchema,
	/** The annotated words as they read in the passage, in either script. */
	quote: z.string().min(1),
	/** Which occurrence of the words in the passage, 1-based; default 1. */
	occurrence: z.number().int().positive().default(1),
};

/** A use of a glossary term. */
const termAnnotationSchema = z.object({ kind: z.literal('term'), ...anchor, /** Glossary entry id. */ term: z.string() }).strict();

/** An explanatory note, in Chinese (simplified), English, or both. */
const noteAnnotationSchema = z
	.object({
		kind: z.literal('note'),
		...anchor,
		/** The note in Chinese, simplified (the traditional view converts it). */
		zh: z.string().min(1).optional(),
		/** The note in English. */
		en: z.string().min(1).optional(),
	})
	.strict()
	.refine((note) => note.zh || note.en, 'a note needs zh, en or both');

/** Any annotation, by `kind`. */
export const annotationSchema = z.discriminatedUnion('kind', [termAnnotationSchema, noteAnnotationSchema]);
export type AnnotationEntry = z.infer<typeof annotationSchema>;

/** An annotations file: a list of annotations of any kinds. */
export const annotationsFileSchema = z.array(annotationSchema);

/** Where a resolved annotation sits. */
const resolvedAnchor = {
	/** Id within the text, `a1`, `a2`… in reading order. */
	id: z.string(),
	passage: z.string(),
	quote: z.string(),
};

/** An annotation as a page needs it: resolved, numbered, with the term's glossary entry inlined. */
export const resolvedAnnotationSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('term'),
		...resolvedAnchor,
		entry: glossaryEntrySchema.extend({ zhHant: z.string() }),
	}),
	z.object({
		kind: z.literal('note'),
		...resolvedAnchor,
		/** The Chinese note in both scripts, if there is one. */
		zh: z.object({ hans: z.string(), hant: z.string() }).nullable(),
		en: z.string().nullable(),
	}),
]);
export type ResolvedAnnotation = z.infer<typeof resolvedAnnotationSchema>;
