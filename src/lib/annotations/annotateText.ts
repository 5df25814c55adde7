import type { GlossaryEntry } from './annotationSchema.ts';
import type { CorpusText } from '../edition/buildText.ts';
import { toDisplayNodes } from '../passages/displayNodes.ts';
import { resolveAnnotations, type PassageNodes, type SourcedAnnotation } from './resolveAnnotations.ts';
import type { DisplayNode } from '../edition/schema.ts';
import { SourceError } from '../source/sourceError.ts';

/** A text ready to render: its frontmatter now lists its annotations, and its passages carry them. */
export interface AnnotatedText {
	text: CorpusText;
	/** Each passage's nodes in the original script, annotations attached. */
	passages: PassageNodes;
}

/** The passages' display nodes in the original script, without annotations. */
export function passageNodes(text: CorpusText): PassageNodes {
	return new Map(text.blocks.flatMap((b) => (b.kind === 'passage' ? [[b.id, toDisplayNodes(b.segments)] as const] : [])));
}

/** Attaches a text's annotations. Throws `SourceError` naming every annotation that does not fit. */
export function annotateText(text: CorpusText, annotations: SourcedAnnotation[] = [], glossary = new Map<string, GlossaryEntry>()): AnnotatedText {
	const passages = passageNodes(text);
	// Annotations first (they split nodes), then the order of everything a reader can open.
	const resolved = resolveAnnotations(passages, text.frontmatter.script, annotations, glossary);
	if (resolved.errors.length) throw new SourceError(text.frontmatter.source.file, `annotations that do not fit:\n  ${resolved.errors.join('\n  ')}`);
	const noteOrder = [...passages.values()].flatMap(noteIds);
	return { text: { ...text, frontmatter: { ...text.frontmatter, annotations: resolved.annotations, noteOrder } }, passages };
}

/** Ids of the notes a passage shows, in reading order (an annotation before the notes inside it). */
function noteIds(nodes: DisplayNode[]): string[] {
	return nodes.flatMap((node) => (node.kind === 'annotation' ? [node.id, ...noteIds(node.nodes)] : node.kind === 'emendation' || node.kind === 'redaction' ? [node.id] : []));
}
