import type { Note } from '../edition/noteSchema.ts';
import type { Passage } from '../edition/recordSchema.ts';
import type { NoteId } from '../ids/ids.ts';

/**
 * Notes in the order a text page shows their markers: the text's datelines stand after it, with
 * the provenance, so their notes come after those of the text.
 */
export function inPageOrder<T extends Pick<Note, 'passage'>>(notes: readonly T[], passages: readonly Pick<Passage, 'id' | 'role'>[]): T[] {
	const inDateline = new Set(passages.flatMap((p) => (p.role === 'dateline' ? [p.id] : [])));
	return [...notes.filter((n) => !inDateline.has(n.passage)), ...notes.filter((n) => inDateline.has(n.passage))];
}

/**
 * The first use of each glossary term among notes in page order, by the entry's id: the use the
 * page marks, whose note every later use's marker opens, and which carries the term's glosses.
 */
export function firstTermUses(notes: readonly Note[]): Map<string, NoteId> {
	const first = new Map<string, NoteId>();
	for (const note of notes) if (note.kind === 'term' && !first.has(note.term)) first.set(note.term, note.id);
	return first;
}
