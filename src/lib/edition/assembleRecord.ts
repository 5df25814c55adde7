import type { AnnotationNote } from '../annotations/annotationNoteSchema.ts';
import { assertUniqueIds, type NoteId } from '../ids/ids.ts';
import type { PassageBlock } from '../lines/blockSchema.ts';
import { nodesReading, noteIds } from '../passages/displayNodes.ts';
import { markForms } from '../passages/markForms.ts';
import type { DisplayNode, PassageNodes } from '../passages/nodeSchema.ts';
import { convertScript, otherScript } from '../script/convertScript.ts';
import type { Bilingual, Script } from '../script/scriptSchema.ts';
import { SourceError } from '../source/sourceError.ts';
import type { CorpusText } from './buildText.ts';
import type { Note } from './noteSchema.ts';
import { recordFormat, type EditionRecord, type Passage } from './recordSchema.ts';

/** A text read from its source, with its annotations attached and its passages converted into the other script. */
interface AnnotatedText {
	text: CorpusText;
	/** Each passage's nodes in the original script, annotations attached. */
	original: PassageNodes;
	/** The same in the other script. */
	converted: PassageNodes;
	/** The notes its annotations became. */
	annotations: AnnotationNote[];
}

/** Puts a text's edition record together: metadata and notes in both scripts, passages, notes in reading order, counts. */
export function assembleRecord({ text, original, converted, annotations }: AnnotatedText): EditionRecord {
	const { script, metadata } = text;
	const both = (words: string): Bilingual => inScripts(words, convertScript(words, otherScript(script)), script);
	const blocks = text.blocks.filter((b): b is PassageBlock => b.kind === 'passage');
	const placeholders = new Map(blocks.flatMap((b) => b.segments.flatMap((s) => (s.kind === 'redaction' ? [[s.id, { passage: b.id, source: s.source }] as const] : []))));

	// A traditional-script original: the forms standard script writes otherwise, marked in its own view.
	const forms: Note[] = [];
	const formsApplied = new Set<number>();
	const originalNodes = (block: PassageBlock) => {
		const nodes = original.get(block.id) ?? [];
		if (script !== 'hant') return nodes;
		const marked = markForms(block.id, nodes, text.forms.decisions, nodesReading(converted.get(block.id) ?? []));
		forms.push(...marked.notes);
		for (const index of marked.applied) formsApplied.add(index);
		return marked.nodes;
	};

	let paragraphs = 0;
	const passages = blocks.map((block): Passage => {
		const nodes = inScripts(originalNodes(block), converted.get(block.id) ?? [], script);
		return {
			id: block.id,
			role: block.role,
			line: block.line,
			n: block.role === 'paragraph' ? ++paragraphs : null,
			text: { hans: nodesReading(nodes.hans), hant: nodesReading(nodes.hant) },
			nodes,
		};
	});

	// A correction reads in the other script as the converted passage shows it (converted in its
	// context); one the text does not show (made over by an editor) is converted on its own.
	const shownReadings = new Map([...converted.values()].flatMap((nodes) => emendationTexts(nodes)));
	const notes: Note[] = [
		...text.emendations.map((e): Note => ({ kind: 'emendation', ...e, reading: inScripts(e.reading, shownReadings.get(e.id) ?? convertScript(e.reading, otherScript(script)), script) })),
		...annotations,
		...[...placeholders].map(([id, { passage, source }]): Note => ({ kind: 'redaction', id, passage, source })),
		...forms,
	];
	const unapplied = text.forms.decisions.filter((_, i) => !formsApplied.has(i));
	if (unapplied.length) {
		throw new SourceError(text.forms.file, `decisions that match no form of ${text.source.file}${script === 'hant' ? '' : ' (its source is in simplified script: only a traditional-script original has its forms marked)'}:\n  ${unapplied.map((d) => `${d.passage ?? 'any passage'}: ${d.form} (${d.decision})`).join('\n  ')}`);
	}
	assertUniqueIds(notes.map((n) => n.id), text.source.file);

	return {
		format: recordFormat,
		slug: text.slug,
		title: both(metadata.title),
		author: metadata.author === null ? null : both(metadata.author),
		date: metadata.date,
		outlet: metadata.outlet === null ? null : both(metadata.outlet),
		editor: metadata.editor === null ? null : both(metadata.editor),
		sourceUrl: metadata.sourceUrl,
		metadataFrom: metadata.from,
		editorNote: text.editorNote,
		script,
		source: text.source,
		chrome: text.blocks.flatMap((b) => (b.kind === 'chrome' ? [{ line: b.line, role: b.role, text: b.text }] : [])),
		passages,
		notes: readingOrder(notes, passages.flatMap((p) => noteIds(p.nodes[script]))),
		counts: {
			paragraphs,
			headings: blocks.filter((b) => b.role === 'heading').length,
			chromeLines: text.blocks.filter((b) => b.kind === 'chrome').length,
			glosses: blocks.reduce((n, b) => n + b.segments.filter((s) => s.kind === 'gloss').length, 0),
			characters: passages.reduce((n, p) => n + p.text[script].length, 0),
		},
	};
}

/** A pair of values as `{ hans, hant }`, always in that key order, from the original script's value and the other's. */
function inScripts<T>(own: T, other: T, script: Script): { hans: T; hant: T } {
	return script === 'hans' ? { hans: own, hant: other } : { hans: other, hant: own };
}

/** Each correction's id and text in a passage's nodes. */
function emendationTexts(nodes: DisplayNode[]): [NoteId, string][] {
	return nodes.flatMap((node) => (node.kind === 'emendation' ? [[node.id, node.text] as [NoteId, string]] : node.kind === 'annotation' ? emendationTexts(node.nodes) : []));
}

/**
 * The notes in the order a reader meets their markers. A correction an editor made an emendation
 * over has no marker: it follows that emendation (and what it was made over follows it). Nothing
 * is dropped: a note with neither a marker nor an emendation over it would come last.
 */
function readingOrder(notes: Note[], shown: NoteId[]): Note[] {
	const byId = new Map(notes.map((n) => [n.id, n]));
	const absorbed = Map.groupBy(notes, (n) => (n.kind === 'emendation' ? n.absorbedBy : null));
	const withAbsorbed = (note: Note): Note[] => [note, ...(absorbed.get(note.id) ?? []).flatMap(withAbsorbed)];
	const ordered = shown.flatMap((id) => withAbsorbed(byId.get(id)!));
	const placed = new Set(ordered);
	return [...ordered, ...notes.filter((n) => !placed.has(n))];
}
