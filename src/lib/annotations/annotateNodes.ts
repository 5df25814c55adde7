import { nodeText } from '../passages/displayNodes.ts';
import type { NoteId } from '../ids/ids.ts';
import type { DisplayNode, InlineNode } from '../passages/nodeSchema.ts';

/**
 * Wraps the words at [start, end) of a passage's nodes in an annotation node. Text nodes at the
 * edges are split; a gloss or emendation at an edge is taken whole. Returns undefined when the
 * range overlaps an existing annotation.
 */
export function annotateNodes(nodes: DisplayNode[], start: number, end: number, id: NoteId): DisplayNode[] | undefined {
	const before: DisplayNode[] = [];
	const inside: InlineNode[] = [];
	const after: DisplayNode[] = [];
	let at = 0;
	for (const node of nodes) {
		const from = at;
		const to = (at += nodeText(node).length);
		// A zero-width node (a redaction) at either edge stays outside the annotation.
		if (to <= start) {
			before.push(node);
		} else if (from >= end) {
			after.push(node);
		} else if (node.kind === 'annotation') {
			return undefined;
		} else if (node.kind === 'text') {
			if (from < start) before.push({ kind: 'text', text: node.text.slice(0, start - from) });
			inside.push({ kind: 'text', text: node.text.slice(Math.max(start - from, 0), Math.min(end, to) - from) });
			if (to > end) after.push({ kind: 'text', text: node.text.slice(end - from) });
		} else {
			inside.push(node);
		}
	}
	return [...before, { kind: 'annotation', id, nodes: inside }, ...after];
}
