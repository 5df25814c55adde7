import { convertPassages } from '../script/convertScript.ts';
import type { NoteId } from '../ids/ids.ts';
import type { Script } from '../script/scriptSchema.ts';
import type { DisplayNode, InlineNode } from './nodeSchema.ts';
import type { Segment } from './segmentSchema.ts';

/**
 * Turns a passage's segments into what a page shows, in the original script. A gloss that follows
 * a repair (its character was rebuilt from bytes) is attached to the repair's last character.
 */
export function toDisplayNodes(segments: Segment[]): InlineNode[] {
	const nodes: InlineNode[] = [];
	for (const s of segments) {
		const previous = nodes.at(-1);
		if (s.kind === 'text') {
			if (previous?.kind === 'text') previous.text += s.text;
			else nodes.push({ kind: 'text', text: s.text });
		} else if (s.kind === 'gloss' && s.base === '' && previous?.kind === 'emendation') {
			previous.gloss = s.reading;
		} else if (s.kind === 'gloss') {
			nodes.push(s.base ? { kind: 'gloss', base: s.base, reading: s.reading } : { kind: 'text', text: s.source });
		} else if (s.kind === 'emendation') {
			nodes.push({ kind: 'emendation', id: s.id, text: s.text, ...(s.gloss && { gloss: s.gloss }) });
		} else if (s.kind === 'redaction') {
			nodes.push({ kind: 'redaction', id: s.id, source: s.source });
		}
		// Damage never reaches this point: the build refuses texts with uncovered damage.
	}
	return nodes;
}

/** The characters a node shows (a redaction shows none of the text's own). */
export function nodeText(node: DisplayNode): string {
	switch (node.kind) {
		case 'text':
		case 'emendation':
		case 'form':
			return node.text;
		case 'gloss':
			return node.base;
		case 'redaction':
			return '';
		case 'annotation':
			return node.nodes.map(nodeText).join('');
	}
}

/** Ids of the notes a passage's nodes show markers for, in the order the markers stand (the notes inside an annotation, then the annotation's, whose marker follows its words). */
export function noteIds(nodes: DisplayNode[]): NoteId[] {
	return nodes.flatMap((node) => (node.kind === 'annotation' ? [...noteIds(node.nodes), node.id] : node.kind === 'emendation' || node.kind === 'redaction' || node.kind === 'form' ? [node.id] : []));
}

/** What display nodes read as: their characters, with each redaction read as the placeholder its source wrote. */
export function nodesReading(nodes: DisplayNode[]): string {
	return nodes.map((node) => (node.kind === 'redaction' ? node.source : node.kind === 'annotation' ? nodesReading(node.nodes) : nodeText(node))).join('');
}

/**
 * Passages' nodes in another script. Each passage converts as one string, so phrases across nodes
 * convert as phrases; all of them go through the dictionaries together (`convertPassages`).
 */
export function convertPassageNodes(passages: DisplayNode[][], to: Script): DisplayNode[][] {
	const convertedTexts = convertPassages(passages.map((nodes) => inlineNodes(nodes).map(nodeText)), to);
	return passages.map((nodes, i) => {
		const converted = convertedTexts[i];
		let at = 0;
		const convert = (n: DisplayNode): DisplayNode => {
			if (n.kind === 'annotation') return { ...n, nodes: n.nodes.map(convert) };
			const text = converted[at++];
			if (n.kind === 'text' || n.kind === 'emendation') return { ...n, text };
			if (n.kind === 'gloss') return { ...n, base: text };
			return n;
		};
		return nodes.map(convert);
	});
}

/** The inline nodes of display nodes, in reading order, out of any annotations they are in. */
function inlineNodes(nodes: DisplayNode[]): InlineNode[] {
	return nodes.flatMap((n) => (n.kind === 'annotation' ? inlineNodes(n.nodes) : [n]));
}
