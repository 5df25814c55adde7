import type { AnnotationEntry, GlossaryEntry, ResolvedAnnotation } from './annotationSchema.ts';
import { annotateNodes } from './annotateNodes.ts';
import { convertScript, otherScript } from '../script/convertScript.ts';
import { nodeText } from '../passages/displayNodes.ts';
import type { DisplayNode, Script } from '../edition/schema.ts';

/** A passage's nodes in the original script, keyed by passage id. */
export type PassageNodes = Map<string, DisplayNode[]>;

/** An annotation with the file it came from, for error messages. */
export interface SourcedAnnotation {
	entry: AnnotationEntry;
	/** Annotations file name. */
	file: string;
}

/**
 * Attaches a text's annotations to its passages. Each quote is looked for in the passage as it
 * reads in the original script, then in the other script; annotations are numbered `a1`, `a2`… in
 * reading order. Returns the problems instead of throwing, each naming the file and the entry.
 */
export function resolveAnnotations(
	passages: PassageNodes,
	script: Script,
	sourced: SourcedAnnotation[],
	glossary: Map<string, GlossaryEntry>,
): { annotations: ResolvedAnnotation[]; errors: string[] } {
	const errors: string[] = [];
	const located: { entry: AnnotationEntry; start: number; end: number; order: number; where: string }[] = [];
	const passageOrder = new Map([...passages.keys()].map((id, i) => [id, i]));
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
		located.push({ entry, start, end: start + entry.quote.length, order: passageOrder.get(entry.passage)!, where });
	}
	located.sort((a, b) => a.order - b.order || a.start - b.start);
	const annotations: ResolvedAnnotation[] = [];
	for (const [i, { entry, start, end, where }] of located.entries()) {
		const id = `a${i + 1}`;
		const annotated = annotateNodes(passages.get(entry.passage)!, start, end, id);
		if (!annotated) {
			errors.push(`${where}: overlaps another annotation`);
			continue;
		}
		passages.set(entry.passage, annotated);
		const base = { id, passage: entry.passage, quote: entry.quote };
		if (entry.kind === 'term') {
			const term = glossary.get(entry.term)!;
			annotations.push({ kind: 'term', ...base, entry: { ...term, zhHant: glossInTraditional(term) } });
		} else {
			annotations.push({ kind: 'note', ...base, zh: entry.zh ? { hans: entry.zh, hant: convertScript(entry.zh, 'hant') } : null, en: entry.en ?? null });
		}
	}
	return { annotations, errors };
}

/** Each glossary entry's Chinese gloss in traditional, converted once however many texts use it. */
const traditionalGlosses = new WeakMap<GlossaryEntry, string>();

function glossInTraditional(entry: GlossaryEntry): string {
	let gloss = traditionalGlosses.get(entry);
	if (gloss === undefined) traditionalGlosses.set(entry, (gloss = convertScript(entry.zh, 'hant')));
	return gloss;
}

function nthIndex(text: string, words: string, n: number): number | undefined {
	let at = -1;
	for (let i = 0; i < n; i++) {
		at = text.indexOf(words, at + 1);
		if (at < 0) return undefined;
	}
	return at;
}
