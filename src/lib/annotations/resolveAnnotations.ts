import type { GlossaryEntry } from './glossarySchema.ts';
import type { AnnotationEntry } from './annotationSchema.ts';
import { annotateNodes } from './annotateNodes.ts';
import { noteId, type PassageId } from '../edition/ids.ts';
import type { Note } from '../edition/noteSchema.ts';
import { nodeText } from '../passages/displayNodes.ts';
import type { DisplayNode } from '../passages/nodeSchema.ts';
import { convertScript, otherScript } from '../script/convertScript.ts';
import type { Script } from '../script/scriptSchema.ts';

/** A passage's nodes in the original script, keyed by passage id. */
export type PassageNodes = Map<PassageId, DisplayNode[]>;

/** An annotation with the file it came from, for error messages. */
export interface SourcedAnnotation {
	entry: AnnotationEntry;
	/** Annotations file name. */
	file: string;
}

/** The notes annotations become. */
export type AnnotationNote = Extract<Note, { kind: 'term' | 'note' }>;

/**
 * Attaches a text's annotations to its passages, in place. Each quote is looked for in the passage
 * as it reads in the original script, then in the other script. An annotation's id comes from its
 * own entry (kind, passage, the quoted words in simplified script, occurrence), so it does not
 * depend on the others. Returns the problems instead of throwing, each naming the file and the entry.
 */
export function resolveAnnotations(
	passages: PassageNodes,
	script: Script,
	sourced: SourcedAnnotation[],
	glossary: ReadonlyMap<string, GlossaryEntry>,
): { notes: AnnotationNote[]; errors: string[] } {
	const notes: AnnotationNote[] = [];
	const errors: string[] = [];
	for (const { entry, file } of sourced) {
		const where = `${file}: ${entry.kind} on ${entry.text} ${entry.passage} “${entry.quote}”`;
		const nodes = passages.get(entry.passage);
		if (!nodes) {
			errors.push(`${where}: the text has no passage ${entry.passage}`);
			continue;
		}
		if (entry.kind === 'term' && !glossary.has(entry.term)) {
			errors.push(`${where}: the glossary has no entry “${entry.term}”`);
			continue;
		}
		const text = nodes.map(nodeText).join('');
		const start = nthIndex(text, entry.quote, entry.occurrence) ?? nthIndex(convertScript(text, otherScript(script)), convertScript(entry.quote, otherScript(script)), entry.occurrence);
		if (start === undefined) {
			errors.push(`${where}: the words are not in the passage${entry.occurrence > 1 ? ` ${entry.occurrence} times` : ''}`);
			continue;
		}
		const id = noteId({ kind: entry.kind, passage: entry.passage, words: convertScript(entry.quote, 'hans'), occurrence: entry.occurrence });
		const annotated = annotateNodes(nodes, start, start + entry.quote.length, id);
		if (!annotated) {
			errors.push(`${where}: overlaps another annotation`);
			continue;
		}
		passages.set(entry.passage, annotated);
		const placed = { id, passage: entry.passage, quote: entry.quote };
		notes.push(entry.kind === 'term' ? { kind: 'term', ...placed, term: entry.term } : { kind: 'note', ...placed, zh: entry.zh ? { hans: entry.zh, hant: convertScript(entry.zh, 'hant') } : null, en: entry.en ?? null });
	}
	return { notes, errors };
}

function nthIndex(text: string, words: string, n: number): number | undefined {
	let at = -1;
	for (let i = 0; i < n; i++) {
		at = text.indexOf(words, at + 1);
		if (at < 0) return undefined;
	}
	return at;
}
