import { describe, expect, test } from 'vitest';
import { foldTable } from '../../../src/lib/search/foldTable.ts';
import { foldText, searchKey } from '../../../src/lib/search/searchFold.ts';
import { matchSpans } from '../../../src/lib/search/matchSpans.ts';
import { corpusRecords, corpusTable } from './corpusSearch.ts';

/** A table for a corpus written in simplified script that holds these words. */
const table = foldTable({ simplified: ['劳模精神', '张跃峰', '爱岗敬业'], traditional: [] });

describe('searchKey', () => {
	test('folds full-width letters and digits to ASCII lower case', () => {
		expect(searchKey('ＨＥＬＬＯ　Ｗｏｒｌｄ　２０２４！', table)).toBe('helloworld2024');
		expect(searchKey('ＡＢＣ１２３', {})).toBe('abc123');
		expect(searchKey('Pagefind', {})).toBe('pagefind');
	});

	test('keeps offsets right after a character the table folds to one outside the BMP (勣 → 𪟝)', async () => {
		const astral = foldTable({ simplified: ['劳模精神'], traditional: ['他的功勣卓著，勞模精神'] });
		expect([...(astral['勣'] ?? '')]).toHaveLength(1);
		expect(astral['勣']!.length).toBe(2);
		const text = '他的功勣卓著，勞模精神代代相傳。';
		const [span] = matchSpans(text, [searchKey('勞模精神', astral)], astral);
		expect(text.slice(...span)).toBe('勞模精神');
	});

	test('drops punctuation and spacing, so they never decide a match', () => {
		expect(searchKey('劳模，精神。 “工匠”　精神！——（2021）', table)).toBe('劳模精神工匠精神2021');
		expect(searchKey('《河北工人报》', table)).toBe('河北工人报');
		expect(searchKey('、。，！？；：“”‘’「」『』（）…… \t\n', table)).toBe('');
	});

	test('unifies a compatibility ideograph with the ideograph it stands for', () => {
		expect(searchKey('\uF900', {})).toBe('\u8C48');
	});

	test.each([
		['勞模精神', '劳模精神'],
		['張躍峰', '张跃峰'],
		['愛崗敬業', '爱岗敬业'],
	])('gives traditional %s the key of simplified %s', (traditional, simplified) => {
		expect(searchKey(traditional, table)).toBe(simplified);
		expect(searchKey(simplified, table)).toBe(simplified);
	});

	test('folds a key again to itself', async () => {
		const corpus = await corpusTable();
		const passages = (await corpusRecords()).flatMap((record) => record.passages.flatMap((passage) => [passage.text.hans, passage.text.hant]));
		const odd = ['ＡＢＣ１２３', 'İstanbul', 'Straße ẞ', '㍿', 'ﬁnal', '𠀀𠀁', 'Ⅻ ①②', 'ΣΊΣΥΦΟΣ', '勞模精神', '\uF900'];
		for (const text of [...passages, ...odd]) {
			for (const fold of [table, corpus]) {
				const key = searchKey(text, fold);
				expect(searchKey(key, fold), text).toBe(key);
			}
		}
	});

	test('folds the key of any single character again to itself', async () => {
		const corpus = await corpusTable();
		const unstable: string[] = [];
		for (let point = 0; point < 0x30000; point++) {
			if (point >= 0xd800 && point < 0xe000) continue;
			const key = searchKey(String.fromCodePoint(point), corpus);
			if (searchKey(key, corpus) !== key) unstable.push(point.toString(16));
		}
		expect(unstable).toEqual([]);
	});
});

describe('foldText', () => {
	test('maps each key character back to the character of the text it came from, across punctuation', () => {
		const text = '劳模、精神';
		expect(foldText(text, table)).toEqual({ key: '劳模精神', from: [0, 1, 3, 4], to: [1, 2, 4, 5] });
	});

	test('maps a traditional text’s key back to its traditional characters', () => {
		const text = '「勞模」精神';
		const { key, from, to } = foldText(text, table);
		expect(key).toBe('劳模精神');
		expect([...key].map((_, at) => text.slice(from[at], to[at]))).toEqual(['勞', '模', '精', '神']);
	});

	test('gives both UTF-16 units of a character outside the BMP the whole character', () => {
		const text = '甲𠀀，乙';
		const { key, from, to } = foldText(text, table);
		expect(key).toBe('甲\u{20000}乙');
		expect(key.length).toBe(4);
		expect(from).toEqual([0, 1, 1, 4]);
		expect(to).toEqual([1, 3, 3, 5]);
		expect(text.slice(from[1], to[1])).toBe('𠀀');
		expect(text.slice(from[key.indexOf('乙')], to[key.indexOf('乙')])).toBe('乙');
	});

	test('gives every character of an expanded compatibility form the one character it came from', () => {
		expect(foldText('ﬁ!', {})).toEqual({ key: 'fi', from: [0, 0], to: [1, 1] });
		expect(foldText('(㍿)', {})).toEqual({ key: '株式会社', from: [1, 1, 1, 1], to: [2, 2, 2, 2] });
	});

	test('maps every passage of the corpus, in both scripts, back onto the text character by character', async () => {
		const corpus = await corpusTable();
		for (const record of await corpusRecords()) {
			for (const passage of record.passages) {
				for (const text of [passage.text.hans, passage.text.hant]) {
					const { key, from, to } = foldText(text, corpus);
					expect(from.length).toBe(key.length);
					expect(to.length).toBe(key.length);
					// Each run of key units from one character of the text is that character's own key.
					for (let at = 0; at < key.length; ) {
						let end = at + 1;
						while (end < key.length && from[end] === from[at]) end++;
						expect(from[at]).toBeLessThan(to[at]);
						if (at > 0) expect(from[at]).toBeGreaterThanOrEqual(to[at - 1]);
						const piece = text.slice(from[at], to[at]);
						expect([...piece]).toHaveLength(1);
						expect(searchKey(piece, corpus)).toBe(key.slice(at, end));
						at = end;
					}
				}
			}
		}
	});
});
