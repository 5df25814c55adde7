import { describe, expect, test } from 'vitest';
import { foldTable } from '../../../src/lib/search/foldTable.ts';
import { excerpt, matchSpans, type ExcerptPart, type Span } from '../../../src/lib/search/matchSpans.ts';
import { searchKey } from '../../../src/lib/search/searchFold.ts';
import { parseQuery } from '../../../src/lib/search/searchQuery.ts';
import { corpusRecords, corpusTable } from './corpusSearch.ts';

const table = foldTable({ simplified: ['大力弘扬劳模精神、劳动精神', '爱岗敬业'], traditional: [] });

describe('matchSpans', () => {
	test('finds every occurrence of a key', () => {
		expect(matchSpans('劳模是劳模', ['劳模'], table)).toEqual([
			[0, 2],
			[3, 5],
		]);
	});

	test('merges overlapping matches of two keys into one span', () => {
		expect(matchSpans('弘扬劳模精神凝聚', ['劳模精', '模精神'], table)).toEqual([[2, 6]]);
	});

	test('merges overlapping occurrences of one key', () => {
		expect(matchSpans('哈哈哈。', ['哈哈'], table)).toEqual([[0, 3]]);
	});

	test('merges matches that touch, and keeps apart matches with something between', () => {
		expect(matchSpans('劳模精神', ['精神', '劳模'], table)).toEqual([[0, 4]]);
		expect(matchSpans('劳模、精神', ['劳模', '精神'], table)).toEqual([
			[0, 2],
			[3, 5],
		]);
	});

	test('finds a phrase across punctuation, the punctuation inside the span', () => {
		expect(matchSpans('要爱岗、敬业。', ['爱岗敬业'], table)).toEqual([[1, 6]]);
	});

	test('finds a simplified query in a traditional text, as spans of the traditional text', () => {
		const text = '大力弘揚勞模精神、勞動精神';
		const keys = parseQuery('劳模精神 劳动', table).map((term) => term.key);
		const spans = matchSpans(text, keys, table);
		expect(spans.map((span) => text.slice(...span))).toEqual(['勞模精神', '勞動']);
		expect(spans).toEqual([
			[4, 8],
			[9, 11],
		]);
	});

	test('gives a match of a character outside the BMP both its UTF-16 units', () => {
		const text = '甲𠀀乙𠀀';
		expect(matchSpans(text, ['𠀀'], table)).toEqual([
			[1, 3],
			[4, 6],
		]);
		expect(matchSpans(text, ['𠀀乙'], table).map((span) => text.slice(...span))).toEqual(['𠀀乙']);
	});

	test('ignores an empty key and finds nothing for a key not in the text', () => {
		expect(matchSpans('劳模精神', [''], table)).toEqual([]);
		expect(matchSpans('劳模精神', ['工匠'], table)).toEqual([]);
	});
});

const ellipsis = '…';
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks an excerpt against its text, knowing nothing of how it is cut: it is one piece of the text,
 * … where and only where the text goes on, every match within it marked and nothing else, no
 * character split. The shown text must occur once in the text.
 */
function expectFaithful(text: string, spans: Span[], parts: ExcerptPart[]): void {
	const inner = parts.slice(parts[0]?.text === ellipsis && !parts[0].match ? 1 : 0, parts.at(-1)?.text === ellipsis && !parts.at(-1)?.match ? -1 : undefined);
	const shown = inner.map((part) => part.text).join('');
	const start = text.indexOf(shown);
	expect(start).not.toBe(-1);
	expect(text.indexOf(shown, start + 1)).toBe(-1);
	const end = start + shown.length;
	expect(parts[0].text === ellipsis).toBe(start > 0);
	expect(parts.at(-1)?.text === ellipsis).toBe(end < text.length);
	for (const part of parts) expect(part.text).not.toMatch(loneSurrogate);
	// The marked pieces are exactly the matches, as far as they are shown.
	const marked: Span[] = [];
	let at = start;
	for (const part of inner) {
		if (part.match) marked.push([at, at + part.text.length]);
		at += part.text.length;
	}
	const expected = spans.filter(([from, to]) => to > start && from < end).map(([from, to]): Span => [Math.max(from, start), Math.min(to, end)]);
	expect(marked).toEqual(expected);
	// The first match is shown whole.
	if (spans.length) expect(start <= spans[0][0] && spans[0][1] <= end).toBe(true);
}

