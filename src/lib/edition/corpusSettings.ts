/**
 * What names the site: a corpus folder's optional `corpus.yaml`, and the settings the pipeline
 * resolves from it (every text in both scripts) for the site to read.
 */
import { z } from 'astro/zod';
import { convertScript, otherScript } from '../script/convertScript.ts';
import { detectScript } from '../script/detectScript.ts';
import { bilingualSchema, scriptSchema, type Bilingual } from '../script/scriptSchema.ts';
import { webUrlSchema } from '../source/sidecarSchema.ts';

/** Words in one script (converted for the other), or in both as `{ hans, hant }`. */
const wordsSchema = z.union([z.string().trim().min(1), z.object({ hans: z.string().trim().min(1), hant: z.string().trim().min(1) }).strict()]);

/** `corpus.yaml`: every field optional. */
export const corpusFileSchema = z
	.object({
		/** The site's name, in its header, every page's title and the citations; default `defaultSettings.title`. */
		title: wordsSchema.optional(),
		/** One paragraph on the home page, and its description for search engines; default `defaultSettings.description`. */
		description: wordsSchema.optional(),
		/** The editor or publisher of the corpus, named in every page's footer; default none. */
		publisher: wordsSchema.optional(),
		/** The licence of the texts and the site, as its name (`CC BY 4.0`); default none. */
		licence: z.string().trim().min(1).optional(),
		/** The licence's text, http(s) only; default none. */
		licenceUrl: webUrlSchema.optional(),
		/** Where the corpus and its site are kept (a GitHub repository), http(s) only; default none. */
		repository: webUrlSchema.optional(),
		/** The script the entry page opens when the reader has not chosen one; default `hans`. */
		defaultScript: scriptSchema.optional(),
	})
	.strict()
	.refine((file) => !file.licenceUrl || file.licence, { message: 'licenceUrl needs a licence (its name) to link from', path: ['licenceUrl'] });
/** `corpus.yaml`, as read. */
export type CorpusFile = z.infer<typeof corpusFileSchema>;

/** The settings the site reads (`corpus/site.json`), each text in both scripts. */
export const siteSettingsSchema = z
	.object({
		/** The site's name: the header, every page's title. */
		title: bilingualSchema,
		/** One paragraph on the home page, and the description for search engines. */
		description: bilingualSchema,
		/** The editor or publisher, in the footer; null when corpus.yaml names none. */
		publisher: bilingualSchema.nullable(),
		/** The licence's name, in the footer, as corpus.yaml writes it; null when none. */
		licence: z.string().nullable(),
		/** Where the licence is, for its link; null when none. */
		licenceUrl: webUrlSchema.nullable(),
		/** Where the corpus is kept, linked in the footer; null when none. */
		repository: webUrlSchema.nullable(),
		/** The script the entry page opens, and the not-found page is in. */
		defaultScript: scriptSchema,
		/** Whether the corpus has a glossary: without one there is no glossary page, nor a link to it. */
		glossary: z.boolean(),
	})
	.strict();
/** The site's settings. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** A neutral name and description, for a corpus that gives none: nothing about any one corpus. */
const defaultSettings = {
	title: '中文文库',
	description: '本站的每篇文本以来源的字体为原文，并经机器转换提供另一种字体；网页杂项已与正文分开，编码损坏已修复或校订，每一处改动都有记录。',
} as const;

/**
 * Resolves `corpus.yaml` (or its absence) into the site's settings. Words given in one script
 * are kept as written in that script and converted for the other, so call it after the corpus's
 * conversion table is in use (`useConversionTable`).
 */
export function siteSettings(file: CorpusFile = {}, { glossary }: { glossary: boolean }): SiteSettings {
	return siteSettingsSchema.parse({
		title: inBothScripts(file.title ?? defaultSettings.title),
		description: inBothScripts(file.description ?? defaultSettings.description),
		publisher: file.publisher ? inBothScripts(file.publisher) : null,
		licence: file.licence ?? null,
		licenceUrl: file.licenceUrl ?? null,
		repository: file.repository ?? null,
		defaultScript: file.defaultScript ?? 'hans',
		glossary,
	});
}

function inBothScripts(words: string | Bilingual): Bilingual {
	if (typeof words !== 'string') return words;
	const script = detectScript(words);
	return { [script]: words, [otherScript(script)]: convertScript(words, otherScript(script)) } as Bilingual;
}
