import { describe, expect, test } from 'vitest';
import { foldTable } from '../../../src/lib/search/foldTable.ts';
import { pagefindPhrase, parseQuery } from '../../../src/lib/search/searchQuery.ts';

const table = foldTable({ simplified: ['劳模精神', '工匠精神', '爱岗敬业'], traditional: [] });
const keys = (query: string) => parseQuery(query, table).map((term) => term.key);

describe('parseQuery', () => {
	test('reads a run of characters as one term, found as a phrase', () => {
		expect(parseQuery('劳模精神', table)).toEqual([{ text: '劳模精神', key: '劳模精神' }]);
	});

	test.each([
		['an ASCII space', '劳模 精神'],
		['an ideographic space', '劳模\u3000精神'],
		['several spaces and a tab', '  劳模 \t 精神  '],
	])('separates terms by %s', (_, query) => {
		expect(parseQuery(query, table)).toEqual([
			{ text: '劳模', key: '劳模' },
			{ text: '精神', key: '精神' },
		]);
	});

	test.each(['"劳模 精神"', '“劳模 精神”', '「劳模 精神」', '『劳模 精神』', '“劳模\u3000精神”'])('reads the quoted run %s as one term, spaces and all', (query) => {
		expect(keys(query)).toEqual(['劳模精神']);
		expect(parseQuery(query, table)[0].text).toMatch(/^劳模[ \u3000]精神$/);
	});

	test('reads a quote left open as running to the end of the query', () => {
		expect(keys('工匠 "劳模 精神')).toEqual(['工匠', '劳模精神']);
	});

	test('reads quoted and unquoted terms side by side, in the order typed', () => {
		expect(keys('工匠「劳模 精神」爱岗')).toEqual(['工匠', '劳模精神', '爱岗']);
	});

	test('leaves out terms with nothing searchable in them', () => {
		expect(keys('劳模 、。 —— "" 「」 ！')).toEqual(['劳模']);
		expect(parseQuery('、。', table)).toEqual([]);
		expect(parseQuery('', table)).toEqual([]);
	});

	test('drops a term repeated, also when written otherwise', () => {
		expect(parseQuery('劳模 精神 劳模 勞模 劳模。', table)).toEqual([
			{ text: '劳模', key: '劳模' },
			{ text: '精神', key: '精神' },
		]);
	});

	test('gives a traditional query the simplified key, keeping the text as typed', () => {
		expect(parseQuery('勞模精神 愛崗敬業', table)).toEqual([
			{ text: '勞模精神', key: '劳模精神' },
			{ text: '愛崗敬業', key: '爱岗敬业' },
		]);
	});

	test('folds full-width and upper-case letters in a query', () => {
		expect(keys('ＣＯＭ２０１５')).toEqual(['com2015']);
	});
});

describe('pagefindPhrase', () => {
	test('quotes a key’s characters as tokens', () => {
		expect(pagefindPhrase('劳模')).toBe('"劳 模"');
		expect(pagefindPhrase('劳模精神')).toBe('"劳 模 精 神"');
	});

	test('keeps a character outside the BMP as one token', () => {
		expect(pagefindPhrase('甲𠀀乙')).toBe('"甲 𠀀 乙"');
	});
});
