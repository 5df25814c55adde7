import type { DisplayNode, InlineNode } from '../edition/schema.ts';

/**
 * A display node as written into a generated MDX file. Plain text and glosses make up nearly all
 * of a passage, so they are written short: text as its string, a gloss as `[base, reading]`.
 * The rarer kinds (emendations, redactions, annotations) keep their objects. Each form is told
 * apart by its JSON type alone, so no text can be mistaken for another kind.
 */
type PackedInline = string | [base: string, reading: string] | Exclude<InlineNode, { kind: 'text' | 'gloss' }>;
export type PackedNode = PackedInline | { kind: 'annotation'; id: string; nodes: PackedInline[] };

/** Writes display nodes in their short form. */
export function packNodes(nodes: DisplayNode[]): PackedNode[] {
	return nodes.map((node) => (node.kind === 'annotation' ? { ...node, nodes: node.nodes.map(packInline) } : packInline(node)));
}

/** Reads display nodes back from their short form. */
export function unpackNodes(packed: PackedNode[]): DisplayNode[] {
	return packed.map((node) => (typeof node === 'object' && !Array.isArray(node) && node.kind === 'annotation' ? { ...node, nodes: node.nodes.map(unpackInline) } : unpackInline(node as PackedInline)));
}

function packInline(node: InlineNode): PackedInline {
	if (node.kind === 'text') return node.text;
	if (node.kind === 'gloss') return [node.base, node.reading];
	return node;
}

function unpackInline(node: PackedInline): InlineNode {
	if (typeof node === 'string') return { kind: 'text', text: node };
	if (Array.isArray(node)) return { kind: 'gloss', base: node[0], reading: node[1] };
	return node;
}
