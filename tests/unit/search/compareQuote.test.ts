import { describe, expect, test } from 'vitest';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { compareQuote, type QuoteComparison } from '../../../src/lib/search/compareQuote.ts';
import { corpusRecords, corpusTable } from './corpusSearch.ts';

/** 002 p15: 习近平总书记重要讲话着重强调“大力弘扬劳模精神、劳动精神、工匠精神”,其中最大的亮点是,… */
async function passage(script: 'hans' | 'hant'): Promise<string> {
	const record = (await corpusRecords()).find((r) => r.slug.startsWith('002_')) as EditionRecord;
	const found = record.passages.find((p) => p.id === 'p15');
	if (!found) throw new Error('002 has no p15');
	return found.text[script];
}

const quoteHans = '大力弘扬劳模精神、劳动精神、工匠精神';
const quoteHant = '大力弘揚勞模精神、勞動精神、工匠精神';

/** Compares a quote with 002 p15 in simplified script. */
async function check(quote: string, script: 'hans' | 'hant' = 'hans'): Promise<{ comparison: QuoteComparison; text: string }> {
	const text = await passage(script);
	const comparison = compareQuote(quote, text, await corpusTable());
	if (!comparison) throw new Error(`${quote} was not placed in the passage`);
	return { comparison, text };
}

const counts = ({ changed, dropped, added }: QuoteComparison) => ({ changed, dropped, added });

