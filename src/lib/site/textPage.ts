import type { CommentNote, TermNote } from '../annotations/annotationNoteSchema.ts';
import { spansOfPassages } from '../passages/shownSpans.ts';
import type { GlossaryKind, GlossaryTerm } from '../annotations/glossarySchema.ts';
import type { EmendationNote, Note } from '../edition/noteSchema.ts';
import type { EditionRecord, Passage } from '../edition/recordSchema.ts';
import type { FormNote } from '../passages/originalFormSchema.ts';
import type { NoteId } from '../ids/ids.ts';
import type { Script } from '../script/scriptSchema.ts';
import { firstTermUses, inPageOrder } from './pageOrder.ts';

/**
 * A note a text page shows: a glossary term's with the entry it names and how often the text uses
 * it; an editor's note with the words it explains as the page shows them (in the page's script).
 */
export type ShownNote = Exclude<Note, TermNote | CommentNote> | (TermNote & { entry: GlossaryTerm; usesInText: number }) | (CommentNote & { words: string });

/**
 * What a glossary term's marker opens. The first use of a term in a text has the term's note;
 * a later use opens the same note, and its marker shows only when the reader marks every use.
 */
export interface TermMarker {
	/** The note the marker opens: the first use's. */
	opens: NoteId;
	/** Whether this is a later use. */
	later: boolean;
	/** What the entry names, which the marker says. */
	kind: GlossaryKind;
}

/** A passage as a text page shows it: with what each glossary term's marker in it opens. */
export type ShownPassage = Passage & { termMarkers: ReadonlyMap<NoteId, TermMarker> };

/** What a text page shows of its record. */
interface TextPage {
	/** The passages by id, which the text's MDX places. */
	passages: Record<string, ShownPassage>;
	/** Whether the page gives the title itself: the source has no title line. */
	addsTitle: boolean;
	/**
	 * The source's datelines, shown with the provenance rather than in the text: they are a page's
	 * header, often with a scraper's residue (`//example.com2015-04-29`, `浏览量:0`, an empty
	 * `编辑:`), and what they say is shown cleanly as the text's author, date and outlet.
	 */
	datelines: ShownPassage[];
	/** The notes whose markers the page shows, in the order the markers stand: all but the repairs an editor's emendation was made over, and a glossary term's note once, at its first use. */
	notes: ShownNote[];
	/** Whether a glossary term is used more than once: the reader may then mark every use. */
	repeatsTerms: boolean;
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
	const usesInText = Map.groupBy(record.notes.flatMap((n) => (n.kind === 'term' ? [n] : [])), (n) => n.term);
	const spans = spansOfPassages(record.passages);
	const shown = record.notes.flatMap((note): ShownNote[] => {
		if (note.kind === 'emendation' && note.absorbedBy !== null) return [];
		if (note.kind === 'form' && script !== record.script) return [];
		if (note.kind === 'note') {
			const { text, at } = spans(note.passage, script)!;
			return [{ ...note, words: text.slice(...at.get(note.id)!) }];
		}
		if (note.kind !== 'term') return [note];
		const entry = glossary.get(note.term);
		if (!entry) throw new Error(`${record.slug}: the note ${note.id} names the glossary entry ${note.term}, which the glossary does not have`);
		return [{ ...note, entry, usesInText: usesInText.get(note.term)!.length }];
	});
	const ordered = inPageOrder(shown, record.passages);
	const firstUses = firstTermUses(ordered);
	const termMarkers = new Map<NoteId, TermMarker>();
	const notes = ordered.filter((note) => {
		if (note.kind !== 'term') return true;
		const first = firstUses.get(note.term)!;
		termMarkers.set(note.id, { opens: first, later: first !== note.id, kind: note.entry.kind });
		return first === note.id;
	});
	const passages = record.passages.map((p): ShownPassage => ({ ...p, termMarkers }));
	return {
		passages: Object.fromEntries(passages.map((p) => [p.id, p])),
		addsTitle: !has('title'),
		datelines: passages.filter((p) => p.role === 'dateline'),
		notes,
		repeatsTerms: [...termMarkers.values()].some((m) => m.later),
		emendations: record.notes.filter((n) => n.kind === 'emendation'),
		forms: record.notes.filter((n) => n.kind === 'form'),
	};
}
