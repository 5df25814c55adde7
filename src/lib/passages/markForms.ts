/**
 * Marks, in a traditional-script original's passages, each form standard traditional script writes
 * otherwise (`nonstandardForms`), as the editor's decisions leave them: a `form` node in the
 * original's view (the text itself is unchanged: it is the original) and a note giving the
 * standard form. Only plain text is marked; a correction's or a reading's characters are the
 * editor's or the source's own account, and a form across two of them is left alone.
 */
import { noteId, occurrenceAt, type PassageId } from '../ids/ids.ts';
import { nodesReading } from './displayNodes.ts';
import type { DisplayNode } from './nodeSchema.ts';
import { nonstandardForms, type FormSpan } from './nonstandardForms.ts';
import type { FormNote, OriginalFormDecision } from './originalFormSchema.ts';

/**
 * A passage's nodes with its forms marked, their notes, and which decisions applied (by index).
 * `simplified`: the passage as the build converted it, if at hand.
 */
export function markForms(passage: PassageId, nodes: DisplayNode[], decisions: readonly OriginalFormDecision[], simplified?: string): { nodes: DisplayNode[]; notes: FormNote[]; applied: Set<number> } {
	const text = nodesReading(nodes);
	const applied = new Set<number>();
	// A decision for this passage wins over one for the whole text.
	const decisionFor = (form: string) => {
		const index = decisions.findIndex((d) => d.form === form && d.passage === passage);
		return index >= 0 ? index : decisions.findIndex((d) => d.form === form && !d.passage);
	};
	const spans: (FormSpan & { decision?: number })[] = nonstandardForms(text, simplified).flatMap((span) => {
		const index = decisionFor(span.form);
		const decision = decisions[index];
		if (decision?.decision === 'dismiss') {
			applied.add(index);
			return [];
		}
		// The editor's standard form, where given, replaces the one conversion found.
		return [{ ...span, standard: decision?.standard ?? span.standard, decision: index >= 0 ? index : undefined }];
	});
	// Forms the editor adds, where conversion found none: every occurrence in the passage.
	for (const [index, d] of decisions.entries()) {
		if (!d.standard || d.passage !== passage || spans.some((span) => span.decision === index)) continue;
		for (let at = text.indexOf(d.form); at >= 0; at = text.indexOf(d.form, at + d.form.length)) {
			if (spans.some((span) => span.start < at + d.form.length && at < span.end)) continue;
			spans.push({ start: at, end: at + d.form.length, form: d.form, standard: d.standard, decision: index });
		}
	}
	spans.sort((a, b) => a.start - b.start);

	const notes: FormNote[] = [];
	let offset = 0;
	const mark = (list: DisplayNode[]): DisplayNode[] =>
		list.flatMap((node): DisplayNode[] => {
			if (node.kind === 'annotation') return [{ ...node, nodes: mark(node.nodes) }];
			const start = offset;
			offset += nodesReading([node]).length;
			if (node.kind !== 'text') return [node];
			const inside = spans.filter((span) => span.start >= start && span.end <= offset);
			if (inside.length === 0) return [node];
			const pieces: DisplayNode[] = [];
			let at = start;
			for (const span of inside) {
				if (span.start > at) pieces.push({ kind: 'text', text: text.slice(at, span.start) });
				const id = noteId({ kind: 'form', passage, words: span.form, occurrence: occurrenceAt(text, span.form, span.start) });
				const decision = span.decision === undefined ? undefined : decisions[span.decision];
				// A decision applies when a form it names is shown (one inside a reading or a correction is not).
				if (span.decision !== undefined) applied.add(span.decision);
				pieces.push({ kind: 'form', id, text: span.form, standard: span.standard });
				notes.push({ kind: 'form', id, passage, form: span.form, standard: span.standard, status: decision?.decision === 'confirm' ? 'confirmed' : 'automatic', ...(decision?.note && { note: decision.note }) });
				at = span.end;
			}
			if (at < offset) pieces.push({ kind: 'text', text: text.slice(at, offset) });
			return pieces;
		});
	return { nodes: mark(nodes), notes, applied };
}
