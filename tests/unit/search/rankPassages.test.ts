import { describe, expect, test } from 'vitest';
import { matchingPassages, passageScore, rankPassages, type RankInput, type TermMatches } from '../../../src/lib/search/rankPassages.ts';

/** One term's matches from [id, first match position] pairs. */
const term = (...matches: [string, number][]): TermMatches => new Map(matches.map(([id, at]) => [id, [at]]));

/** A ranking input with nothing known but the terms and the order. */
const input = (terms: TermMatches[], order: string[], more: Partial<RankInput> = {}): RankInput => ({
	terms,
	order,
	asOnePhrase: new Set(),
	titles: new Set(),
	headings: new Set(),
	...more,
});

describe('matchingPassages', () => {
	test('keeps only the passages that matched every term, in the given order', () => {
		const terms = [term(['a', 0], ['b', 3], ['c', 1]), term(['c', 5], ['a', 9], ['d', 0])];
		expect(matchingPassages(input(terms, ['d', 'c', 'b', 'a']))).toEqual(['c', 'a']);
	});

	test('keeps every passage a single term matched', () => {
		expect(matchingPassages(input([term(['a', 0], ['b', 0])], ['b', 'a']))).toEqual(['b', 'a']);
	});

	test('finds nothing without terms', () => {
		expect(matchingPassages(input([], ['a', 'b']))).toEqual([]);
		expect(rankPassages(input([], ['a', 'b']))).toEqual([]);
	});
});

describe('rankPassages', () => {
	test('returns only passages matching every term', () => {
		const terms = [term(['a', 0], ['b', 3]), term(['b', 4], ['c', 1])];
		expect(rankPassages(input(terms, ['a', 'b', 'c'], { titles: new Set(['a', 'c']) }))).toEqual(['b']);
	});

	test('ranks a passage holding the terms as one phrase above one where they are far apart', () => {
		// 劳模 精神: in "far" the words are 80 characters apart; in "phrase" they stand as 劳模精神.
		const terms = [term(['far', 0], ['phrase', 10]), term(['far', 80], ['phrase', 12])];
		expect(rankPassages(input(terms, ['far', 'phrase'], { asOnePhrase: new Set(['phrase']) }))).toEqual(['phrase', 'far']);
	});

	test('ranks the terms close together above the terms far apart', () => {
		const terms = [term(['far', 0], ['near', 30]), term(['far', 200], ['near', 33])];
		expect(rankPassages(input(terms, ['far', 'near']))).toEqual(['near', 'far']);
	});

	test('ranks the phrase above a heading or title with the terms apart', () => {
		const terms = [term(['title', 0], ['phrase', 10]), term(['title', 9], ['phrase', 12])];
		expect(rankPassages(input(terms, ['title', 'phrase'], { asOnePhrase: new Set(['phrase']), titles: new Set(['title']) }))).toEqual(['phrase', 'title']);
	});

	test('ranks a title above a heading above a paragraph for one term', () => {
		const terms = [term(['paragraph', 0], ['heading', 0], ['title', 0])];
		const ranked = rankPassages(input(terms, ['paragraph', 'heading', 'title'], { titles: new Set(['title']), headings: new Set(['heading']) }));
		expect(ranked).toEqual(['title', 'heading', 'paragraph']);
	});

	test('does not count one term as a phrase', () => {
		const terms = [term(['a', 0], ['b', 0])];
		expect(rankPassages(input(terms, ['a', 'b'], { asOnePhrase: new Set(['b']) }))).toEqual(['a', 'b']);
		expect(passageScore('b', input(terms, ['a', 'b'], { asOnePhrase: new Set(['b']) }))).toBe(passageScore('a', input(terms, ['a', 'b'])));
	});

	test('keeps the given order among equals', () => {
		const one = [term(['a', 5], ['b', 0], ['c', 9], ['d', 2])];
		expect(rankPassages(input(one, ['c', 'a', 'd', 'b']))).toEqual(['c', 'a', 'd', 'b']);
		const two = [term(['a', 0], ['b', 10], ['c', 20]), term(['a', 3], ['b', 13], ['c', 23])];
		expect(rankPassages(input(two, ['b', 'c', 'a']))).toEqual(['b', 'c', 'a']);
		const headings = new Set(['a', 'c']);
		expect(rankPassages(input(one, ['d', 'c', 'b', 'a'], { headings }))).toEqual(['c', 'a', 'd', 'b']);
	});

	test('scores a passage higher as its terms come closer', () => {
		const at = (gap: number) => passageScore('x', input([term(['x', 0]), term(['x', gap])], ['x']));
		expect(at(0)).toBeGreaterThan(at(5));
		expect(at(5)).toBeGreaterThan(at(50));
		expect(at(50)).toBeGreaterThan(at(500));
		expect(at(500)).toBeGreaterThan(0);
	});
});
