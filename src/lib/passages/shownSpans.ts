import type { NoteId, PassageId } from '../ids/ids.ts';
import type { Script } from '../script/scriptSchema.ts';
import { nodeText } from './displayNodes.ts';
import type { DisplayNode } from './nodeSchema.ts';

/**
 * How a redaction reads on a page (its marker, in either script) and where its words are quoted:
 * a label, never the name it stands for.
 */
export const redactionShown = '〔略〕';

/** A passage's text as a page shows it, and where the words of each marked span stand in it. */
export interface ShownSpans {
	/** The passage's characters, each redaction as `〔略〕`, without readings or marker labels. */
	text: string;
	/** For each annotation, correction and form: [start, end) of its words in `text`. */
	at: Map<NoteId, [number, number]>;
}

/** Where the words of each note with a marked span stand in a passage, as a page in one script shows it. */
export function shownSpans(nodes: DisplayNode[]): ShownSpans {
	let text = '';
	const at = new Map<NoteId, [number, number]>();
	const walk = (list: DisplayNode[]) => {
		for (const node of list) {
			const start = text.length;
			if (node.kind === 'annotation') walk(node.nodes);
			else text += node.kind === 'redaction' ? redactionShown : nodeText(node);
			if (node.kind === 'annotation' || node.kind === 'emendation' || node.kind === 'form') at.set(node.id, [start, text.length]);
		}
	};
	walk(nodes);
	return { text, at };
}

/** A record's passages' spans (`shownSpans`), each passage's worked out once, when first asked for. */
export function spansOfPassages(passages: readonly { id: PassageId; nodes: Record<Script, DisplayNode[]> }[]): (passage: PassageId, script: Script) => ShownSpans | undefined {
	const byId = new Map(passages.map((p) => [p.id, p]));
	const done = new Map<string, ShownSpans>();
	return (passage, script) => {
		const key = `${passage} ${script}`;
		let spans = done.get(key);
		if (!spans) {
			const nodes = byId.get(passage)?.nodes[script];
			if (!nodes) return undefined;
			done.set(key, (spans = shownSpans(nodes)));
		}
		return spans;
	};
}
