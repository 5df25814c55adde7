/**
 * The typed shape of everything the pipeline produces. Every type used elsewhere is inferred from
 * these zod schemas, so the frontmatter that Astro validates and the pipeline's own result agree.
 */
import { z } from 'astro/zod';
import { resolvedAnnotationSchema } from '../annotations/annotationSchema.ts';

/** A writing system: `hans` (simplified) or `hant` (traditional). */
export const scriptSchema = z.enum(['hans', 'hant']);
export type Script = z.infer<typeof scriptSchema>;

/** The same short string in both scripts. */
export const bilingualSchema = z.object({
	/** Simplified form. */
	hans: z.string(),
	/** Traditional form. */
	hant: z.string(),
});

/** How sure an emendation is: `high` for a lossless byte-level repair. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

/** How a correction was made: automatically by a named method, or by an editor. */
export const emendationMethodSchema = z.enum(['gb18030-realignment', 'html-entity', 'editorial']);

/** One correction of the source, automatic or editorial. */
export const emendationSchema = z.object({
	/** Stable id within the text, e.g. `e3`, in order of appearance. */
	id: z.string(),
	/** Passage id the correction sits in. */
	passage: z.string(),
	/** The characters exactly as they stand in the source file. */
	source: z.string(),
	/** What the pipeline read there before this correction (after earlier automatic steps). */
	before: z.string(),
	/** The corrected reading shown in the text. */
	reading: z.string(),
	/** How the correction was made. */
	method: emendationMethodSchema,
	/** How sure the correction is: `high` for a lossless byte-level repair. */
	confidence: confidenceSchema,
	/** Why the source needed correcting, in one line. */
	reason: z.string(),
	/** The editor's reasoning (editorial corrections) or the byte evidence (automatic ones). */
	note: z.string().default(''),
});
export type Emendation = z.infer<typeof emendationSchema>;

/** Kinds of damage the pipeline can detect but not repair on its own. */
export const damageTypeSchema = z.enum(['question-mark', 'private-use', 'replacement-character', 'lacuna']);

/** A piece of a passage. `source` is always the exact source text it stands for. */
export const segmentSchema = z.discriminatedUnion('kind', [
	/** Plain reading text. `text` is `source` NFC-normalised with white-space runs folded. */
	z.object({ kind: z.literal('text'), source: z.string(), text: z.string() }),
	/** A pinyin gloss a site inserted after a character: `發(fā)` → base `發`, reading `fā`. */
	z.object({ kind: z.literal('gloss'), source: z.string(), base: z.string(), reading: z.string() }),
	/** A corrected span; details in the text's emendation list under `id`. */
	z.object({ kind: z.literal('emendation'), source: z.string(), text: z.string(), id: z.string() }),
	/** A placeholder for an omitted name, such as `**`. */
	z.object({ kind: z.literal('redaction'), source: z.string(), id: z.string() }),
	/** Detected damage no correction covers yet; the build fails while any remains. */
	z.object({ kind: z.literal('damage'), source: z.string(), damage: damageTypeSchema }),
]);
export type Segment = z.infer<typeof segmentSchema>;

/** Roles a passage can play. */
export const passageKindSchema = z.enum(['title', 'byline', 'dateline', 'heading', 'paragraph']);
export type PassageKind = z.infer<typeof passageKindSchema>;
/** The passage kinds of a text's header, in the order they come. */
export const headerRoleSchema = passageKindSchema.extract(['title', 'byline', 'dateline']);

/** What a line of site chrome was recognised as. */
export const chromeRoleSchema = z.enum([
	'navigation',
	'share',
	'qr-code',
	'copyright',
	'contact',
	'editor',
	'teaser',
	'site-label',
	'boilerplate',
]);

/** A line of the source and what it became. */
export const blockSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('passage'),
		/** Role of the passage in the text. */
		role: passageKindSchema,
		/** Passage id, from the source line number: see `passageId`. */
		id: z.string(),
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
export type ChromeRole = z.infer<typeof chromeRoleSchema>;

