/** The editor's decisions on the forms found in traditional-script originals (`nonstandardForms`), in `original-forms.yaml` of a corpus folder. */
import { z } from 'astro/zod';
import { notePlacement, passageIdSchema } from '../ids/ids.ts';

/** One decision. */
export const originalFormDecisionSchema = z
	.object({
		/** The text: its source file name without `.txt`. */
		text: z.string().min(1),
		/** The passage it applies to; left out: every passage of the text. */
		passage: passageIdSchema.optional(),
		/** The characters as the original writes them. */
		form: z.string().min(1),
		/**
		 * `confirm`: the form found is wrong, and its note says so as the editor's; `dismiss`: it is
		 * right (or OpenCC's standard form is not), and no note is shown.
		 */
		decision: z.enum(['confirm', 'dismiss']),
		/**
		 * With `confirm` and a passage: the standard form, where conversion found another (OpenCC's
		 * 乾 for the 干 of 好干部, which is 幹) or none (陜, a different character, for 陝).
		 */
		standard: z.string().min(1).optional(),
		/** The editor's reasoning, shown in the note. */
		note: z.string().min(1).optional(),
	})
	.strict()
	.refine((entry) => !entry.standard || (entry.decision === 'confirm' && entry.passage), { message: 'a standard form is given only with decision: confirm and a passage' });
/** A decision, as read. */
export type OriginalFormDecision = z.infer<typeof originalFormDecisionSchema>;

/** The whole file: a list of decisions. */
export const originalFormsFileSchema = z.array(originalFormDecisionSchema);

/** A form the traditional-script original writes where standard script writes another, as its note tells it (`markForms`). */
export const formNoteSchema = z.object({
	kind: z.literal('form'),
	...notePlacement,
	/** The characters as the original writes them. */
	form: z.string(),
	/** As standard traditional script writes them. */
	standard: z.string(),
	/** `automatic`: found by conversion, not yet looked at by an editor; `confirmed`: confirmed, or added, by one. */
	status: z.enum(['automatic', 'confirmed']),
	/** The editor's note, if any. */
	note: z.string().optional(),
});
/** A form's note. */
export type FormNote = z.infer<typeof formNoteSchema>;
