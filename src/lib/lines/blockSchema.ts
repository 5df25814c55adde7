import { z } from 'astro/zod';
import { passageIdSchema } from '../edition/ids.ts';
import { segmentSchema } from '../passages/segmentSchema.ts';

/** Roles a passage can play. */
export const passageRoleSchema = z.enum(['title', 'byline', 'dateline', 'heading', 'paragraph']);
export type PassageRole = z.infer<typeof passageRoleSchema>;

/** What a line of site chrome was recognised as. */
export const chromeRoleSchema = z.enum(['navigation', 'share', 'qr-code', 'copyright', 'contact', 'editor', 'teaser', 'site-label', 'boilerplate']);
export type ChromeRole = z.infer<typeof chromeRoleSchema>;

/** A line of the source and what it became: the pipeline's lossless reading of the file. */
export const blockSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('passage'),
		/** Role of the passage in the text. */
		role: passageRoleSchema,
		/** Passage id, from the source line number: see `passageId`. */
		id: passageIdSchema,
		/** 1-based line number in the source. */
		line: z.number().int(),
		/** Leading white space as in the source (indents such as U+00A0 or U+3000). */
		indent: z.string(),
		/** Trailing white space as in the source. */
		trailing: z.string(),
		/** The content in the original script. */
		segments: z.array(segmentSchema),
	}),
	z.object({
		kind: z.literal('chrome'),
		line: z.number().int(),
		/** The line exactly as in the source. */
		text: z.string(),
		role: chromeRoleSchema,
	}),
	z.object({
		kind: z.literal('blank'),
		line: z.number().int(),
		/** White space on the line, exactly as in the source. */
		text: z.string(),
	}),
]);
export type Block = z.infer<typeof blockSchema>;
export type PassageBlock = Extract<Block, { kind: 'passage' }>;
