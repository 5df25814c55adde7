import { z } from 'astro/zod';
import { noteIdSchema } from '../ids/ids.ts';

/** Kinds of damage the pipeline can detect but not repair on its own. */
const damageTypeSchema = z.enum(['question-mark', 'private-use', 'replacement-character', 'lacuna']);

/** A piece of a passage as cut from its source line. `source` is always the exact source text it stands for. */
export const segmentSchema = z.discriminatedUnion('kind', [
	/** Plain reading text. `text` is `source` NFC-normalised with white-space runs folded. */
	z.object({ kind: z.literal('text'), source: z.string(), text: z.string() }),
	/** A pinyin gloss a site inserted after a character: `發(fā)` → base `發`, reading `fā`. */
	z.object({ kind: z.literal('gloss'), source: z.string(), base: z.string(), reading: z.string() }),
	/** A corrected span; details in the text's emendations under `id`; `gloss`, a source reading its last character keeps. */
	z.object({ kind: z.literal('emendation'), source: z.string(), text: z.string(), id: noteIdSchema, gloss: z.string().optional() }),
	/** A placeholder for an omitted name, such as `**`. */
	z.object({ kind: z.literal('redaction'), source: z.string(), id: noteIdSchema }),
	/** Detected damage no correction covers yet; the build fails while any remains. */
	z.object({ kind: z.literal('damage'), source: z.string(), damage: damageTypeSchema }),
]);
/** A piece of a passage as cut from its source line. */
export type Segment = z.infer<typeof segmentSchema>;
