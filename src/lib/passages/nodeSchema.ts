import { z } from 'astro/zod';
import { noteIdSchema, type PassageId } from '../ids/ids.ts';

/** A piece of a passage as a page shows it, in one script. */
const inlineNodeSchema = z.discriminatedUnion('kind', [
	/** Plain text. */
	z.object({ kind: z.literal('text'), text: z.string() }),
	/** A character with a source reading shown as ruby. */
	z.object({ kind: z.literal('gloss'), base: z.string(), reading: z.string() }),
	/** A corrected span; `gloss` is a source reading on its last character, if any. */
	z.object({ kind: z.literal('emendation'), id: noteIdSchema, text: z.string(), gloss: z.string().optional() }),
	/** Characters the original writes where standard traditional script writes `standard` (the original's view only). */
	z.object({ kind: z.literal('form'), id: noteIdSchema, text: z.string(), standard: z.string() }),
	/** A placeholder for an omitted name: it shows a label, not its text, which a copied quote gives as the source wrote it. */
	z.object({ kind: z.literal('redaction'), id: noteIdSchema, source: z.string() }),
]);
/** A piece of a passage as a page shows it. */
export type InlineNode = z.infer<typeof inlineNodeSchema>;

/** An inline node, or annotated words: the nodes an annotation (a glossary term, a note) is attached to. */
export const displayNodeSchema = z.union([
	inlineNodeSchema,
	z.object({ kind: z.literal('annotation'), id: noteIdSchema, nodes: z.array(inlineNodeSchema) }),
]);
/** An inline node, or annotated words. */
export type DisplayNode = z.infer<typeof displayNodeSchema>;

/** Each passage's display nodes in one script, keyed by passage id. */
export type PassageNodes = Map<PassageId, DisplayNode[]>;
