import { describe, expect, test } from 'vitest';
import type { Note } from '../../../src/lib/edition/noteSchema.ts';
import { firstTermUses, inPageOrder } from '../../../src/lib/site/pageOrder.ts';
import { nid, pid } from '../support/ids.ts';

// A dateline (p2) stands before the text in the source and after it on the page, with the provenance.
const passages = [
	{ id: pid('p2'), role: 'dateline' as const },
	{ id: pid('p4'), role: 'paragraph' as const },
	{ id: pid('p6'), role: 'paragraph' as const },
];
const term = (label: string, passage: string, entry: string): Note => ({ kind: 'term', id: nid(label), passage: pid(passage), quote: entry, term: entry, automatic: true });

describe('page order', () => {
	test('puts the notes of a dateline after those of the text, each group in its own order', () => {
		const notes = [term('a', 'p2', 'handan'), term('b', 'p4', 'handan'), term('c', 'p6', 'gonghui'), term('d', 'p2', 'gonghui')];
		expect(inPageOrder(notes, passages).map((n) => n.id)).toEqual(['b', 'c', 'a', 'd'].map(nid));
	});

	test('takes a term’s first use in page order: in the text before the dateline that the source has first', () => {
		const notes = [term('a', 'p2', 'handan'), term('b', 'p4', 'handan'), term('c', 'p2', 'xinhua')];
		const first = firstTermUses(inPageOrder(notes, passages));
		expect(first).toEqual(new Map([['handan', nid('b')], ['xinhua', nid('c')]]));
	});
});
