import type { TermNote } from '../annotations/annotationNoteSchema.ts';
import type { GlossaryTerm } from '../annotations/glossarySchema.ts';
import type { EmendationNote, Note } from '../edition/noteSchema.ts';
import type { EditionRecord, Passage } from '../edition/recordSchema.ts';
import type { FormNote } from '../passages/originalFormSchema.ts';
import type { Script } from '../script/scriptSchema.ts';

/** A note a text page shows: a glossary term's with the entry it names. */
export type ShownNote = Exclude<Note, TermNote> | (TermNote & { entry: GlossaryTerm });

/** What a text page shows of its record. */
interface TextPage {
	/** The passages by id, which the text's MDX places. */
	passages: Record<string, Passage>;
	/** Whether the page gives the title itself: the source has no title line. */
	addsTitle: boolean;
	/**
	 * The source's datelines, shown with the provenance rather than in the text: they are a page's
	 * header, often with a scraper's residue (`//example.com2015-04-29`, `浏览量:0`, an empty
	 * `编辑:`), and what they say is shown cleanly as the text's author, date and outlet.
	 */
	datelines: Passage[];
	/** The notes whose markers the page shows, in the order the markers stand: all but the repairs an editor's emendation was made over. */
	notes: ShownNote[];
	/** Every correction, shown or made over, in reading order, for the provenance panel. */
	emendations: EmendationNote[];
	/** Every form of a traditional-script original that standard script writes otherwise, in reading order, for the provenance panel. */
	forms: FormNote[];
}

/**
 * Decides what a text page in `script` shows of a record; throws if a term note names an entry the
 * glossary does not have (they come from one build). The original's forms are marked in its own view only.
 */
export function textPage(record: EditionRecord, glossary: ReadonlyMap<string, GlossaryTerm>, script: Script): TextPage {
	const has = (role: Passage['role']) => record.passages.some((p) => p.role === role);
	const datelines = record.passages.filter((p) => p.role === 'dateline');
	const inDateline = new Set(datelines.map((p) => p.id));
	const shown = record.notes.flatMap((note): ShownNote[] => {
		if (note.kind === 'emendation' && note.absorbedBy !== null) return [];
		if (note.kind === 'form' && script !== record.script) return [];
		if (note.kind !== 'term') return [note];
		const entry = glossary.get(note.term);
		if (!entry) throw new Error(`${record.slug}: the note ${note.id} names the glossary entry ${note.term}, which the glossary does not have`);
		return [{ ...note, entry }];
	});
	return {
		passages: Object.fromEntries(record.passages.map((p) => [p.id, p])),
		addsTitle: !has('title'),
		datelines,
		// The datelines stand after the text, with the provenance: their notes come last, as their markers do.
		notes: [...shown.filter((n) => !inDateline.has(n.passage)), ...shown.filter((n) => inDateline.has(n.passage))],
		emendations: record.notes.filter((n) => n.kind === 'emendation'),
		forms: record.notes.filter((n) => n.kind === 'form'),
	};
}
