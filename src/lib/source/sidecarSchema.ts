import { z } from 'astro/zod';
import { scriptSchema } from '../script/scriptSchema.ts';
import { encodingSchema } from './encodingSchema.ts';
import { slugSchema } from './textSlug.ts';

/** A calendar date that exists, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/**
 * A URL that may become a link: `http:` or `https:` only, so that no `javascript:`, `data:` or
 * other scheme from corpus data ever reaches an `href`.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/** 1-based source line numbers, each once. */
const lineNumbers = z.array(z.number().int().positive()).refine((lines) => new Set(lines).size === lines.length, 'a line is listed twice');

/** Metadata a sidecar YAML file (`name.meta.yaml`) may supply or override; every field optional. */
export const sidecarSchema = z
	.object({
		/** Title; default: the title line found in the source, else the file name. */
		title: z.string().min(1).optional(),
		/** Author; default: a byline or a `(作者…)` signature found in the source. */
		author: z.string().min(1).optional(),
		/** Publication date, `YYYY-MM-DD`; default: the first date on a dateline. */
		date: isoDateSchema.optional(),
		/** Outlet the text was taken from; default: the `来源:` of the dateline. */
		outlet: z.string().min(1).optional(),
		/** Responsible editor; default: a `责任编辑:` or `编辑:` line. */
		editor: z.string().min(1).optional(),
		/** URL the source was scraped from, http(s) only; default: none. */
		sourceUrl: webUrlSchema.optional(),
		/** Original script; default: detected from the characters. */
		script: scriptSchema.optional(),
		/** The text's URL slug; default: made from the file name (see `textSlug`). */
		slug: slugSchema.optional(),
		/** The source file's encoding, for a file too short to tell GBK from Big5; default: detected. */
		encoding: encodingSchema.optional(),
		/** Line numbers to keep in the text that the build would set aside as furniture; default none. */
		keep: lineNumbers.optional(),
		/** Line numbers to set aside as furniture that the build would keep in the text; default none. */
		drop: lineNumbers.optional(),
		/** The editor's note on this text: published in its provenance panel (编者附注). */
		note: z.string().optional(),
	})
	.strict()
	.refine((sidecar) => !sidecar.keep?.some((line) => sidecar.drop?.includes(line)), 'a line cannot be both kept and dropped');
/** A sidecar, as read. */
export type Sidecar = z.infer<typeof sidecarSchema>;

/** The metadata fields a text has, each from its source's lines or its sidecar. */
export const metadataFieldSchema = z.enum(['title', 'author', 'date', 'outlet', 'editor', 'sourceUrl']);
/** A metadata field's name. */
export type MetadataField = z.infer<typeof metadataFieldSchema>;

/** Where a metadata value came from: the source's own lines, its sidecar, or (a title) the file name. */
export const metadataOriginSchema = z.enum(['source', 'sidecar', 'file-name']);
/** Where a metadata value came from. */
export type MetadataOrigin = z.infer<typeof metadataOriginSchema>;
