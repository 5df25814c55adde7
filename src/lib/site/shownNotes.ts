import type { Note } from '../edition/noteSchema.ts';

/** The notes whose markers a text shows, in reading order: all but the automatic repairs an editor's emendation was made over. */
export function shownNotes(record: { notes: Note[] }): Note[] {
	return record.notes.filter((note) => note.kind !== 'emendation' || note.absorbedBy === null);
}
