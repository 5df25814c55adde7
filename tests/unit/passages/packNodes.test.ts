import { describe, expect, test } from 'vitest';
import { otherScript } from '../../../src/lib/script/convertScript.ts';
import { convertPassageNodes } from '../../../src/lib/passages/displayNodes.ts';
import { packNodes, unpackNodes } from '../../../src/lib/passages/packNodes.ts';
import type { DisplayNode } from '../../../src/lib/edition/schema.ts';
import { annotateSeed, seedFiles } from '../support/corpus.ts';

describe('packNodes', () => {
	test('writes text as its string and a gloss as [base, reading], and keeps the other kinds whole', () => {
		const nodes: DisplayNode[] = [
			{ kind: 'text', text: '弘扬劳模精神 凝聚' },
			{ kind: 'gloss', base: '发', reading: 'fā' },
			{ kind: 'emendation', id: 'e1', text: '模', gloss: 'mó' },
			{ kind: 'redaction', id: 'r1' },
			{ kind: 'annotation', id: 'a1', nodes: [{ kind: 'text', text: '劳模' }, { kind: 'gloss', base: '精', reading: 'jīng' }] },
		];
		expect(packNodes(nodes)).toEqual([
			'弘扬劳模精神 凝聚',
			['发', 'fā'],
			{ kind: 'emendation', id: 'e1', text: '模', gloss: 'mó' },
			{ kind: 'redaction', id: 'r1' },
			{ kind: 'annotation', id: 'a1', nodes: ['劳模', ['精', 'jīng']] },
		]);
		expect(unpackNodes(packNodes(nodes))).toEqual(nodes);
	});

	test('reads back text that looks like another kind as text', () => {
		const nodes: DisplayNode[] = ['["发","fā"]', '{"kind":"redaction","id":"r1"}', '', 'kind'].map((text) => ({ kind: 'text', text }));
		expect(unpackNodes(JSON.parse(JSON.stringify(packNodes(nodes))))).toEqual(nodes);
	});

	test.each([...seedFiles])('reads back every passage of %s, in both scripts, through JSON', async (file) => {
		const { text, passages } = await annotateSeed(file);
		const other = otherScript(text.frontmatter.script);
		for (const nodes of passages.values()) {
			for (const view of [nodes, ...convertPassageNodes([nodes], other)]) expect(unpackNodes(JSON.parse(JSON.stringify(packNodes(view))))).toEqual(view);
		}
	});
});
