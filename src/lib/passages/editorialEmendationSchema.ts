/** The editor's corrections, in `emendations.yaml` of a corpus folder. */
import { z } from 'astro/zod';
import { passageIdSchema } from '../ids/ids.ts';
import { confidenceSchema } from './emendationSchema.ts';

/** One entry of an editorial emendations file. */
export const editorialEmendationSchema = z
	.object({
		/** The text: its source file name without `.txt`. */
		text: z.string().min(1),
		/** Passage id the correction is in, e.g. `p10`. */
		passage: passageIdSchema,
		/**
		 * The words to replace, as the pipeline reads the passage after glosses are taken out and
		 * automatic repairs are made; damaged spans read as their source characters. Must occur once.
		 */
		source: z.string().min(1),
		/** The corrected reading. */
		reading: z.string(),
		/** Why the source needed correcting, in one line. */
		reason: z.string().min(1),
		/** The evidence and reasoning behind the reading. */
		note: z.string().min(1),
		/** The reason and the note in Chinese, simplified (the build converts them for the traditional view); shown first, the others beside them. */
		zh: z.object({ reason: z.string().min(1), note: z.string().min(1) }).strict().optional(),
		/** A reading the source gives the corrected reading's last character (`dān` in `?fù)?dān)` → 擔), kept as ruby; it must be in `source`. */
		gloss: z.string().min(1).optional(),
		/** How sure the reading is; default `medium`. */
		confidence: confidenceSchema.default('medium'),
	})
	.strict();
/** An entry of the emendations file, as read. */
export type EditorialEmendation = z.infer<typeof editorialEmendationSchema>;

/** The whole file: a list of entries. */
export const emendationsFileSchema = z.array(editorialEmendationSchema);
