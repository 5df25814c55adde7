import * as OpenCC from 'opencc-js';
import { configs } from 'opencc-js/preset';
import { describe, expect, test } from 'vitest';
import { convertPassages, convertPieces, convertScript, otherScript, scriptConverters } from '../../../src/lib/script/convertScript.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import type { Script } from '../../../src/lib/script/scriptSchema.ts';
import { buildSeed, seedFiles } from '../support/corpus.ts';
import cases from './cases/convertScript.json' with { type: 'json' };

describe('convertScript', () => {
	test.each(cases)('converts $id to $to as $expected', ({ input, to, expected }) => {
		expect(convertScript(input, to as Script)).toBe(expected);
	});

	test('converts the empty string to itself', () => {
		expect(convertScript('', 'hant')).toBe('');
		expect(convertScript('', 'hans')).toBe('');
	});

	// convertScript goes through OpenCC's traditional forms in two passes for speed; without the
	// phrase overrides it must give exactly what opencc-js's one-step cn → tw and tw → cn converters give.
	const phrases = (config: keyof typeof configs) => [configs[config].segmentation].flat(2).flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]) : []));
	test.each([
		['hant', 'cn', 'tw', 's2tw'],
		['hans', 'tw', 'cn', 'tw2s'],
	] as const)('converts to %s exactly as opencc-js converts %s → %s, on the seeds and every phrase of its dictionaries and compatibility forms', async (to, from, locale, config) => {
		const oneStep = OpenCC.Converter({ from, to: locale });
		const seeds = await Promise.all(seedFiles.map(async (file) => (await buildSeed(file)).blocks.flatMap((b) => (b.kind === 'passage' ? [readingText(b)] : [])).join('\n')));
		const words = phrases(config);
		expect(words.length).toBeGreaterThan(to === 'hant' ? 40_000 : 400);
		// CJK compatibility ideographs (豈 U+F900, 𪘀 U+2FA1D), which every conversion normalises.
		const compatibility = [...'豈更車賈滑串句龜' + '\u{2F800}\u{2FA1D}'];
		const mixed = seeds.map((seed, i) => seed.replace(/。/g, () => compatibility[i++ % compatibility.length]));
		const withoutOverrides = scriptConverters({ toTraditional: [], toSimplified: [] })[to];
		for (const text of [...seeds, ...mixed, compatibility.join(''), words.join(''), words.join('\n')]) expect(withoutOverrides(text)).toBe(oneStep(text));
	});
});

describe('otherScript', () => {
	test('swaps hans and hant', () => {
		expect(otherScript('hans')).toBe('hant');
		expect(otherScript('hant')).toBe('hans');
	});
});

describe('convertPieces', () => {
	test('converts a phrase that spans two pieces as a phrase', () => {
		expect(convertPieces(['头', '发很长'], 'hant')).toEqual(['頭', '髮很長']);
		expect(convertPieces(['一干', '二净'], 'hant')).toEqual(['一乾', '二淨']);
	});

	test('keeps empty pieces empty and in place', () => {
		expect(convertPieces(['干', '', '部'], 'hant')).toEqual(['幹', '', '部']);
	});
});

describe('convertPassages', () => {
	test('converts each passage exactly as convertPieces converts it alone, on every passage of the seeds', async () => {
		for (const file of seedFiles) {
			const text = await buildSeed(file);
			const passages = text.blocks.flatMap((b) => (b.kind === 'passage' ? [b.segments.map((s) => ('text' in s ? s.text : ''))] : []));
			const to = otherScript(text.script);
			expect(convertPassages(passages, to)).toEqual(passages.map((pieces) => convertPieces(pieces, to)));
		}
	});

	test('never converts a phrase across two passages', () => {
		expect(convertPassages([['头'], ['发很长']], 'hant')).toEqual([['頭'], ['發很長']]);
		expect(convertPassages([['干'], ['净']], 'hant')).toEqual([['幹'], ['淨']]);
	});

	test('keeps the pieces of a passage whose conversion changes its length, and the passages after it', () => {
		// 周𫖮 (two UTF-16 units for 𫖮) becomes 周顗 (one).
		const passages = [['周', '𫖮', '说'], ['头', '发']];
		expect(convertPassages(passages, 'hant')).toEqual([['周', '顗', '說'], ['頭', '髮']]);
	});

	test('does not let an ideographic description sequence run into the next passage', () => {
		// OpenCC copies ⿰ and the two characters after it unconverted; 发 must still convert.
		const passages = [['说⿰'], ['发'], ['头发']];
		expect(convertPassages(passages, 'hant')).toEqual(passages.map((pieces) => convertPieces(pieces, 'hant')));
		expect(convertPassages(passages, 'hant')[1]).toEqual(['發']);
	});

	test('converts a passage that holds a line break alone, and the others as before', () => {
		const passages = [['头\n发'], ['头', '发'], ['干净']];
		expect(convertPassages(passages, 'hant')).toEqual([['頭\n發'], ['頭', '髮'], ['乾淨']]);
	});

	test('converts no passages to none', () => {
		expect(convertPassages([], 'hans')).toEqual([]);
	});
});
