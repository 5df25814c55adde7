/**
 * The originals' own forms: a traditional-script text's characters that standard traditional
 * script writes otherwise (a machine conversion's leftovers), found by converting to simplified
 * and back, marked in the original's nodes with a note, as the editor's decisions leave them.
 */
import { describe, expect, test } from 'vitest';
import { nodesReading } from '../../../src/lib/passages/displayNodes.ts';
import { markForms } from '../../../src/lib/passages/markForms.ts';
import type { DisplayNode } from '../../../src/lib/passages/nodeSchema.ts';
import { nonstandardForms } from '../../../src/lib/passages/nonstandardForms.ts';
import { originalFormDecisionSchema, type OriginalFormDecision } from '../../../src/lib/passages/originalFormSchema.ts';
import { nid, pid } from '../support/ids.ts';

describe('nonstandardForms', () => {
	test.each([
		['勞模幹部與干部', [['干', '幹', 5]]],
		['當前正處于轉型', [['于', '於', 4]]],
		['學習模范', [['范', '範', 3]]],
		['處理好關系', [['系', '係', 4]]],
		['艱苦奮斗', [['斗', '鬥', 3]]],
		['扎根基層', [['扎', '紮', 0]]],
		['寄托著希望', [['托', '託', 1]]],
		['什么樣的人', [['么', '麼', 1]]],
	])('in “%s” finds the simplified leftovers the issue lists, where they stand', (text, expected) => {
		expect(nonstandardForms(text).map(({ form, standard, start }) => [form, standard, start])).toEqual(expected);
	});

	test('a text in standard traditional script has none', () => {
		expect(nonstandardForms('弘揚勞模精神，爭做建設家鄉的先鋒。幹部要苦幹實幹，甘於奉獻。')).toEqual([]);
	});

	test('each leftover is a form of its own, even beside another, and offsets count UTF-16 units past a character outside the BMP', () => {
		expect(nonstandardForms('𠀀扎扎實實')).toEqual([
			{ start: 2, end: 3, form: '扎', standard: '紮' },
			{ start: 3, end: 4, form: '扎', standard: '紮' },
		]);
		// So a decision on each character applies (敢于斗爭: 于 and 斗, side by side).
		const marked = markForms(pid('p1'), [{ kind: 'text', text: '敢于斗爭' }], [
			{ text: 't', form: '于', decision: 'confirm' },
			{ text: 't', form: '斗', decision: 'dismiss' },
		]);
		expect(marked.notes.map((n) => [n.form, n.status])).toEqual([['于', 'confirmed']]);
		expect(marked.applied).toEqual(new Set([0, 1]));
	});

	test('a different character written for another, which converts to itself, is not found (the editor adds it)', () => {
		expect(nonstandardForms('來陜考察')).toEqual([]);
	});
});

describe('markForms', () => {
	const decision = (fields: Partial<OriginalFormDecision> & Pick<OriginalFormDecision, 'form' | 'decision'>): OriginalFormDecision => ({ text: 't', ...fields });
	const nodes: DisplayNode[] = [
		{ kind: 'text', text: '幹部與干部，處于困境。' },
		{ kind: 'gloss', base: '干', reading: 'gàn' },
		{ kind: 'emendation', id: nid('e'), text: '干事' },
		{ kind: 'annotation', id: nid('a'), nodes: [{ kind: 'text', text: '奮斗' }] },
	];

	test('marks each form in plain text, inside annotations too, and leaves a reading or a correction alone; the words are unchanged', () => {
		const marked = markForms(pid('p3'), nodes, []);
		expect(marked.notes.map((n) => [n.form, n.standard, n.status])).toEqual([
			['干', '幹', 'automatic'],
			['于', '於', 'automatic'],
			['斗', '鬥', 'automatic'],
		]);
		expect(nodesReading(marked.nodes)).toBe(nodesReading(nodes));
		expect(marked.nodes[1]).toEqual({ kind: 'form', id: marked.notes[0].id, text: '干', standard: '幹' });
		expect(marked.nodes.find((n) => n.kind === 'gloss')).toEqual(nodes[1]);
	});

	test('a dismissed form is not marked; a confirmed one says so, with the editor’s note', () => {
		const marked = markForms(pid('p3'), nodes, [decision({ form: '于', decision: 'dismiss' }), decision({ form: '干', decision: 'confirm', note: '簡體' })]);
		expect(marked.notes.map((n) => [n.form, n.status, n.note])).toEqual([
			['干', 'confirmed', '簡體'],
			['斗', 'automatic', undefined],
		]);
		expect(marked.applied).toEqual(new Set([0, 1]));
	});

	test('a decision for the passage wins over one for the text, and its standard form replaces the one conversion found', () => {
		const marked = markForms(pid('p3'), nodes, [decision({ form: '干', decision: 'dismiss' }), decision({ form: '干', passage: pid('p3'), decision: 'confirm', standard: '乾' })]);
		expect(marked.notes[0]).toMatchObject({ form: '干', standard: '乾', status: 'confirmed' });
		expect(markForms(pid('p4'), nodes, [decision({ form: '干', decision: 'dismiss' }), decision({ form: '干', passage: pid('p3'), decision: 'confirm', standard: '乾' })]).notes.map((n) => n.form)).toEqual(['于', '斗']);
	});

	test('the editor adds a form conversion cannot find, at each of its occurrences in the passage', () => {
		const marked = markForms(pid('p9'), [{ kind: 'text', text: '來陜考察，陜西' }], [decision({ form: '陜', passage: pid('p9'), decision: 'confirm', standard: '陝' })]);
		expect(marked.notes.map((n) => [n.form, n.standard, n.status])).toEqual([
			['陜', '陝', 'confirmed'],
			['陜', '陝', 'confirmed'],
		]);
		expect(new Set(marked.notes.map((n) => n.id)).size).toBe(2);
		expect(marked.nodes.map((n) => n.kind)).toEqual(['text', 'form', 'text', 'form', 'text']);
	});

	test('a decision that matches no form shown in the passage is reported as not applied', () => {
		expect(markForms(pid('p3'), nodes, [decision({ form: '後', decision: 'confirm' })]).applied.size).toBe(0);
		// A form inside a correction is not shown as a form: confirming it applies to nothing.
		expect(markForms(pid('p3'), [{ kind: 'emendation', id: nid('e'), text: '干事' }], [decision({ form: '干', decision: 'confirm' })]).applied.size).toBe(0);
	});

	test('a standard form is accepted only with confirm and a passage', () => {
		expect(originalFormDecisionSchema.safeParse({ text: 't', form: '陜', decision: 'confirm', standard: '陝' }).success).toBe(false);
		expect(originalFormDecisionSchema.safeParse({ text: 't', form: '陜', passage: 'p9', decision: 'dismiss', standard: '陝' }).success).toBe(false);
		expect(originalFormDecisionSchema.safeParse({ text: 't', form: '陜', passage: 'p9', decision: 'confirm', standard: '陝' }).success).toBe(true);
	});
});
