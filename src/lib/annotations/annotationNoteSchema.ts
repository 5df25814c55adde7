/** The notes annotations become in a text's edition record: a glossary term's use, or an editor's note. */
import { z } from 'astro/zod';
import { notePlacement } from '../ids/ids.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';

/** A use of a glossary term; the entry itself is in the published glossary under `term`. */
export const termNoteSchema = z.object({
	kind: z.literal('term'),
	...notePlacement,
	/** The annotated words: as the annotation quotes them, or as the text writes them where the build found them. */
	quote: z.string(),
	/** The glossary entry's id. */
	term: z.string(),
	/** Whether the build found it (`findTerms`), rather than an annotation file listing it. */
	automatic: z.boolean(),
});
/** A use of a glossary term in a record. */
export type TermNote = z.infer<typeof termNoteSchema>;

/** An editor's explanatory note. */
export const commentNoteSchema = z.object({
	kind: z.literal('note'),
	...notePlacement,
	/** The annotated words, as the annotation quotes them. */
	quote: z.string(),
	/** The note in Chinese, in both scripts; null if it has none. */
	zh: bilingualSchema.nullable(),
	/** The note in English; null if it has none. */
	en: z.string().nullable(),
});

/** A note an annotation became. */
export type AnnotationNote = TermNote | CommentNote;

/** An editor's note in a record. */
export type CommentNote = z.infer<typeof commentNoteSchema>;
