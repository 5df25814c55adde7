import { describe, expect, test } from 'vitest';
import { detectScript } from '../../../src/lib/script/detectScript.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import { buildSeed, seedFile } from '../support/corpus.ts';

describe('detectScript', () => {
	test.each([
		['000', 'hant'],
		['001', 'hans'],
		['002', 'hans'],
		['003', 'hant'],
		['004', 'hans'],
	])('detects seed %s as %s from its passages', async (number, script) => {
		const text = await buildSeed(seedFile(number));
		const passages = text.blocks.flatMap((b) => (b.kind === 'passage' ? [readingText(b)] : []));
		expect(detectScript(passages.join('\n'))).toBe(script);
	});

	test('detects a short simplified and a short traditional sentence', () => {
		expect(detectScript('劳动是一切幸福的源泉')).toBe('hans');
		expect(detectScript('勞動是一切幸福的源泉')).toBe('hant');
	});

	test('takes a text that neither conversion changes as simplified', () => {
		expect(detectScript('中国人民 2020')).toBe('hans');
		expect(detectScript('abc')).toBe('hans');
	});
});
