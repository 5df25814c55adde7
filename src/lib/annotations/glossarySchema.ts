/** The glossary: the terms a corpus folder defines (`glossary.yaml`), and the glossary the build publishes. */
import { z } from 'astro/zod';
import { noteIdSchema, passageIdSchema } from '../ids/ids.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';

/** One glossary entry, in `glossary.yaml` of a corpus folder. */
export const glossaryEntrySchema = z
	.object({
		/** URL-safe id, used as the glossary page's fragment: `laomo-jingshen`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** The term in simplified script. */
		hans: z.string().min(1),
		/** The term in traditional script. */
		hant: z.string().min(1),
		/** Pinyin with tone marks. */
		pinyin: z.string().min(1),
		/** A short gloss in Chinese, simplified (the build converts it for the traditional view). */
		zh: z.string().min(1),
		/** A short gloss in English. */
		en: z.string().min(1),
	})
	.strict();
/** A glossary entry, as read from `glossary.yaml`. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The whole glossary file. */
export const glossaryFileSchema = z.array(glossaryEntrySchema);

/** Where a glossary term is annotated in the corpus. */
const termUseSchema = z.object({
	/** The text's slug. */
	text: z.string(),
	/** The passage the words are in. */
	passage: passageIdSchema,
	/** The id of the annotation, whose marker follows the words. */
	note: noteIdSchema,
});
/** Where a glossary term is annotated. */
export type TermUse = z.infer<typeof termUseSchema>;

/** A glossary entry as the build publishes it (`glossary.json`): the gloss in both scripts, and every use. */
export const glossaryTermSchema = glossaryEntrySchema.extend({
	/** The Chinese gloss in both scripts. */
	zh: bilingualSchema,
	/** Every annotated use of the term, in catalogue order (newest text first), then reading order. */
	uses: z.array(termUseSchema),
});
/** A glossary entry as the build publishes it. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