/** Metadata a sidecar YAML file may supply or override; every field optional. */
export const sidecarSchema = z
	.object({
		/** Title; default: the title line found in the source, else the file name. */
		title: z.string().min(1).optional(),
		/** Author; default: a byline or a `(作者…)` signature found in the source. */
		author: z.string().min(1).optional(),
		/** Publication date, `YYYY-MM-DD`; default: the first date on a dateline. */
		date: z.iso.date().optional(),
		/** Outlet the text was taken from; default: the `来源:` of the dateline. */
		outlet: z.string().min(1).optional(),
		/** Responsible editor; default: a `责任编辑:` or `编辑:` line. */
		editor: z.string().min(1).optional(),
		/** URL the source was scraped from; default: none. */
		sourceUrl: z.url().optional(),
		/** Original script; default: detected from the characters. */
		script: scriptSchema.optional(),
		/** Why this sidecar exists, for the next editor. */
		note: z.string().optional(),
	})
	.strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

/** Where each metadata value came from. */
export const provenanceSchema = z.enum(['source', 'sidecar', 'file-name']);

/** Frontmatter of a generated MDX file: everything about a text except its passages. */
export const textFrontmatterSchema = z.object({
	/** Slug used in URLs: the source file name without `.txt`. */
	slug: z.string(),
	/** Title in both scripts. */
	title: bilingualSchema,
	/** Which header lines the source has (`title`, `byline`, `dateline`); pages supply what is missing. */
	headerLines: z.array(headerRoleSchema),
	/** Author in both scripts; null when unknown. */
	author: bilingualSchema.nullable(),
	/** Publication date, `YYYY-MM-DD`; null when unknown. */
	date: z.string().nullable(),
	/** Outlet in both scripts; null when unknown. */
	outlet: bilingualSchema.nullable(),
	/** Responsible editor in both scripts; null when unknown. */
	editor: bilingualSchema.nullable(),
	/** Source URL when known; null otherwise. */
	sourceUrl: z.string().nullable(),
	/** Where title, author, date and outlet came from. */
	metadataFrom: z.record(z.string(), provenanceSchema),
	/** Script the source is written in; that view is the original edition. */
	script: scriptSchema,
	/** Provenance of the source file. */
	source: z.object({
		/** Original file name. */
		file: z.string(),
		/** sha256 of the file's bytes, hex. */
		sha256: z.string(),
		/** Detected encoding, e.g. `utf-8`, `gb18030`, `big5`. */
		encoding: z.string(),
		/** Whether the file starts with a byte-order mark. */
		bom: z.boolean(),
		/** Size in bytes. */
		bytes: z.number().int(),
		/** Number of lines. */
		lines: z.number().int(),
	}),
	/** Site chrome separated from the text, kept verbatim. */
	chrome: z.array(z.object({ line: z.number().int(), role: chromeRoleSchema, text: z.string() })),
	/** Every correction, automatic and editorial. */
	emendations: z.array(emendationSchema),
	/** Glossary terms and notes attached to passages, in reading order. */
	annotations: z.array(resolvedAnnotationSchema).default([]),
	/** Ids of every emendation, annotation and redaction shown in the text, in reading order. */
	noteOrder: z.array(z.string()).default([]),
	/** Redaction placeholders, in order. */
	redactions: z.array(z.object({ id: z.string(), passage: z.string(), source: z.string() })),
	/** Counts the build reports. */
	counts: z.object({
		paragraphs: z.number().int(),
		headings: z.number().int(),
		chromeLines: z.number().int(),
		glosses: z.number().int(),
		characters: z.number().int(),
	}),
});
export type TextFrontmatter = z.infer<typeof textFrontmatterSchema>;

/** A piece of a passage as a page shows it, in one script. */
export const inlineNodeSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('text'), text: z.string() }),
	/** A character with a source reading shown as ruby. */
	z.object({ kind: z.literal('gloss'), base: z.string(), reading: z.string() }),
	/** A corrected span; `gloss` is a source reading on its last character, if any. */
	z.object({ kind: z.literal('emendation'), id: z.string(), text: z.string(), gloss: z.string().optional() }),
	z.object({ kind: z.literal('redaction'), id: z.string() }),
]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

/** An inline node, or annotated words: the nodes an annotation (`a1`…) is attached to. */
export const displayNodeSchema = z.union([
	inlineNodeSchema,
	z.object({ kind: z.literal('annotation'), id: z.string(), nodes: z.array(inlineNodeSchema) }),
]);
export type DisplayNode = z.infer<typeof displayNodeSchema>;
