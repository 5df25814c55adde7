/** Ids for tests of code that only carries ids along: real, well-formed ids, named by a short label. */
import { noteId, passageIdSchema, type NoteId, type PassageId } from '../../../src/lib/ids/ids.ts';

/** A passage id, checked as data files' ids are: `pid('p8')`. */
export const pid = (id: string): PassageId => passageIdSchema.parse(id);

/** A note id standing for the label (`'e1'`, `'a2'`): the same label always gives the same id. */
export const nid = (label: string): NoteId => noteId({ kind: 'note', passage: pid('p1'), words: label, occurrence: 1 });
