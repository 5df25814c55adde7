/**
 * Glossary terms wherever a text uses them: every form of every entry (simplified, traditional,
 * aliases in both scripts) is looked for in each passage with its characters folded to simplified
 * one by one (`foldToSimplified`), so a term is found whichever script the text is in, and in an
 * original that writes half-converted forms (組工干部 for 組工幹部). A term in corrected words is
 * found as the correction reads, its marked words taking in the whole correction; words across a
 * redaction are not a use.
 */
import type { TermNote } from './annotationNoteSchema.ts';
import { annotateNodes } from './annotateNodes.ts';
import type { TermExclusion } from './annotationSchema.ts';
import type { GlossaryEntry } from './glossarySchema.ts';
import { isTermNote, noteId, occurrenceAt } from '../ids/ids.ts';
import { nodeText } from '../passages/displayNodes.ts';
import type { DisplayNode, InlineNode, PassageNodes } from '../passages/nodeSchema.ts';
import { convertScript, foldToSimplified } from '../script/convertScript.ts';

/** A glossary's forms, ready to be looked for. */
export interface TermFinder {
	/** The folded forms by their first UTF-16 unit, each list longest first, with the entry each belongs to. */
	byFirst: ReadonlyMap<string, readonly { form: string; entry: string }[]>;
}

/**
 * The forms of the entries whose occurrences the build finds (`occurrences: all`), folded to
 * simplified. Where two entries fold to the same form, the first in the glossary file keeps it.
 * Uses the conversion table in force (`useConversionTable`).
 */
export function termFinder(entries: Iterable<GlossaryEntry>): TermFinder {
	const entryOf = new Map<string, string>();
	for (const entry of entries) {
		if (entry.occurrences !== 'all') continue;
		for (const form of [entry.hans, entry.hant, ...entry.aliases.flatMap((alias) => [alias, convertScript(alias, 'hant')])]) {
			const folded = foldToSimplified(form);
			if (!entryOf.has(folded)) entryOf.set(folded, entry.id);
		}
	}
	const forms = [...entryOf].map(([form, entry]) => ({ form, entry })).sort((a, b) => b.form.length - a.form.length);
	return { byFirst: Map.groupBy(forms, ({ form }) => form[0]) };
}

/**
 * Where the glossary's forms stand in a folded text: at each place the longest form that starts
 * there, then on from its end (leftmost, longest, none overlapping). One look-up per character,
 * where a pattern of a few hundred alternatives tried each of them at every place.
 */
function* matches(folded: string, { byFirst }: TermFinder): Generator<{ start: number; form: string; entry: string }> {
	for (let at = 0; at < folded.length; ) {
		const found = byFirst.get(folded[at])?.find(({ form }) => folded.startsWith(form, at));
		if (!found) {
			at++;
			continue;
		}
		yield { start: at, ...found };
		at += found.form.length;
	}
}

/**
 * Marks every occurrence of the glossary's terms in a text's passages, in place, and returns a
 * note for each. An occurrence goes inside an editor's note that explains longer words, but not
 * inside another term's words, nor across the edge of any annotation: the annotation files'
 * own entries stand. `excluded` lists what an annotation file says is not a term here; the
 * indexes of those that excluded nothing come back as `unused`.
 */
export function findTerms(passages: PassageNodes, finder: TermFinder, excluded: readonly TermExclusion[] = []): { notes: TermNote[]; unused: number[] } {
	const notes: TermNote[] = [];
	const used = new Set<number>();
	for (const [passage, nodes] of passages) {
		const text = nodes.map(nodeText).join('');
		const leaves = leafSpans(nodes);
		let marked = nodes;
		for (const { start: from, form, entry: term } of matches(foldToSimplified(text), finder)) {
			const exclusion = excluded.findIndex((e) => e.term === term && (e.passage === undefined || e.passage === passage));
			if (exclusion >= 0) {
				used.add(exclusion);
				continue;
			}
			// Words across a redaction are not a use: the name left out stands between them.
			let [start, end] = [from, from + form.length];
			if (leaves.some((leaf) => leaf.kind === 'redaction' && start < leaf.from && leaf.from < end)) continue;
			// A correction, reading or form is one piece: the marked words take in the whole of one they cut into.
			for (const leaf of leaves) {
				if (leaf.kind === 'text' || leaf.kind === 'redaction') continue;
				if (leaf.from < start && start < leaf.to) start = leaf.from;
				if (leaf.from < end && end < leaf.to) end = leaf.to;
			}
			const words = text.slice(start, end);
			const id = noteId({ kind: 'term', passage, words, occurrence: occurrenceAt(text, words, start) });
			const annotated = annotateNodes(marked, start, end, id, (other) => !isTermNote(other));
			if (!annotated) continue;
			marked = annotated;
			notes.push({ kind: 'term', id, passage, quote: words, term, automatic: true });
		}
		passages.set(passage, marked);
	}
	return { notes, unused: excluded.flatMap((_, i) => (used.has(i) ? [] : [i])) };
}

/** Where an inline node stands in its passage's text: [from, to). */
type LeafSpan = { kind: InlineNode['kind']; from: number; to: number };

/** Where each inline node of a passage stands in its text, annotations looked into. */
function leafSpans(nodes: DisplayNode[]): LeafSpan[] {
	let at = 0;
	const walk = (list: DisplayNode[]): LeafSpan[] =>
		list.flatMap((node) => {
			if (node.kind === 'annotation') return walk(node.nodes);
			const from = at;
			return [{ kind: node.kind, from, to: (at += nodeText(node).length) }];
		});
	return walk(nodes);
}
