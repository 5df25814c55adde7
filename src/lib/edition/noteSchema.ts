/** The notes of a text: everything a reader can open from a marker in the text. */
import { z } from 'astro/zod';
import { emendationSchema } from '../passages/emendationSchema.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';
import { noteIdSchema, passageIdSchema } from './ids.ts';

/** Where every note sits: its id and its passage. */
const placed = {
	/** Stable id, derived from what the note is: see `noteId`. */
	id: noteIdSchema,
	/** The passage whose text carries the note's marker. */
	passage: passageIdSchema,
};

/** A correction of the source, automatic or editorial. */
export const emendationNoteSchema = z.object({
	kind: z.literal('emendation'),
	...emendationSchema.shape,
	/** The corrected reading in both scripts; the original script's is the one the text shows there. */
	reading: bilingualSchema,
});

/** A use of a glossary term; the entry itself is in the published glossary under `term`. */
export const termNoteSchema = z.object({
	kind: z.literal('term'),
	...placed,
	/** The annotated words, as the annotation quotes them. */
	quote: z.string(),
	/** The glossary entry's id. */
	term: z.string(),
});

/** An editor's explanatory note. */
export const commentNoteSchema = z.object({
	kind: z.literal('note'),
	...placed,
	/** The annotated words, as the annotation quotes them. */
	quote: z.string(),
	/** The note in Chinese, in both scripts; null if it has none. */
	zh: bilingualSchema.nullable(),
	/** The note in English; null if it has none. */
	en: z.string().nullable(),
});

/** A placeholder the source put in place of a name. */
export const redactionNoteSchema = z.object({
	kind: z.literal('redaction'),
	...placed,
	/** The placeholder as the source writes it, such as `**`. */
	source: z.string(),
});

/** Any note, by `kind`. */
export const noteSchema = z.discriminatedUnion('kind', [emendationNoteSchema, termNoteSchema, commentNoteSchema, redactionNoteSchema]);
export type Note = z.infer<typeof noteSchema>;
export type EmendationNote = z.infer<typeof emendationNoteSchema>;
export type TermNote = z.infer<typeof termNoteSchema>;
