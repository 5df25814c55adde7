import { z } from 'astro/zod';

/** A writing system: `hans` (simplified) or `hant` (traditional). */
export const scriptSchema = z.enum(['hans', 'hant']);
/** A writing system. */
export type Script = z.infer<typeof scriptSchema>;

/** The same string in both scripts: as written in the original script, and as converted into the other. */
export const bilingualSchema = z.object({
	/** Simplified form. */
	hans: z.string(),
	/** Traditional form. */
	hant: z.string(),
});
/** A string in both scripts. */
export type Bilingual = z.infer<typeof bilingualSchema>;
