import { describe, expect, test } from 'vitest';
import { annotationSchema } from '../../../src/lib/annotations/annotationSchema.ts';
import { glossaryEntrySchema, glossaryFileSchema } from '../../../src/lib/annotations/glossarySchema.ts';

describe('annotationSchema', () => {
	test('defaults the occurrence to 1', () => {
		expect(annotationSchema.parse({ kind: 'term', text: 't', passage: 'p1', quote: '劳模', term: 'laomo' })).toMatchObject({ occurrence: 1 });
	});

	test.each([
		['a note with neither zh nor en', { kind: 'note', text: 't', passage: 'p1', quote: '劳模' }],
		['an unknown kind', { kind: 'comment', text: 't', passage: 'p1', quote: '劳模', en: 'x' }],
		['an unknown field', { kind: 'term', text: 't', passage: 'p1', quote: '劳模', term: 'x', colour: 'red' }],
		['an occurrence of 0', { kind: 'term', text: 't', passage: 'p1', quote: '劳模', term: 'x', occurrence: 0 }],
		['a passage id that is not p and a number', { kind: 'term', text: 't', passage: 'line1', quote: '劳模', term: 'x' }],
	])('refuses %s', (_, value) => {
		expect(annotationSchema.safeParse(value).success).toBe(false);
	});
});

describe('glossaryEntrySchema', () => {
	test('refuses an id that is not URL-safe', () => {
		expect(glossaryEntrySchema.safeParse({ id: '劳模', hans: '劳模', hant: '勞模', pinyin: 'láomó', zh: 'z', en: 'e' }).success).toBe(false);
		expect(glossaryEntrySchema.safeParse({ id: 'laomo', hans: '劳模', hant: '勞模', pinyin: 'láomó', zh: 'z', en: 'e' }).success).toBe(true);
	});
});

describe('glossaryFileSchema', () => {
	const entry = (id: string, more: object = {}) => ({ id, hans: id, hant: id, pinyin: id, zh: 'z', en: 'e', ...more });

	test('reads an entry’s kind, aliases, related entries and sources, with defaults for what it leaves out', () => {
		const [full, bare] = glossaryFileSchema.parse([entry('quanzong', { kind: 'organization', aliases: ['全国总工会'], related: ['gonghui'], sources: [{ title: '中国工会章程', date: '2018-10' }] }), entry('gonghui')]);
		expect(full).toMatchObject({ kind: 'organization', aliases: ['全国总工会'], related: ['gonghui'], sources: [{ title: '中国工会章程', date: '2018-10' }], occurrences: 'all' });
		expect(bare).toMatchObject({ kind: 'term', aliases: [], related: [], sources: [], occurrences: 'all' });
	});

	test.each([
		['two entries with one id', [entry('a'), entry('a')], 'a second entry “a”'],
		['a related entry the file does not have', [entry('a', { related: ['b'] })], 'no entry “b”'],
		['an entry related to itself', [entry('a', { related: ['a'] })], 'an entry is not related to itself'],
	])('refuses %s', (_, value, message) => {
		const result = glossaryFileSchema.safeParse(value);
		expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
	});

	test.each([
		['a kind it does not know', { kind: 'slogan' }],
		['a source with a link for a date', { sources: [{ title: 't', date: 'https://example.com' }] }],
		['a source with a field it does not know', { sources: [{ title: 't', date: '2013', url: 'https://example.com' }] }],
	])('refuses %s', (_, more) => {
		expect(glossaryFileSchema.safeParse([entry('a', more)]).success).toBe(false);
	});
});

describe('an exclusion of a term', () => {
	test('names a text and a term, and a passage if it is only there', () => {
		expect(annotationSchema.parse({ kind: 'not-term', text: 't', term: 'x' })).toEqual({ kind: 'not-term', text: 't', term: 'x' });
		expect(annotationSchema.safeParse({ kind: 'not-term', text: 't', term: 'x', passage: 'p3' }).success).toBe(true);
		expect(annotationSchema.safeParse({ kind: 'not-term', text: 't', term: 'x', quote: '劳模' }).success).toBe(false);
	});
});

