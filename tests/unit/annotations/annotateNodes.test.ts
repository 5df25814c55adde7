import { describe, expect, test } from 'vitest';
import { annotateNodes } from '../../../src/lib/annotations/annotateNodes.ts';
import type { DisplayNode } from '../../../src/lib/passages/nodeSchema.ts';
import { nid } from '../support/ids.ts';

const nodes: DisplayNode[] = [
	{ kind: 'text', text: '弘扬劳模精神,凝聚' },
	{ kind: 'gloss', base: '发', reading: 'fā' },
	{ kind: 'text', text: '展合力' },
	{ kind: 'redaction', id: nid('r1'), source: '**' },
	{ kind: 'emendation', id: nid('e1'), text: '劳模“围绕' },
	{ kind: 'text', text: '中心' },
];

describe('annotateNodes', () => {
	test('wraps words inside one text node, splitting it', () => {
		expect(annotateNodes(nodes, 2, 6, nid('a1'))?.slice(0, 3)).toEqual([
			{ kind: 'text', text: '弘扬' },
			{ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '劳模精神' }] },
			{ kind: 'text', text: ',凝聚' },
		]);
	});

	test('wraps words across a gloss, keeping the gloss whole inside', () => {
		expect(annotateNodes(nodes, 7, 11, nid('a1'))?.slice(0, 3)).toEqual([
			{ kind: 'text', text: '弘扬劳模精神,' },
			{ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '凝聚' }, { kind: 'gloss', base: '发', reading: 'fā' }, { kind: 'text', text: '展' }] },
			{ kind: 'text', text: '合力' },
		]);
	});

	test('leaves a redaction at the edge of the words outside', () => {
		const result = annotateNodes(nodes, 10, 13, nid('a1'))!;
		expect(result.map((n) => n.kind)).toEqual(['text', 'gloss', 'annotation', 'redaction', 'emendation', 'text']);
		expect(result[2]).toEqual({ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'text', text: '展合力' }] });
	});

	test('takes a repair cut by the words whole', () => {
		const result = annotateNodes(nodes, 13, 15, nid('a1'))!;
		expect(result.at(-2)).toEqual({ kind: 'annotation', id: nid('a1'), nodes: [{ kind: 'emendation', id: nid('e1'), text: '劳模“围绕' }] });
	});

	test('refuses words that overlap an annotation', () => {
		const once = annotateNodes(nodes, 2, 6, nid('a1'))!;
		expect(annotateNodes(once, 4, 8, nid('a2'))).toBeUndefined();
		// Words that start where the annotation ends are taken.
		const twice = annotateNodes(once, 6, 8, nid('a2'));
		expect(twice?.flatMap((n) => (n.kind === 'annotation' ? [n.id] : []))).toEqual([nid('a1'), nid('a2')]);
	});
});
