import { describe, expect, test } from 'vitest';
import { annotationSchema } from '../../../src/lib/annotations/annotationSchema.ts';
import { glossaryEntrySchema } from '../../../src/lib/annotations/glossarySchema.ts';

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
