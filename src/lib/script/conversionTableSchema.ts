import { z } from 'astro/zod';

/** One phrase the dictionaries convert wrongly, and what it must become. */
const conversionEntrySchema = z
	.object({
		/** The phrase as written in the script converted from. */
		from: z.string().min(1),
		/** What it becomes, in the script converted into. */
		to: z.string().min(1),
		/** Why the dictionaries' reading is wrong here: the next editor has to be able to review it. */
		why: z.string().min(1),
	})
	.strict()
	// Each character converts to one: a passage keeps its length, so glosses and notes stay on their characters.
	.refine((entry) => [...entry.from].length === [...entry.to].length, 'from and to must have as many characters');

/**
 * Phrase overrides for script conversion (`conversion.yaml` in a corpus folder; the project's own
 * in `conversionDefaults.ts`). Each applies before OpenCC's dictionaries and wins over them, the
 * longest matching phrase first, as OpenCC's own phrases do.
 */
export const conversionTableSchema = z
	.object({
		/** Simplified → traditional. */
		toTraditional: z.array(conversionEntrySchema).default([]),
		/** Traditional → simplified. */
		toSimplified: z.array(conversionEntrySchema).default([]),
	})
	.strict()
	.superRefine((table, context) => {
		for (const direction of ['toTraditional', 'toSimplified'] as const) {
			const seen = new Set<string>();
			for (const { from } of table[direction]) {
				if (seen.has(from)) context.addIssue({ code: 'custom', path: [direction], message: `“${from}” is listed twice` });
				seen.add(from);
			}
		}
	});
/** A table of phrase overrides, as read. */
export type ConversionTable = z.infer<typeof conversionTableSchema>;
