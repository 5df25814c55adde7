/**
 * Stand-off annotations: data kept beside the texts, in `annotations/*.yaml` of a corpus folder,
 * pointing at a passage id plus the quoted words, never at character offsets alone (as the
 * Scaife Viewer keys notes by URN).
 */
import { z } from 'astro/zod';
import { passageIdSchema } from '../ids/ids.ts';

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
		/** The note in Chinese, simplified (the build converts it for the traditional view). */
		zh: z.string().min(1).optional(),
		/** The note in English. */
		en: z.string().min(1).optional(),
	})
	.strict()
	.refine((note) => note.zh || note.en, 'a note needs zh, en or both');

/**
 * Words the build would take for a glossary term that are not that term here: no occurrence of it
 * is marked in the text, or in one passage of it. An exclusion that excludes nothing refuses the text.
 */
const exclusionSchema = z
	.object({
		kind: z.literal('not-term'),
		/** The text: its source file name without `.txt`. */
		text: z.string().min(1),
		/** Only in this passage; default the whole text. */
		passage: passageIdSchema.optional(),
		/** Glossary entry id. */
		term: z.string(),
	})
	.strict();
/** An exclusion of a glossary term's automatic occurrences. */
export type TermExclusion = z.infer<typeof exclusionSchema>;

/** Any annotation, by `kind`. */
export const annotationSchema = z.discriminatedUnion('kind', [termAnnotationSchema, noteAnnotationSchema, exclusionSchema]);
/** An annotation, as read from its file. */
export type AnnotationEntry = z.infer<typeof annotationSchema>;

/** An annotations file: a list of annotations of any kinds. */
export const annotationsFileSchema = z.array(annotationSchema);
