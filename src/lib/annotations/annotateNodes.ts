import { nodeText } from '../passages/displayNodes.ts';
import type { NoteId } from '../ids/ids.ts';
import type { DisplayNode } from '../passages/nodeSchema.ts';

/** Which annotations others may go into or around; default all. */
type MayNest = (id: NoteId) => boolean;

/**
 * Wraps the words at [start, end) of a passage's nodes in an annotation node. Text nodes at the
 * edges are split; a gloss or emendation at an edge is taken whole. An annotation wholly inside
 * the words goes inside the new one; words wholly inside an annotation go inside it. Returns
 * undefined when the words cross an annotation's edge, cover exactly the same words as one, or
 * would nest in or around an annotation `mayNest` refuses.
 */
export function annotateNodes(nodes: DisplayNode[], start: number, end: number, id: NoteId, mayNest: MayNest = () => true): DisplayNode[] | undefined {
	const before: DisplayNode[] = [];
	const inside: DisplayNode[] = [];
	const after: DisplayNode[] = [];
	let at = 0;
	for (const [i, node] of nodes.entries()) {
		const from = at;
		const to = (at += nodeText(node).length);
		// A zero-width node (a redaction) at either edge stays outside the annotation.
		if (to <= start) {
			before.push(node);
		} else if (from >= end) {
			after.push(node);
		} else if (node.kind === 'annotation') {
			const within = from <= start && end <= to;
			const around = start <= from && to <= end;
			if (within && around) return undefined;
			if (!mayNest(node.id)) return undefined;
			if (around) {
				inside.push(node);
			} else if (within) {
				const nested = annotateNodes(node.nodes, start - from, end - from, id, mayNest);
				return nested && [...nodes.slice(0, i), { ...node, nodes: nested }, ...nodes.slice(i + 1)];
			} else {
				return undefined;
			}
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
