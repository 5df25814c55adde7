/** The glossary: the terms a corpus folder defines (`glossary.yaml`), and the glossary the build publishes. */
import { z } from 'astro/zod';
import { noteIdSchema, passageIdSchema } from '../ids/ids.ts';
import { bilingualSchema } from '../script/scriptSchema.ts';

/** What a glossary entry names; the glossary page groups its entries by kind. */
export const glossaryKindSchema = z.enum(['term', 'person', 'place', 'organization', 'event', 'publication']);
/** What a glossary entry names. */
export type GlossaryKind = z.infer<typeof glossaryKindSchema>;

/** A glossary entry's id: URL-safe, used in the entry page's address (`laomo-jingshen`). */
const glossaryIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A primary source for an entry, in plain text: never a link. */
const glossarySourceSchema = z
	.object({
		/** The document's title, e.g. a speech or a resolution. */
		title: z.string().min(1),
		/** When it was given or published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
		date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
	})
	.strict();

/** One glossary entry, in `glossary.yaml` of a corpus folder. */
export const glossaryEntrySchema = z
	.object({
		id: glossaryIdSchema,
		/** What it names; default a term. */
		kind: glossaryKindSchema.default('term'),
		/** The term in simplified script. */
		hans: z.string().min(1),
		/** The term in traditional script. */
		hant: z.string().min(1),
		/** Pinyin with tone marks. */
		pinyin: z.string().min(1),
		/** Other forms that are the same term, in simplified script (全国总工会 for 中华全国总工会); each is found in both scripts. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Whether the build finds every occurrence (`all`), or only the uses the annotation files list (`listed`). */
		occurrences: z.enum(['all', 'listed']).default('all'),
		/** A gloss in Chinese, simplified (the build converts it for the traditional view). */
		zh: z.string().min(1),
		/** A gloss in English. */
		en: z.string().min(1),
		/** Ids of related entries. */
		related: z.array(glossaryIdSchema).default([]),
		/** Primary sources, in plain text. */
		sources: z.array(glossarySourceSchema).default([]),
	})
	.strict();
/** A glossary entry, as read from `glossary.yaml`. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The whole glossary file. */
export const glossaryFileSchema = z.array(glossaryEntrySchema).superRefine((entries, context) => {
	const ids = new Set<string>();
	for (const [i, entry] of entries.entries()) {
		if (ids.has(entry.id)) context.addIssue({ code: 'custom', path: [i, 'id'], message: `a second entry “${entry.id}”` });
		ids.add(entry.id);
	}
	for (const [i, entry] of entries.entries()) {
		for (const related of entry.related) {
			if (!ids.has(related) || related === entry.id) context.addIssue({ code: 'custom', path: [i, 'related'], message: related === entry.id ? 'an entry is not related to itself' : `no entry “${related}”` });
		}
	}
});

/** A concordance line: the words, and a little of the passage either side, as a page in one script shows them. */
const concordanceLineSchema = z.object({
	/** Up to `concordanceContext` characters before the words, from the start of the passage. */
	before: z.string(),
	/** The words themselves. */
	words: z.string(),
	/** Up to `concordanceContext` characters after the words, to the end of the passage. */
	after: z.string(),
	/** Where the words start in the passage's text as the page shows it (`shownSpans`), so that a link marks this use and not every use there. */
	at: z.number().int().nonnegative(),
});
/** A concordance line in one script. */
export type ConcordanceLine = z.infer<typeof concordanceLineSchema>;

/** Where a glossary term is used in the corpus. */
const termUseSchema = z.object({
	/** The text's slug. */
	text: z.string(),
	/** The passage the words are in. */
	passage: passageIdSchema,
	/** The id of the annotation, whose marker follows the words. */
	note: noteIdSchema,
	/** The use as a concordance line, in each script. */
	line: z.object({ hans: concordanceLineSchema, hant: concordanceLineSchema }),
});
/** Where a glossary term is used. */
export type TermUse = z.infer<typeof termUseSchema>;

/**
 * A glossary entry as the build publishes it (`glossary.json`): the gloss in both scripts, and how
 * often the corpus uses it. The uses themselves are in the entry's concordance files, so that the
 * glossary stays small however large the corpus.
 */
export const glossaryTermSchema = glossaryEntrySchema.extend({
	/** The Chinese gloss in both scripts. */
	zh: bilingualSchema,
	/** How many times the corpus's reading text uses the term. */
	uses: z.number().int().nonnegative(),
	/** In how many texts. */
	texts: z.number().int().nonnegative(),
});
/** A glossary entry as the build publishes it. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * An entry's concordance as the build writes it: the uses counted per text and per year. The uses
 * themselves are in pages of `concordancePageSize` (one file each, `concordancePageFile`), so a page
 * of the site reads only the uses it shows.
 */
export const concordanceSchema = z.object({
	/** Uses per text, in catalogue order (newest text first). */
	byText: z.array(z.object({ text: z.string(), uses: z.number().int().positive() })),
	/** Uses per year of the text's date, oldest first; texts without a date last, as `year: null`. */
	byYear: z.array(z.object({ year: z.string().nullable(), uses: z.number().int().positive() })),
});
/** An entry's concordance counts. */
export type Concordance = z.infer<typeof concordanceSchema>;

/** One page of an entry's uses, in catalogue order (newest text first), then reading order. */
export const concordancePageSchema = z.array(termUseSchema);
