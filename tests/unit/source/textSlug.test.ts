import { describe, expect, test } from 'vitest';
import { maxSlugBytes, slugCollisions, slugKey, slugProblem, slugSchema, textSlug } from '../../../src/lib/source/textSlug.ts';

describe('textSlug', () => {
	test.each([
		['000_fc2dc3fa00e2669f.txt', '000_fc2dc3fa00e2669f'],
		['a.TXT', 'a'],
		['a b%.txt', 'a-b'],
		['a%20b.txt', 'a-20b'],
		['a%2Fb.txt', 'a-2Fb'],
		['100%.txt', '100'],
		['a\\b.txt', 'a-b'],
		['a#b.txt', 'a-b'],
		['a?b.txt', 'a-b'],
		['a\nb.txt', 'a-b'],
		['.hidden.txt', 'hidden'],
		['.txt', ''],
		['..txt', ''],
		['劳模 精神.txt', '劳模-精神'],
		['v1.2.txt', 'v1.2'],
		['cafe\u0301.txt', 'café'],
		['<script>.txt', 'script'],
	])('makes %j into %j', (file, slug) => {
		expect(textSlug(file)).toBe(slug);
	});

	test('gives the same slug to a name in NFC and in NFD', () => {
		expect(textSlug('caf\u00e9.txt')).toBe(textSlug('cafe\u0301.txt'));
	});
});

describe('slugProblem', () => {
	test.each(['a', '000_fc2dc3fa00e2669f', '劳模-精神', 'v1.2', 'x'.repeat(maxSlugBytes)])('accepts %j', (slug) => {
		expect(slugProblem(slug)).toBeUndefined();
	});

	test.each([
		['', /no letter or digit/],
		['x'.repeat(maxSlugBytes + 1), /101 bytes long/],
		['劳'.repeat(34), /102 bytes long/],
		['a b', /may hold only/],
		['a/b', /may hold only/],
		['-a', /may hold only/],
		['a.', /may hold only/],
		['cafe\u0301', /NFC/],
	])('refuses %j', (slug, problem) => {
		expect(slugProblem(slug)).toMatch(problem);
	});
});

describe('slugSchema', () => {
	test('accepts a good slug and refuses a bad one with the reason', () => {
		expect(slugSchema.parse('laomo')).toBe('laomo');
		expect(slugSchema.safeParse('a/b').error?.issues[0].message).toMatch(/may hold only/);
	});
});

describe('slugKey', () => {
	test.each([
		['A', 'a'],
		['ａ', 'a'],
		['Café', 'café'],
	])('compares %j as %j', (slug, key) => {
		expect(slugKey(slug)).toBe(slugKey(key));
	});
});

describe('slugCollisions', () => {
	test('groups the texts whose slugs one server could not tell apart, and only those', () => {
		const texts = [
			{ file: 'a.txt', slug: 'a' },
			{ file: 'A.TXT', slug: 'A' },
			{ file: 'b.txt', slug: 'b' },
			{ file: 'caf\u00e9.txt', slug: 'café' },
			{ file: 'cafe\u0301.txt', slug: textSlug('cafe\u0301.txt') },
		];
		expect(slugCollisions(texts).map((group) => group.map((t) => t.file))).toEqual([
			['a.txt', 'A.TXT'],
			['caf\u00e9.txt', 'cafe\u0301.txt'],
		]);
	});
});
