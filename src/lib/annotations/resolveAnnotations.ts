import type { AnnotationNote } from './annotationNoteSchema.ts';
import type { GlossaryEntry } from './glossarySchema.ts';
import type { AnnotationEntry, TermExclusion } from './annotationSchema.ts';
import { findTerms, termFinder, type TermFinder } from './findTerms.ts';
import { annotateNodes } from './annotateNodes.ts';
import { isTermNote, noteId, occurrenceAt } from '../ids/ids.ts';
import { nodeText } from '../passages/displayNodes.ts';
import type { PassageNodes } from '../passages/nodeSchema.ts';
import { bothFromSimplified, convertScript, otherScript } from '../script/convertScript.ts';
import type { Script } from '../script/scriptSchema.ts';

/** An annotation with the file it came from, for error messages. */
export interface SourcedAnnotation {
	entry: AnnotationEntry;
	/** Annotations file name. */
	file: string;
}

/**
 * Attaches a text's annotations to its passages, in place: first those the annotation files list,
 * then every other occurrence of a glossary term (`findTerms`), less what the files exclude. Each
 * quote is looked for in the passage as it reads in the original script, then in the other script.
 * An annotation's id comes from its kind, its passage, the words it covers as the original script
 * writes them and which occurrence of them they are, so it does not depend on the other
 * annotations. Returns the problems instead of throwing, each naming the file and the entry.
 */
export function resolveAnnotations(
	passages: PassageNodes,
	script: Script,
	sourced: SourcedAnnotation[],
	glossary: ReadonlyMap<string, GlossaryEntry>,
	finder: TermFinder = termFinder(glossary.values()),
): { notes: AnnotationNote[]; errors: string[] } {
	const notes: AnnotationNote[] = [];
	const errors: string[] = [];
	const exclusions: { entry: TermExclusion; file: string }[] = [];
	for (const { entry, file } of sourced) {
		if (entry.kind === 'not-term') {
			if (glossary.has(entry.term)) exclusions.push({ entry, file });
			else errors.push(`${file}: not-term on ${entry.text}: the glossary has no entry “${entry.term}”`);
			continue;
		}
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
		// The id names the words as the text has them, whichever script the entry quotes them in.
		const words = text.slice(start, start + entry.quote.length);
		const id = noteId({ kind: entry.kind, passage: entry.passage, words, occurrence: occurrenceAt(text, words, start) });
		// A term never goes inside another term, as with the terms the build finds (findTerms).
		const annotated = annotateNodes(nodes, start, start + entry.quote.length, id, entry.kind === 'term' ? (other) => !isTermNote(other) : undefined);
		if (!annotated) {
			errors.push(`${where}: overlaps another annotation`);
			continue;
		}
		passages.set(entry.passage, annotated);
		const placed = { id, passage: entry.passage, quote: entry.quote };
		notes.push(entry.kind === 'term' ? { kind: 'term', ...placed, term: entry.term, automatic: false } : { kind: 'note', ...placed, zh: entry.zh ? bothFromSimplified(entry.zh) : null, en: entry.en ?? null });
	}
	const found = findTerms(passages, finder, exclusions.map(({ entry }) => entry));
	for (const i of found.unused) {
		const { entry, file } = exclusions[i];
		errors.push(`${file}: not-term on ${entry.text}${entry.passage ? ` ${entry.passage}` : ''}: “${entry.term}” is not found there, so there is nothing to exclude`);
	}
	return { notes: [...notes, ...found.notes], errors };
}

function nthIndex(text: string, words: string, n: number): number | undefined {
	let at = -1;
	for (let i = 0; i < n; i++) {
		at = text.indexOf(words, at + 1);
		if (at < 0) return undefined;
	}
	return at;
}