describe('excerpt', () => {
	test('shows a short text whole, the match marked, with no …', () => {
		const text = '我们要大力弘扬劳模精神。';
		const parts = excerpt(text, matchSpans(text, ['劳模精神'], table));
		expect(parts).toEqual([
			{ text: '我们要大力弘扬', match: false },
			{ text: '劳模精神', match: true },
			{ text: '。', match: false },
		]);
	});

	test('cuts a long text about `width` characters either side of the first match, with … at both cuts', () => {
		const text = `${'甲'.repeat(60)}劳模${'乙'.repeat(60)}`;
		const spans = matchSpans(text, ['劳模'], table);
		expect(excerpt(text, spans, 10)).toEqual([
			{ text: ellipsis, match: false },
			{ text: '甲'.repeat(10), match: false },
			{ text: '劳模', match: true },
			{ text: '乙'.repeat(10), match: false },
			{ text: ellipsis, match: false },
		]);
	});

	test('adds no … before a match at the start of the text', () => {
		const text = `劳模${'乙'.repeat(100)}`;
		const parts = excerpt(text, matchSpans(text, ['劳模'], table), 10);
		expect(parts[0]).toEqual({ text: '劳模', match: true });
		expect(parts.at(-1)).toEqual({ text: ellipsis, match: false });
		expect(parts.filter((part) => part.text === ellipsis)).toHaveLength(1);
	});

	test('adds no … after a match at the end of the text', () => {
		const text = `${'甲'.repeat(100)}劳模`;
		const parts = excerpt(text, matchSpans(text, ['劳模'], table), 10);
		expect(parts[0]).toEqual({ text: ellipsis, match: false });
		expect(parts.at(-1)).toEqual({ text: '劳模', match: true });
		expect(parts.filter((part) => part.text === ellipsis)).toHaveLength(1);
	});

	test('never splits a character outside the BMP where it cuts', () => {
		const text = `${'𠀀'.repeat(30)}劳模${'𠀁'.repeat(30)}`;
		const parts = excerpt(text, matchSpans(text, ['劳模'], table), 7);
		expect(parts).toEqual([
			{ text: ellipsis, match: false },
			{ text: '𠀀'.repeat(7), match: false },
			{ text: '劳模', match: true },
			{ text: '𠀁'.repeat(7), match: false },
			{ text: ellipsis, match: false },
		]);
		for (let width = 0; width < 12; width++) expectFaithful(text, matchSpans(text, ['劳模'], table), excerpt(text, matchSpans(text, ['劳模'], table), width));
	});

	test('marks a match that is itself outside the BMP whole', () => {
		const text = `${'甲'.repeat(20)}𠀀${'乙'.repeat(20)}`;
		const parts = excerpt(text, matchSpans(text, ['𠀀'], table), 3);
		expect(parts.filter((part) => part.match)).toEqual([{ text: '𠀀', match: true }]);
		expectFaithful(text, matchSpans(text, ['𠀀'], table), parts);
	});

	test('starts at the text when there is no match, and marks nothing', () => {
		const text = Array.from({ length: 100 }, (_, at) => String.fromCodePoint(0x4e00 + at)).join('');
		const parts = excerpt(text, [], 10);
		expect(parts[0].text).not.toBe(ellipsis);
		expect(parts.some((part) => part.match)).toBe(false);
		expectFaithful(text, [], parts);
	});

	test('marks exactly the matches shown, for every passage of the corpus in both scripts', async () => {
		const corpus = await corpusTable();
		const keys = parseQuery('劳模 精神 发展', corpus).map((term) => term.key);
		let checked = 0;
		for (const record of await corpusRecords()) {
			for (const passage of record.passages) {
				for (const text of [passage.text.hans, passage.text.hant]) {
					const spans = matchSpans(text, keys, corpus);
					if (!spans.length) continue;
					for (const width of [5, 40]) {
						const parts = excerpt(text, spans, width);
						expectFaithful(text, spans, parts);
						for (const part of parts.filter((p) => p.match)) expect(searchKey(part.text, corpus)).toMatch(/^[劳模精神发展]+$/u);
					}
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});
