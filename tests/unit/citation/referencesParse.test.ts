/**
 * A text's reference files, read back by citation-js's own parsers (independent of the RIS and
 * CSL-JSON written here; the BibTeX is citation-js's output, read by its separate BibTeX parser),
 * say what its record says, Chinese characters and all.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { textRelease, textReference } from '../../../src/lib/citation/cslItem.ts';
import { toBibtex, toCslJson, toRis } from '../../../src/lib/citation/exportFormats.ts';
import { plainText } from '../../../src/lib/citation/plainText.ts';
import { recordOfSeed, seedFiles } from '../support/corpus.ts';

const url = (slug: string) => `https://example.org/corpus/hans/texts/${slug}/`;

describe.each(seedFiles)('the references of %s', (file) => {
	test('read back from CSL-JSON, BibTeX and RIS with the title, author, date, outlet and address of the record', async () => {
		const record = await recordOfSeed(file);
		const item = textReference(record, { url: url(record.slug), siteVersion: '1.2.3', edition: '文库' });
		const script = record.script;
		for (const [format, text] of [
			['CSL-JSON', toCslJson([item])],
			['BibTeX', toBibtex([item])],
			['RIS', toRis([item])],
		] as const) {
			const [read] = new Cite(format === 'CSL-JSON' ? JSON.parse(text) : text).data as Record<string, any>[];
			expect(read.title, format).toBe(record.title[script]);
			expect(read.URL, format).toBe(url(record.slug));
			// The RIS specification makes a newspaper article's AU its reporter, and citation-js reads the year (PY) alone.
			const names = format === 'RIS' ? read.reporter : read.author;
			if (record.author) expect(JSON.stringify(names), format).toContain(record.author[script]);
			else expect(names, format).toBeUndefined();
			if (record.outlet) expect(read['container-title'], format).toBe(record.outlet[script]);
			const date = record.date?.split('-').map(Number);
			if (date) expect(read.issued['date-parts'][0], format).toEqual(format === 'RIS' ? date.slice(0, 1) : date);
		}
	});

	test('plain text holds every passage on its own line, after its id, in the script asked for', async () => {
		const record = await recordOfSeed(file);
		for (const script of ['hans', 'hant'] as const) {
			const lines = plainText(record, script, { url: url(record.slug), release: 'r' }).split('\n');
			const body = lines.slice(lines.indexOf('') + 1, -1);
			expect(body).toEqual(record.passages.map((p) => `${p.id}\t${p.text[script]}`));
			expect(lines[0]).toBe(record.title[script]);
		}
	});
});

describe('the release a reference carries', () => {
	test('is the site version and a hash of the reading text, which changes with any passage', async () => {
		const record = await recordOfSeed(seedFiles[0]);
		const release = textRelease(record, '1.2.3');
		expect(release).toMatch(/^1\.2\.3\+[0-9a-f]{8}$/);
		const changed = structuredClone(record);
		changed.passages[3].text[record.script] += '。';
		expect(textRelease(changed, '1.2.3')).not.toBe(release);
		const item = textReference(record, { url: 'x', siteVersion: '1.2.3', edition: 'e' });
		expect(item.version).toBe(release);
		// RIS keeps the full date and the release on lines of their own.
		expect(toRis([item]).split('\r\n')).toEqual(expect.arrayContaining([`DA  - ${record.date!.replaceAll('-', '/')}/`, `ET  - ${release}`]));
	});

	test('a text without an outlet is an article, not a newspaper article, and its source URL is in the note', async () => {
		const record = { ...(await recordOfSeed(seedFiles[0])), outlet: null, sourceUrl: 'https://example.com/a' };
		const item = textReference(record, { url: 'u', siteVersion: '1', edition: 'e' });
		expect(item.type).toBe('article');
		expect(item.note).toContain('Originally published at https://example.com/a');
		const [read] = new Cite(toRis([item])).data as Record<string, any>[];
		expect(read.note ?? read.annote ?? '').toContain('https://example.com/a');
	});
});
