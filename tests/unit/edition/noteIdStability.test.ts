/**
 * A note's id, and so its anchor (`#note-…`), comes from what the note is, not from its place in a
 * count: adding, removing or reordering one note never changes another's. Checked on seed 000,
 * which has every kind of note but redactions (a term, a note, automatic repairs and editorial
 * emendations made over them), and on seed 001's redactions.
 */
import { describe, expect, test } from 'vitest';
import type { SourcedAnnotation } from '../../../src/lib/annotations/resolveAnnotations.ts';
import { buildEdition } from '../../../src/lib/edition/buildEdition.ts';
import type { RawSource } from '../../../src/lib/edition/buildText.ts';
import { noteAnchor } from '../../../src/lib/ids/ids.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { noteIds } from '../../../src/lib/passages/displayNodes.ts';
import type { EditorialEmendation } from '../../../src/lib/passages/editorialEmendationSchema.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { loadBundledCorpus, loadSeed, seedFile } from '../support/corpus.ts';
import { pid } from '../support/ids.ts';

const file = seedFile('000');
const slug = textName(file);

async function seed000(): Promise<{ source: RawSource; annotations: SourcedAnnotation[]; build: (source: RawSource, annotations: SourcedAnnotation[]) => EditionRecord }> {
	const { annotationsByText, glossary } = await loadBundledCorpus();
	return { source: await loadSeed(file), annotations: annotationsByText.get(slug) ?? [], build: (source, annotations) => buildEdition(source, annotations, { glossary }) };
}

const note = (passage: string, quote: string): SourcedAnnotation => ({ file: 'annotations/added.yaml', entry: { kind: 'note', text: slug, passage: pid(passage), quote, occurrence: 1, en: 'An added note.' } });
const term = (passage: string, quote: string): SourcedAnnotation => ({ file: 'annotations/added.yaml', entry: { kind: 'term', text: slug, passage: pid(passage), quote, occurrence: 1, term: 'laomo-jingshen' } });
const emendation = (passage: string, source: string, reading: string): EditorialEmendation => ({ text: slug, passage: pid(passage), source, reading, reason: 'An added correction.', note: 'For the test.', confidence: 'low' });

/** Each note's id and anchor, keyed by what the note is (and, for the same words, which of them), so two records can be compared note by note. */
function anchors(record: EditionRecord): Map<string, string> {
	const seen = new Map<string, number>();
	return new Map(
		record.notes.map((n) => {
			const what = `${n.kind} ${n.passage} ${'quote' in n ? n.quote : 'form' in n ? n.form : n.source}`;
			seen.set(what, (seen.get(what) ?? 0) + 1);
			return [`${what} #${seen.get(what)}`, `${n.id} ${noteAnchor(n.id)}`];
		}),
	);
}

/** Every note id the passages' nodes carry, in both scripts. */
function nodeIds(record: EditionRecord): string[] {
	return record.passages.flatMap((p) => [...noteIds(p.nodes.hans), ...noteIds(p.nodes.hant)]);
}

/** Expects every note of `before` but the `removed` ones to be in `after` under the same id and anchor, and the markers in the text to carry them. */
function expectKept(before: EditionRecord, after: EditionRecord, removed: string[] = []) {
	const kept = anchors(after);
	for (const [what, anchor] of anchors({ ...before, notes: before.notes.filter((n) => !removed.includes(n.id)) })) expect(kept.get(what), what).toBe(anchor);
	const shown = new Set(nodeIds(after));
	for (const id of nodeIds(before).filter((id) => !removed.includes(id))) expect(shown.has(id), id).toBe(true);
}

describe('note ids', () => {
	test('stay the same when notes are added before them: in an earlier passage, and earlier in the same passage', async () => {
		const { source, annotations, build } = await seed000();
		const before = build(source, annotations);
		const after = build(source, [note('p1', '凝聚'), term('p14', '勞模'), ...annotations, note('p8', '正能量')]);
		expect(after.notes.length).toBe(before.notes.length + 3);
		expectKept(before, after);
	});

	test('stay the same when an editorial emendation is added before them', async () => {
		const { source, annotations, build } = await seed000();
		const before = build(source, annotations);
		const after = build({ ...source, editorial: [emendation('p8', '正能量', '正能量。'), ...(source.editorial ?? [])] }, annotations);
		expect(after.notes.length).toBe(before.notes.length + 1);
		expectKept(before, after);
	});

	test('stay the same when another note is removed', async () => {
		const { source, annotations, build } = await seed000();
		const before = build(source, annotations);
		const after = build(source, annotations.slice(1));
		const { entry } = annotations[0];
		const removed = before.notes.find((n) => n.kind === entry.kind && n.passage === entry.passage)!;
		expect(after.notes.some((n) => n.id === removed.id)).toBe(false);
		expect(nodeIds(after)).not.toContain(removed.id);
		expectKept(before, after, [removed.id]);
	});

	test('do not depend on the order the annotation files list them in: the record is the same', async () => {
		const { source, annotations, build } = await seed000();
		expect(build(source, [...annotations].reverse())).toEqual(build(source, annotations));
	});

	test('of redactions stay the same when placeholders are added in an earlier passage and later in theirs', async () => {
		const raw = await loadSeed(seedFile('001'));
		const before = buildEdition(raw);
		const lines = new TextDecoder().decode(raw.bytes).split('\n');
		// Line 2 is a section number before the first placeholder (line 3); line 3 gets one more at its end.
		lines[1] = `${lines[1]}**`;
		lines[2] = `${lines[2]}**`;
		const after = buildEdition({ ...raw, bytes: new TextEncoder().encode(lines.join('\n')) });
		expect(after.notes.filter((n) => n.kind === 'redaction').map((n) => n.passage).slice(0, 4)).toEqual(['p2', 'p3', 'p3', 'p4']);
		expectKept(before, after);
	});
});
