import { describe, expect, test } from 'vitest';
import { convertPassageNodes, nodeText, toDisplayNodes } from '../../../src/lib/passages/displayNodes.ts';
import type { DisplayNode } from '../../../src/lib/passages/nodeSchema.ts';
import type { Segment } from '../../../src/lib/passages/segmentSchema.ts';
import { nid, pid } from '../support/ids.ts';
import { segmentPassage } from '../../../src/lib/passages/segmentPassage.ts';

describe('toDisplayNodes', () => {
	test('merges neighbouring text, and keeps glosses, repairs and placeholders as their own nodes', () => {
		const segments: Segment[] = [
			{ kind: 'text', source: '甲', text: '甲' },
			{ kind: 'text', source: '乙\u3000\u3000', text: '乙 ' },
			{ kind: 'gloss', source: '發(fā)', base: '發', reading: 'fā' },
			{ kind: 'emendation', source: '?ldquo;', text: '“', id: nid('e1') },
			{ kind: 'redaction', source: '**', id: nid('r1') },
			{ kind: 'text', source: '丙', text: '丙' },
		];
		expect(toDisplayNodes(segments)).toEqual([
			{ kind: 'text', text: '甲乙 ' },
			{ kind: 'gloss', base: '發', reading: 'fā' },
			{ kind: 'emendation', id: nid('e1'), text: '“' },
			{ kind: 'redaction', id: nid('r1'), source: '**' },
			{ kind: 'text', text: '丙' },
		]);
	});

	test('hangs a gloss that follows a repair on the repair, as seed 000 line 12 needs', () => {
		const { segments, emendations } = segmentPassage('弘揚勞!皭蹗従礃I(yè)、踏實', pid('p12'));
		const mended = segments.filter((s) => s.kind !== 'damage');
		expect(toDisplayNodes(mended)).toEqual([
			{ kind: 'text', text: '弘揚勞' },
			{ kind: 'emendation', id: emendations[0].id, text: '“愛崗敬業', gloss: 'yè' },
			{ kind: 'text', text: '、踏實' },
		]);
	});

	test('shows a detached gloss with nothing to hang on as the text it is', () => {
		expect(toDisplayNodes([{ kind: 'gloss', source: '(yè)', base: '', reading: 'yè' }])).toEqual([{ kind: 'text', text: '(yè)' }]);
	});

	test('does not mutate the segments it is given', () => {
		const segments: Segment[] = [
			{ kind: 'text', source: '甲', text: '甲' },
			{ kind: 'text', source: '乙', text: '乙' },
		];
		const copy = structuredClone(segments);
		toDisplayNodes(segments);
		expect(segments).toEqual(copy);
	});
});

describe('convertPassageNodes', () => {
	test('converts text, repair and gloss characters as one passage, so phrases across nodes convert', () => {
		const nodes: DisplayNode[] = [
			{ kind: 'text', text: '剪了头' },
			{ kind: 'gloss', base: '发', reading: 'fà' },
			{ kind: 'emendation', id: nid('e1'), text: '干净', gloss: 'jìng' },
			{ kind: 'redaction', id: nid('r1'), source: '**' },
		];
		expect(convertPassageNodes([nodes], 'hant')).toEqual([
			[
				{ kind: 'text', text: '剪了頭' },
				{ kind: 'gloss', base: '髮', reading: 'fà' },
				{ kind: 'emendation', id: nid('e1'), text: '乾淨', gloss: 'jìng' },
				{ kind: 'redaction', id: nid('r1'), source: '**' },
			],
		]);
	});

	test('converts traditional nodes to simplified', () => {
		expect(convertPassageNodes([[{ kind: 'text', text: '凝聚' }, { kind: 'gloss', base: '發', reading: 'fā' }, { kind: 'text', text: '展合力' }]], 'hans')).toEqual([
			[
				{ kind: 'text', text: '凝聚' },
				{ kind: 'gloss', base: '发', reading: 'fā' },
				{ kind: 'text', text: '展合力' },
			],
		]);
	});

	test('converts the words inside an annotation together with the words around it', () => {
		const nodes: DisplayNode[] = [
			{ kind: 'text', text: '剪了头' },
			{ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '发' }, { kind: 'redaction', id: nid('r1'), source: '**' }] },
			{ kind: 'text', text: '很干净' },
		];
		expect(convertPassageNodes([nodes], 'hant')).toEqual([
			[
				{ kind: 'text', text: '剪了頭' },
				{ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '髮' }, { kind: 'redaction', id: nid('r1'), source: '**' }] },
				{ kind: 'text', text: '很乾淨' },
			],
		]);
	});

	test('converts each of several passages as its own passage', () => {
		const passages: DisplayNode[][] = [[{ kind: 'text', text: '剪了头' }], [{ kind: 'gloss', base: '发', reading: 'fà' }], []];
		expect(convertPassageNodes(passages, 'hant')).toEqual([[{ kind: 'text', text: '剪了頭' }], [{ kind: 'gloss', base: '發', reading: 'fà' }], []]);
	});
});

describe('nodeText', () => {
	test('reads each kind of node as the characters it shows', () => {
		expect(nodeText({ kind: 'text', text: '甲' })).toBe('甲');
		expect(nodeText({ kind: 'gloss', base: '發', reading: 'fā' })).toBe('發');
		expect(nodeText({ kind: 'emendation', id: nid('e1'), text: '勞模“圍繞', gloss: 'rào' })).toBe('勞模“圍繞');
		expect(nodeText({ kind: 'redaction', id: nid('r1'), source: '**' })).toBe('');
		expect(nodeText({ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '猛將' }, { kind: 'gloss', base: '發', reading: 'fā' }] })).toBe('猛將發');
	});
});
