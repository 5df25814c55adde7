/**
 * The shapes of the two files that keep passage links stable (README "Passage links that last"):
 * the lock the build writes and checks, and the changes an editor records.
 */
import { z } from 'astro/zod';
import { slugSchema } from '../source/textSlug.ts';

/** A passage's text hash: 16 hex digits of the SHA-256 of its reading text in the source's script. */
export const passageHashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a passage hash is 16 hexadecimal digits');

/** `passages.lock.json` in a corpus folder: every published text's passages and the text each id stands for. */
export const passageLockSchema = z
	.object({
		format: z.literal(1),
		texts: z.record(
			slugSchema,
			z
				.object({
					/** The source file the text is built from. */
					file: z.string(),
					/** Slugs the text was published under before: their pages redirect to it. */
					formerSlugs: z.array(slugSchema).default([]),
					/**
					 * How many of passage-changes.yaml's entries for the text the lock already holds
					 * (their changes are in its hashes): only entries added after them excuse a change.
					 */
					absorbedChanges: z.number().int().nonnegative().default(0),
					/** Passage id → hash of its reading text. */
					passages: z.record(z.string(), passageHashSchema),
				})
				.strict(),
		),
	})
	.strict();
export type PassageLock = z.infer<typeof passageLockSchema>;

/** Why a published passage may now read differently, or a published text be gone. */
export const changeReasonSchema = z.enum(['emendation', 'correction', 'new-source-version', 'withdrawn']);

/** `passage-changes.yaml` in a corpus folder: each change to published text, with its reason. */
export const passageChangesSchema = z.array(
	z
		.object({
			/** The text's slug, as the lock names it. */
			text: z.string().min(1),
			/** The passage id; left out, the change is to the whole text (withdrawn, or a new version of the source). */
			passage: z.string().regex(/^p\d+$/).optional(),
			reason: changeReasonSchema,
			/** What changed and why, for the next reader of the edition. */
			note: z.string().min(1),
		})
		.strict(),
);
export type PassageChanges = z.infer<typeof passageChangesSchema>;

/** `corpus/redirects.json` in the pipeline's output: each former slug of a renamed text and the slug it has now. */
export const redirectsSchema = z.array(z.object({ from: slugSchema, to: slugSchema }).strict());