describe('compareQuote', () => {
	test('finds a quote copied from the passage exact, and covers just the quoted words', async () => {
		const { comparison, text } = await check(quoteHans);
		expect(comparison.verdict).toBe('exact');
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 0, added: 0 });
		expect(comparison.otherForms).toBe(false);
		expect(comparison.punctuation).toBe(false);
		expect(comparison.parts).toEqual([{ text: quoteHans, kind: 'same' }]);
		expect(text.slice(...comparison.span)).toBe(quoteHans);
		expect(comparison.span[0]).toBe(text.indexOf(quoteHans));
	});

	test('ignores spacing around the quote', async () => {
		const { comparison, text } = await check(`  ${quoteHans}\n`);
		expect(comparison.verdict).toBe('exact');
		expect(text.slice(...comparison.span)).toBe(quoteHans);
	});

	test('covers exactly the quoted words of a longer passage, the punctuation between them included', async () => {
		const quote = '其中最大的亮点是,对劳模精神';
		const { comparison, text } = await check(quote);
		expect(comparison.verdict).toBe('exact');
		expect(text.slice(...comparison.span)).toBe(quote);
	});

	test('tells a traditional quote of a simplified passage apart as the other script, showing both forms', async () => {
		const { comparison, text } = await check(quoteHant);
		expect(comparison.verdict).toBe('script');
		expect(comparison.otherForms).toBe(true);
		expect(comparison.punctuation).toBe(false);
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 0, added: 0 });
		expect(text.slice(...comparison.span)).toBe(quoteHans);
		expect(comparison.parts).toEqual([{ text: quoteHans, kind: 'same', quoted: quoteHant }]);
	});

	test('tells a simplified quote of a traditional passage apart as the other script', async () => {
		const { comparison, text } = await check(quoteHans, 'hant');
		expect(comparison.verdict).toBe('script');
		expect(text.slice(...comparison.span)).toBe(quoteHant);
	});

	test('calls changed punctuation (，for 、) a difference of punctuation only', async () => {
		const { comparison } = await check('大力弘扬劳模精神，劳动精神，工匠精神');
		expect(comparison.verdict).toBe('punctuation');
		expect(comparison.punctuation).toBe(true);
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 0, added: 0 });
		expect(comparison.parts.filter((part) => part.kind !== 'same')).toEqual([
			{ text: '，', kind: 'added' },
			{ text: '、', kind: 'dropped' },
			{ text: '，', kind: 'added' },
			{ text: '、', kind: 'dropped' },
		]);
	});

	test('calls removed punctuation a difference of punctuation only', async () => {
		const { comparison, text } = await check('大力弘扬劳模精神劳动精神工匠精神');
		expect(comparison.verdict).toBe('punctuation');
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 0, added: 0 });
		expect(comparison.parts.filter((part) => part.kind !== 'same')).toEqual([
			{ text: '、', kind: 'dropped' },
			{ text: '、', kind: 'dropped' },
		]);
		expect(text.slice(...comparison.span)).toBe(quoteHans);
	});

	test('counts one changed character as one change (劳力 for 劳动)', async () => {
		const { comparison, text } = await check('大力弘扬劳模精神、劳力精神、工匠精神');
		expect(comparison.verdict).toBe('different');
		expect(counts(comparison)).toEqual({ changed: 1, dropped: 0, added: 0 });
		expect(comparison.parts).toEqual([
			{ text: '大力弘扬劳模精神、劳', kind: 'same' },
			{ text: '力', kind: 'added' },
			{ text: '动', kind: 'dropped' },
			{ text: '精神、工匠精神', kind: 'same' },
		]);
		expect(text.slice(...comparison.span)).toBe(quoteHans);
	});

	test('counts one dropped character (劳精神 for 劳动精神)', async () => {
		const { comparison } = await check('大力弘扬劳模精神、劳精神、工匠精神');
		expect(comparison.verdict).toBe('different');
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 1, added: 0 });
		expect(comparison.parts.filter((part) => part.kind !== 'same')).toEqual([{ text: '动', kind: 'dropped' }]);
	});

	test('counts one added character (劳动动精神 for 劳动精神)', async () => {
		const { comparison } = await check('大力弘扬劳模精神、劳动动精神、工匠精神');
		expect(comparison.verdict).toBe('different');
		expect(counts(comparison)).toEqual({ changed: 0, dropped: 0, added: 1 });
		expect(comparison.parts.filter((part) => part.kind !== 'same')).toEqual([{ text: '动', kind: 'added' }]);
	});

	test('counts a changed character of a traditional quote as a change, and notes the other script', async () => {
		const { comparison } = await check('大力弘揚勞模精神、勞力精神、工匠精神');
		expect(comparison.verdict).toBe('different');
		expect(counts(comparison)).toEqual({ changed: 1, dropped: 0, added: 0 });
		expect(comparison.otherForms).toBe(true);
	});

	test('places nothing for a quote that is not in the passage', async () => {
		expect(compareQuote('春眠不觉晓，处处闻啼鸟', await passage('hans'), await corpusTable())).toBeUndefined();
		expect(compareQuote('春眠不覺曉', await passage('hant'), await corpusTable())).toBeUndefined();
	});

	test('covers a character outside the BMP whole', () => {
		const text = '甲𠀀乙丙丁戊己';
		const comparison = compareQuote('𠀀乙丙丁', text, {});
		expect(comparison?.verdict).toBe('exact');
		expect(comparison && text.slice(...comparison.span)).toBe('𠀀乙丙丁');
		expect(comparison?.span).toEqual([1, 6]);
	});

	test('a changed first or last character counts as one changed character, and the span keeps it', async () => {
		for (const quote of ['大力弘扬劳模精神、劳动精神、工匠精髓', '小力弘扬劳模精神、劳动精神、工匠精神']) {
			const { comparison, text } = await check(quote);
			expect(counts(comparison), quote).toEqual({ changed: 1, dropped: 0, added: 0 });
			expect(text.slice(...comparison.span)).toBe(quoteHans);
		}
	});

	test('a full-width comma for the passage’s ASCII one is a punctuation difference, not the other script', async () => {
		const { comparison } = await check('其中最大的亮点是，对劳模精神');
		expect(comparison.verdict).toBe('punctuation');
		expect(comparison.otherForms).toBe(false);
	});

	test('a quote with no letters or digits is placed nowhere (and returns)', async () => {
		expect(compareQuote('，，', await passage('hans'), await corpusTable())).toBeUndefined();
	});

	test('every exact twelve-character run of every corpus paragraph is found exact, where it stands', async () => {
		const table = await corpusTable();
		let checked = 0;
		for (const record of await corpusRecords()) {
			for (const { text } of record.passages.filter((p) => p.role === 'paragraph')) {
				for (const script of ['hans', 'hant'] as const) {
					const characters = [...text[script]];
					for (let at = 0; at + 12 <= characters.length; at += 5) {
						// From a letter to a letter: the words a writer would quote.
						if (!/[\p{L}\p{N}]/u.test(characters[at]) || !/[\p{L}\p{N}]/u.test(characters[at + 11])) continue;
						const quote = characters.slice(at, at + 12).join('');
						const comparison = compareQuote(quote, text[script], table);
						expect(comparison?.verdict, quote).toBe('exact');
						// The first occurrence of a repeated run may be the one found; the words are the same.
						expect(text[script].slice(...comparison!.span), quote).toBe(quote);
						checked++;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});
});
