import { z } from 'astro/zod';
import { passageIdSchema } from '../ids/ids.ts';
import { segmentSchema } from '../passages/segmentSchema.ts';

/** Roles a passage can play. */
export const passageRoleSchema = z.enum(['title', 'byline', 'dateline', 'heading', 'paragraph']);
/** A role a passage plays. */
export type PassageRole = z.infer<typeof passageRoleSchema>;

/** What a line of site chrome was recognised as. */
const chromeRoleSchema = z.enum(['navigation', 'widget', 'share', 'qr-code', 'copyright', 'contact', 'editor', 'teaser', 'site-label', 'boilerplate', 'dropped']);
/** What a line of chrome was recognised as. */
export type ChromeRole = z.infer<typeof chromeRoleSchema>;

/** A line of site chrome, set aside from the text: kept verbatim, with its line number. */
export const chromeLineSchema = z.object({
	/** 1-based line number in the source. */
	line: z.number().int().positive(),
	/** What it was recognised as. */
	role: chromeRoleSchema,
	/** The line exactly as in the source. */
	text: z.string(),
});

/** A line of the source and what it became: the pipeline's lossless reading of the file. */
export const blockSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('passage'),
		/** Role of the passage in the text. */
		role: passageRoleSchema,
		/** Passage id, from the source line number: see `passageId`. */
		id: passageIdSchema,
		/** 1-based line number in the source. */
		line: z.number().int().positive(),
		/** Leading white space as in the source (indents such as U+00A0 or U+3000). */
		indent: z.string(),
		/** Trailing white space as in the source. */
		trailing: z.string(),
		/** The content in the original script. */
		segments: z.array(segmentSchema),
	}),
	z.object({ kind: z.literal('chrome'), ...chromeLineSchema.shape }),
	z.object({
		kind: z.literal('blank'),
		/** 1-based source line number. */
		line: z.number().int().positive(),
		/** White space on the line, exactly as in the source. */
		text: z.string(),
	}),
]);
/** A source line and what it became. */
export type Block = z.infer<typeof blockSchema>;
/** A line that is a passage of the text. */
export type PassageBlock = Extract<Block, { kind: 'passage' }>;
