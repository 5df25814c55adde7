import { z } from 'astro/zod';
import { noteIdSchema, notePlacement } from '../ids/ids.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';

/** How sure an emendation is: `high` for a lossless byte-level repair. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

/** How a correction was made: automatically by a named method, or by an editor. */
const emendationMethodSchema = z.enum(['gb18030-realignment', 'html-entity', 'editorial']);
/** How a correction was made. */
export type EmendationMethod = z.infer<typeof emendationMethodSchema>;

/** One correction of the source, automatic or editorial, as the pipeline makes it (in the original script). */
export const emendationSchema = z.object({
	...notePlacement,
	/** The characters exactly as they stand in the source file. */
	source: z.string(),
	/** What the pipeline read there before this correction (after earlier automatic steps). */
	before: z.string(),
	/** The corrected reading shown in the text, in the original script. */
	reading: z.string(),
	/** How the correction was made. */
	method: emendationMethodSchema,
	/** How sure the correction is: `high` for a lossless byte-level repair. */
	confidence: confidenceSchema,
	/** Why the source needed correcting, in one line. */
	reason: z.string(),
	/** The editor's reasoning (editorial corrections) or the byte evidence (automatic ones); empty if there is none. */
	note: z.string(),
	/** The reason and the note in Chinese, in both scripts; null when only `reason` and `note` are written. */
	zh: z.object({ reason: bilingualSchema, note: bilingualSchema }).nullable(),
	/** The editorial emendation made over this automatic one, which the text shows instead; null if none. */
	absorbedBy: noteIdSchema.nullable(),
});
/** A correction, as the pipeline makes it. */
export type Emendation = z.infer<typeof emendationSchema>;
