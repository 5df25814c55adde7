import { describe, expect, test } from 'vitest';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { blockSchema, segmentSchema, sidecarSchema, textFrontmatterSchema } from '../../../src/lib/edition/schema.ts';
import { loadSeeds, poem, utf8 } from '../support/corpus.ts';

describe('textFrontmatterSchema', () => {
	test('accepts the frontmatter built for every seed and a poem', async () => {
		const texts = [...(await loadSeeds()).map((raw) => buildText(raw)), buildText({ file: 'poem.txt', bytes: utf8(poem) })];
		for (const text of texts) {
			expect(textFrontmatterSchema.safeParse(text.frontmatter).error, text.frontmatter.slug).toBeUndefined();
			for (const block of text.blocks) expect(blockSchema.safeParse(block).success).toBe(true);
		}
	});
});

describe('sidecarSchema', () => {
	test('accepts the sidecar fields, all optional', () => {
		expect(sidecarSchema.parse({})).toEqual({});
		const full = { title: 't', author: 'a', date: '2020-01-02', outlet: 'o', editor: 'e', sourceUrl: 'https://example.org/x', script: 'hant', note: 'n' };
		expect(sidecarSchema.parse(full)).toEqual(full);
	});

	test.each([
		['an unknown field', { titel: '错字' }],
		['a date that is not YYYY-MM-DD', { date: '2020/01/02' }],
		['a URL that is not one', { sourceUrl: 'not a url' }],
		['a script that is not hans or hant', { script: 'zh' }],
		['an empty title', { title: '' }],
	])('refuses %s', (_, value) => {
		expect(sidecarSchema.safeParse(value).success).toBe(false);
	});
});

describe('segmentSchema', () => {
	test('refuses a damage kind it does not know', () => {
		expect(segmentSchema.safeParse({ kind: 'damage', source: '?', damage: 'mystery' }).success).toBe(false);
	});
});
