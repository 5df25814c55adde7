/**
 * The edition record: the pipeline's product for one text, and the only definition of its shape.
 * Pages, search, citations and downloads all read it; it is published as
 * `<base>data/texts/<slug>.json`, with a JSON Schema generated from this file beside it.
 */
import { z } from 'astro/zod';
import { chromeLineSchema, passageRoleSchema } from '../lines/blockSchema.ts';
import { displayNodeSchema } from '../passages/nodeSchema.ts';
import { bilingualSchema, scriptSchema } from '../script/scriptSchema.ts';
import { encodingSchema } from '../source/encodingSchema.ts';
import { isoDateSchema, metadataFieldSchema, metadataOriginSchema, webUrlSchema } from '../source/sidecarSchema.ts';
import { passageIdSchema } from '../ids/ids.ts';
import { noteSchema } from './noteSchema.ts';

/** The version of the record's shape; it changes only when a reader of the old shape would misread the new. */
export const recordFormat = 3;

/** A passage: a title, byline, dateline, heading or paragraph, in both scripts. */
const passageSchema = z.object({
	/** `p` + the source line the passage is on: the same in both scripts, and stable. */
	id: passageIdSchema,
	/** What the passage is in the text. */
	role: passageRoleSchema,
	/** 1-based line number in the source file. */
	line: z.number().int().positive(),
	/** The number a reader sees beside a paragraph (1, 2, 3…); null for titles, bylines, datelines and headings. */
	n: z.number().int().positive().nullable(),
	/**
	 * The passage as it reads, in both scripts: glosses taken out, corrections made, a placeholder
	 * for an omitted name as the source writes it. No markers, numbers or readings.
	 */
	text: bilingualSchema,
	/** The same text with its inline structure (glosses, corrections, annotations, placeholders), in both scripts. */
	nodes: z.object({ hans: z.array(displayNodeSchema), hant: z.array(displayNodeSchema) }),
});
/** A passage of a record. */
export type Passage = z.infer<typeof passageSchema>;

/** One text: its metadata and where it came from, its passages in both scripts, and its notes. */
export const editionRecordSchema = z.object({
	/** The version of this shape: `recordFormat`. */
	format: z.literal(recordFormat),
	/** The text's URL slug: the sidecar's `slug`, or one made from the file name (`textSlug`). */
	slug: z.string(),
	/** Title in both scripts. */
	title: bilingualSchema,
	/** Author in both scripts; null when unknown. */
	author: bilingualSchema.nullable(),
	/** Publication date, `YYYY-MM-DD`, as the source or sidecar gives it; null when unknown. */
	date: isoDateSchema.nullable(),
	/** Outlet in both scripts; null when unknown. */
	outlet: bilingualSchema.nullable(),
	/** Responsible editor in both scripts; null when unknown. */
	editor: bilingualSchema.nullable(),
	/** URL the source was taken from (http or https); null when unknown. */
	sourceUrl: webUrlSchema.nullable(),
	/** Where each metadata field that has a value came from. */
	metadataFrom: z.partialRecord(metadataFieldSchema, metadataOriginSchema),
	/** The editor's note on the text, from its sidecar (`note`): why they supplied or changed what they did; null when none. */
	editorNote: z.string().nullable(),
	/** The script the source is written in: that view is the original edition, the other a conversion. */
	script: scriptSchema,
	/** The source file. */
	source: z.object({
		/** File name in the corpus folder. */
		file: z.string(),
		/** Encoding the file was decoded from: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
		encoding: encodingSchema,
		/** Whether the file starts with a byte-order mark. */
		bom: z.boolean(),
		/** SHA-256 of the file's bytes, hexadecimal. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		/** Size in bytes. */
		bytes: z.number().int(),
		/** Number of lines. */
		lines: z.number().int(),
	}),
	/** Lines of the web page set aside as site furniture, verbatim, with their line numbers. */
	chrome: z.array(chromeLineSchema),
	/** The passages, in source order. */
	passages: z.array(passageSchema),
	/**
	 * Every note, in the order a reader meets their markers; an automatic repair that an editorial
	 * emendation was made over (and so has no marker) comes right after that emendation.
	 */
	notes: z.array(noteSchema),
	/** Counts the build reports. */
	counts: z.object({
		/** Paragraphs of the text (the passages with a visible number). */
		paragraphs: z.number().int(),
		/** Section headings. */
		headings: z.number().int(),
		/** Lines set aside as page furniture. */
		chromeLines: z.number().int(),
		/** Pinyin readings taken out of the text. */
		glosses: z.number().int(),
		/** Characters of the reading text, in the original script. */
		characters: z.number().int(),
	}),
});
/** A text's edition record. */
export type EditionRecord = z.infer<typeof editionRecordSchema>;

/** What the catalogue and the corpus index say of a text: its record without the source, chrome, passages and notes. */
export const textSummarySchema = editionRecordSchema.pick({
	slug: true,
	title: true,
	author: true,
	date: true,
	outlet: true,
	editor: true,
	sourceUrl: true,
	metadataFrom: true,
	script: true,
	counts: true,
});
/** What the catalogue and the index say of a text. */
export type TextSummary = z.infer<typeof textSummarySchema>;
