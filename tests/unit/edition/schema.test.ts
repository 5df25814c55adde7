import { describe, expect, test } from 'vitest';
import { blockSchema } from '../../../src/lib/lines/blockSchema.ts';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { segmentSchema } from '../../../src/lib/passages/segmentSchema.ts';
import { sidecarSchema } from '../../../src/lib/source/sidecarSchema.ts';
import { loadSeeds, poem, utf8 } from '../support/corpus.ts';

describe('blockSchema', () => {
	test('accepts every block built for every seed and a poem', async () => {
		const texts = [...(await loadSeeds()).map((raw) => buildText(raw)), buildText({ file: 'poem.txt', bytes: utf8(poem) })];
		for (const text of texts) {
			for (const block of text.blocks) expect(blockSchema.safeParse(block).error, `${text.slug} line ${block.line}`).toBeUndefined();
		}
	});
});

describe('sidecarSchema', () => {
	test.each(['https://example.org/a?b=c#d', 'http://example.org/', 'HTTPS://EXAMPLE.ORG/A'])('accepts the web address %s as a source URL', (url) => {
		expect(sidecarSchema.safeParse({ sourceUrl: url }).success).toBe(true);
	});

	test('accepts the sidecar fields, all optional', () => {
		expect(sidecarSchema.parse({})).toEqual({});
		const full = { title: 't', author: 'a', date: '2020-01-02', outlet: 'o', editor: 'e', sourceUrl: 'https://example.org/x', script: 'hant', slug: 'a-text', encoding: 'big5', keep: [3], drop: [1, 2], note: 'n' };
		expect(sidecarSchema.parse(full)).toEqual(full);
	});

	test.each([
		['an unknown field', { titel: '错字' }],
		['a date that is not YYYY-MM-DD', { date: '2020/01/02' }],
		['a URL that is not one', { sourceUrl: 'not a url' }],
		['a javascript: URL', { sourceUrl: 'javascript:alert(13)' }],
		['a javascript: URL in mixed case', { sourceUrl: 'JavaScript:alert(13)' }],
		['a javascript: URL after a space', { sourceUrl: ' javascript:alert(13)' }],
		['a data: URL', { sourceUrl: 'data:text/html,<script>alert(13)</script>' }],
		['a vbscript: URL', { sourceUrl: 'vbscript:msgbox(13)' }],
		['a file: URL', { sourceUrl: 'file:///etc/passwd' }],
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
