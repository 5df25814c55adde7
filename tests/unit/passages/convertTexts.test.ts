import { describe, expect, test } from 'vitest';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { convertPassageNodes, nodeText } from '../../../src/lib/passages/displayNodes.ts';
import type { DisplayNode, PassageNodes } from '../../../src/lib/passages/nodeSchema.ts';
import { otherScript } from '../../../src/lib/script/convertScript.ts';
import { convertTexts, type TextToConvert } from '../../../src/lib/passages/convertTexts.ts';
import { recordOfSeed, seedFiles } from '../support/corpus.ts';

/** A seed's passages in its original script, annotations attached, as the pipeline hands them to convertTexts. */
const original = (record: EditionRecord): TextToConvert => ({ script: record.script, passages: new Map(record.passages.map((p) => [p.id, p.nodes[record.script]])) });

describe('convertTexts', () => {
	test('converts the five seeds together (simplified and traditional mixed) exactly as each passage converts alone', async () => {
		const texts = (await Promise.all(seedFiles.map((file) => recordOfSeed(file)))).map(original);
		expect(new Set(texts.map(({ script }) => script))).toEqual(new Set(['hans', 'hant']));
		const converted = convertTexts(texts);
		expect(converted).toHaveLength(texts.length);
		texts.forEach(({ script, passages }, i) => {
			expect([...converted[i].keys()]).toEqual([...passages.keys()]);
			for (const [id, nodes] of passages) expect(converted[i].get(id), `${i} ${id}`).toEqual(convertPassageNodes([nodes], otherScript(script))[0]);
		});
	});

	test('turns a simplified text into traditional and a traditional one into simplified', async () => {
		const [hant, hans] = (await Promise.all([recordOfSeed(seedFiles[0]), recordOfSeed(seedFiles[1])])).map(original);
		expect([hant.script, hans.script]).toEqual(['hant', 'hans']);
		const [fromHant, fromHans] = convertTexts([hant, hans]);
		const textOf = (nodes: DisplayNode[] | undefined) => (nodes ?? []).map(nodeText).join('');
		const idWith = (passages: PassageNodes, word: string) => [...passages].find(([, nodes]) => textOf(nodes).includes(word))![0];
		expect(textOf(fromHant.get(idWith(hant.passages, '勞模')))).toContain('劳模');
		expect(textOf(fromHans.get(idWith(hans.passages, '劳模')))).toContain('勞模');
	});

	test('converts no texts to none', () => {
		expect(convertTexts([])).toEqual([]);
	});
});
