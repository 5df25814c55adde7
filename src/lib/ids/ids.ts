/**
 * The one place that mints ids. A passage's id comes from its source line; a note's id from what
 * the note is: its kind, its passage, the words it stands on and which occurrence of them. So
 * adding, removing or reordering one note does not change the id, nor the anchor, of another; the
 * one exception is the same words added again earlier in the same passage, which makes the later
 * ones later occurrences.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { SourceError } from '../source/sourceError.ts';

/** `p` and a source line number. */
const passagePattern = 'p[1-9]\\d*';

/** A passage id, `p12`: checked by this schema, minted by `passageId`. */
export const passageIdSchema = z.string().regex(new RegExp(`^${passagePattern}$`), 'a passage id is p and a source line number, as in p12').brand<'PassageId'>();
/** A passage id that `passageIdSchema` has checked. */
export type PassageId = z.infer<typeof passageIdSchema>;

/**
 * The id of a passage: `p` followed by the 1-based number of the source line it starts on.
 * It depends only on the source file, never on the display script or on how neighbouring lines
 * were classified, so a citation to `#p12` stays valid across script views and pipeline changes.
 */
export function passageId(line: number): PassageId {
	return passageIdSchema.parse(`p${line}`);
}

/** The kinds of note a reader can open, and the letter each has in its id. */
const noteLetters = { emendation: 'e', term: 't', note: 'n', redaction: 'r', form: 'f' } as const;
/** A kind of note: `emendation`, `term`, `note`, `redaction` or `form` (a form the original writes that standard script writes otherwise). */
type NoteKind = keyof typeof noteLetters;

/** A note id, `p12-e-3f9a1c`: its passage, a letter for its kind, and a digest of what it stands on. */
export const noteIdSchema = z
	.string()
	.regex(new RegExp(`^${passagePattern}-[${Object.values(noteLetters).join('')}]-[0-9a-f]{6}$`), 'a note id reads as p12-e-3f9a1c')
	.brand<'NoteId'>();
/** A note id that `noteIdSchema` has checked, or that `noteId` minted. */
export type NoteId = z.infer<typeof noteIdSchema>;

/** Where every note sits, as its schema writes it: its id and the passage whose text carries its marker. */
export const notePlacement = {
	/** Stable id, derived from what the note is: see `noteId`. */
	id: noteIdSchema,
	/** The passage whose text carries the note's marker. */
	passage: passageIdSchema,
};

/** What a note is, as far as its id goes. */
interface NoteIdentity {
	kind: NoteKind;
	passage: PassageId;
	/** The words the note stands on, as they identify it (see each caller). */
	words: string;
	/** Which occurrence of the words in the passage, 1-based. */
	occurrence: number;
	/** Anything else that tells two notes of one kind on the same words apart (an emendation's method). */
	variant?: string;
}

/**
 * The id of a note. Six hexadecimal digits of a SHA-256 tell notes of one kind in one passage
 * apart; `assertUniqueIds` catches the rare collision rather than letting two notes share an anchor.
 */
export function noteId({ kind, passage, words, occurrence, variant = '' }: NoteIdentity): NoteId {
	const digest = createHash('sha256').update(`${variant}\n${occurrence}\n${words}`).digest('hex').slice(0, 6);
	return `${passage}-${noteLetters[kind]}-${digest}` as NoteId;
}

/** Whether a note is a glossary term's, from its id's letter. */
export function isTermNote(id: NoteId): boolean {
	return id.includes(`-${noteLetters.term}-`);
}

/** The element id of a note's popover, which its marker in the text opens. */
export function noteAnchor(id: NoteId): string {
	return `note-${id}`;
}

/** Which occurrence of `words` starts at `start` in `text`, counting from 1 (overlapping occurrences count). */
export function occurrenceAt(text: string, words: string, start: number): number {
	if (words === '') return 1;
	let count = 0;
	for (let at = text.indexOf(words); at >= 0 && at <= start; at = text.indexOf(words, at + 1)) count++;
	return count;
}

/**
 * Refuses a text two of whose notes would share an id, which would merge their anchors: two
 * editorial entries on the same words of a passage, or (once in sixteen million pairs) a digest
 * collision between two notes of one kind in one passage.
 */
export function assertUniqueIds(ids: readonly NoteId[], file: string): void {
	const seen = new Set<NoteId>();
	for (const id of ids) {
		if (seen.has(id)) throw new SourceError(file, `two notes would share the id ${id}: change the words one of them quotes`);
		seen.add(id);
	}
}
