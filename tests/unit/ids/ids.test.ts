import { describe, expect, test } from 'vitest';
import { assertUniqueIds, noteAnchor, noteId, noteIdSchema, occurrenceAt, passageId, passageIdSchema } from '../../../src/lib/ids/ids.ts';
import { pid } from '../support/ids.ts';

describe('passageId', () => {
	test('is p and the 1-based source line number', () => {
		expect(passageId(1)).toBe('p1');
		expect(passageId(16)).toBe('p16');
	});

	test('gives distinct lines distinct ids', () => {
		const ids = Array.from({ length: 500 }, (_, i) => passageId(i + 1));
		expect(new Set(ids).size).toBe(500);
	});

	test.each([0, -1, 1.5])('refuses line %s, which no source has', (line) => {
		expect(() => passageId(line)).toThrow();
	});
});

describe('passageIdSchema', () => {
	test.each(['p1', 'p12', 'p1000'])('accepts %s', (id) => {
		expect(passageIdSchema.parse(id)).toBe(id);
	});

	test.each(['p0', 'p012', 'P12', 'p', 'p12a', '12', ' p12', 'line12'])('refuses %j', (id) => {
		expect(passageIdSchema.safeParse(id).success).toBe(false);
	});
});

describe('noteId', () => {
	const identity = { kind: 'emendation', passage: pid('p12'), words: '勞!皣@', occurrence: 1, variant: 'gb18030-realignment' } as const;

	test('names the passage and the kind, then six hexadecimal digits', () => {
		expect(noteId(identity)).toMatch(/^p12-e-[0-9a-f]{6}$/);
		expect(noteId({ ...identity, kind: 'term' })).toMatch(/^p12-t-/);
		expect(noteId({ ...identity, kind: 'note' })).toMatch(/^p12-n-/);
		expect(noteId({ ...identity, kind: 'redaction' })).toMatch(/^p12-r-/);
		expect(noteIdSchema.safeParse(noteId(identity)).success).toBe(true);
	});

	test('depends only on what the note is, not on how many notes were named before it', () => {
		const first = noteId(identity);
		for (let i = 1; i <= 20; i++) noteId({ ...identity, words: `其他${i}` });
		expect(noteId({ ...identity })).toBe(first);
	});

	test.each([
		['words', { words: '勞!皭蹗従礃I' }],
		['occurrence', { occurrence: 2 }],
		['variant', { variant: 'editorial' }],
		['passage', { passage: pid('p13') }],
	])('changes with the %s', (_, change) => {
		expect(noteId({ ...identity, ...change })).not.toBe(noteId(identity));
	});
});

describe('noteAnchor', () => {
	test('is the note id after note-', () => {
		const id = noteId({ kind: 'redaction', passage: pid('p3'), words: '**', occurrence: 1 });
		expect(noteAnchor(id)).toBe(`note-${id}`);
	});
});

describe('occurrenceAt', () => {
	test.each([
		['劳模精神，劳模', '劳模', 0, 1],
		['劳模精神，劳模', '劳模', 5, 2],
		['****', '**', 1, 2],
		['****', '**', 2, 3],
		['abc', '', 1, 1],
	])('counts %j: %j at %i is occurrence %i', (text, words, start, expected) => {
		expect(occurrenceAt(text, words, start)).toBe(expected);
	});
});

describe('assertUniqueIds', () => {
	test('throws, naming the text and the id, when two notes share an id', () => {
		const id = noteId({ kind: 'note', passage: pid('p1'), words: 'x', occurrence: 1 });
		expect(() => assertUniqueIds([id, id], 'a.txt')).toThrow(`a.txt: two notes would share the id ${id}`);
		expect(() => assertUniqueIds([id], 'a.txt')).not.toThrow();
	});
});
