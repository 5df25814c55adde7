import { describe, expect, test } from 'vitest';
import { convertTexts } from '../../../src/lib/script/convertTexts.ts';
import { convertPassageNodes, nodeText } from '../../../src/lib/passages/displayNodes.ts';
import { otherScript } from '../../../src/lib/script/convertScript.ts';
import type { PassageNodes } from '../../../src/lib/annotations/resolveAnnotations.ts';
import type { DisplayNode } from '../../../src/lib/edition/schema.ts';
import { annotateSeed, seedFiles } from '../support/corpus.ts';

describe('convertTexts', () => {
	test('converts the five seeds together (simplified and traditional mixed) exactly as each passage converts alone', async () => {
		const texts = await Promise.all(seedFiles.map((file) => annotateSeed(file)));
		expect(new Set(texts.map(({ text }) => text.frontmatter.script))).toEqual(new Set(['hans', 'hant']));
		const converted = convertTexts(texts);
		expect(converted).toHaveLength(texts.length);
		texts.forEach(({ text, passages }, i) => {
			expect([...converted[i].keys()], text.frontmatter.slug).toEqual([...passages.keys()]);
			for (const [id, nodes] of passages) expect(converted[i].get(id), `${text.frontmatter.slug} ${id}`).toEqual(convertPassageNodes([nodes], otherScript(text.frontmatter.script))[0]);
		});
	});

	test('turns a simplified text into traditional and a traditional one into simplified', async () => {
		const [hant, hans] = await Promise.all([annotateSeed(seedFiles[0]), annotateSeed(seedFiles[1])]);
		expect([hant.text.frontmatter.script, hans.text.frontmatter.script]).toEqual(['hant', 'hans']);
		const [fromHant, fromHans] = convertTexts([hant, hans]);
		const textOf = (nodes: DisplayNode[] | undefined) => (nodes ?? []).map(nodeText).join('');
		const idWith = (passages: PassageNodes, word: string) => [...passages].find(([, nodes]) => textOf(nodes).includes(word))?.[0] ?? 'none';
		expect(textOf(fromHant.get(idWith(hant.passages, '勞模')))).toContain('劳模');
		expect(textOf(fromHans.get(idWith(hans.passages, '劳模')))).toContain('勞模');
	});

	test('converts no texts to none', () => {
		expect(convertTexts([])).toEqual([]);
	});
});
