/** The notes of a text: everything a reader can open from a marker in the text. */
import { z } from 'astro/zod';
import { commentNoteSchema, termNoteSchema } from '../annotations/annotationNoteSchema.ts';
import { notePlacement } from '../ids/ids.ts';
import { emendationSchema } from '../passages/emendationSchema.ts';
import { formNoteSchema } from '../passages/originalFormSchema.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';

/** A correction of the source, automatic or editorial. */
const emendationNoteSchema = z.object({
	kind: z.literal('emendation'),
	...emendationSchema.shape,
	/** The corrected reading in both scripts, as the text shows it in each (the original script's is the editor's or the repair's). */
	reading: bilingualSchema,
});
/** A correction as a record holds it. */
export type EmendationNote = z.infer<typeof emendationNoteSchema>;

/** A placeholder the source put in place of a name. */
const redactionNoteSchema = z.object({
	kind: z.literal('redaction'),
	...notePlacement,
	/** The placeholder as the source writes it, such as `**`. */
	source: z.string(),
});

/** Any note, by `kind`. */
export const noteSchema = z.discriminatedUnion('kind', [emendationNoteSchema, termNoteSchema, commentNoteSchema, redactionNoteSchema, formNoteSchema]);
/** Any note of a record. */
export type Note = z.infer<typeof noteSchema>;
