import { describe, expect, test } from 'vitest';
import { isPinyinSyllable, stripGlosses } from '../../../src/lib/passages/pinyin.ts';

describe('isPinyinSyllable', () => {
	test.each(['fā', 'lǐng', 'zhèn', 'qū', 'yè', 'shù', 'dān', 'lǜ', 'nǚ', 'wǎng'])('takes tone-marked %s for a syllable', (syllable) => {
		expect(isPinyinSyllable(syllable)).toBe(true);
	});

	test.each(['AI', 'app', 'de', 'ma', 'pdf', 'zhuàngzhuàng', '', '范文', 'Fā'])('does not take %j for a syllable', (text) => {
		expect(isPinyinSyllable(text)).toBe(false);
	});
});

describe('stripGlosses', () => {
	test('removes a gloss after a Han character, in either kind of parenthesis', () => {
		expect(stripGlosses('發(fā)揚（yáng）')).toBe('發揚');
	});

	test('keeps parentheses that do not follow a Han character', () => {
		expect(stripGlosses('2022(fā) 素材(范文推荐) (AI)')).toBe('2022(fā) 素材(范文推荐) (AI)');
	});

	test('reads the editor line of seed 003 with its gloss taken out', () => {
		expect(stripGlosses('【責(zé)任編輯:陸超】')).toBe('【責任編輯:陸超】');
	});
});
