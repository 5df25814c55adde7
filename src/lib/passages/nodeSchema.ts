import { z } from 'astro/zod';
import { noteIdSchema, type NoteId, type PassageId } from '../ids/ids.ts';

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

/** Annotated words: a glossary term or a note attached to them, and the nodes they are made of (other annotations among them). */
export interface AnnotationNode {
	kind: 'annotation';
	id: NoteId;
	nodes: DisplayNode[];
}

/** An inline node, or annotated words. */
export type DisplayNode = InlineNode | AnnotationNode;

/**
 * An inline node, or annotated words. Annotations nest: a glossary term found inside the words an
 * editor's note explains keeps its own marker within them.
 */
export const displayNodeSchema: z.ZodType<DisplayNode> = z.union([
	inlineNodeSchema,
	z.object({
		kind: z.literal('annotation'),
		id: noteIdSchema,
		get nodes() {
			return z.array(displayNodeSchema);
		},
	}),
]);

/** Each passage's display nodes in one script, keyed by passage id. */
export type PassageNodes = Map<PassageId, DisplayNode[]>;
