/**
 * References formatted by citeproc-js with the official CSL styles the build publishes: the
 * GB/T 7714—2015 entry for one text is checked against the standard by hand (8.1 and A.7:
 * author. title[N/OL]. newspaper, date[date cited]. address.), in both scripts; every style
 * names the author, title, outlet and address; an access date is the day given.
 */
import CSL from 'citeproc';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CslNode } from 'citeproc';
import { citationLocales, citationStyles } from '../../../src/lib/citation/citationStyles.ts';
import { readCslAssets } from '../../../src/lib/citation/cslAssets.ts';
import { textReference } from '../../../src/lib/citation/cslItem.ts';
import { cslDate, formatReference } from '../../../src/lib/citation/formatReference.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { recordOfSeed } from '../support/corpus.ts';

let assets: { styles: Map<string, CslNode>; locales: Map<string, CslNode> };
let record: EditionRecord;
const url = 'https://example.org/corpus/hans/texts/000_fc2dc3fa00e2669f/#p8';
const accessed = cslDate(new Date(2026, 10, 30));

beforeAll(async () => {
	assets = await readCslAssets({ styles: citationStyles.map((style) => style.csl), locales: citationLocales });
	record = await recordOfSeed('000_fc2dc3fa00e2669f.txt');
});

function format(key: string, script: 'hans' | 'hant') {
	const style = citationStyles.find((s) => s.key === key)!;
	const item = { ...textReference(record, { url, siteVersion: '1.0.0', edition: '文库', script }), accessed };
	return formatReference(CSL, { style: assets.styles.get(style.csl)!, locale: style.locale[script], locales: assets.locales }, item);
}

describe('GB/T 7714—2015 (note)', () => {
	test('the entry for 000 in simplified script is the hand-checked one, without a list number', () => {
		expect(format('gbt7714', 'hans').bibliography.text).toBe(`张跃峰. 弘扬劳模精神 凝聚发展合力[N/OL]. 中工网—《河北工人报》, 2015-04-29[2026-11-30]. ${url}.`);
	});

	test('the entry for 000 in traditional script is the same in the source’s own script', () => {
		expect(format('gbt7714', 'hant').bibliography.text).toBe(`張躍峰. 弘揚勞模精神 凝聚發展合力[N/OL]. 中工網—《河北工人報》, 2015-04-29[2026-11-30]. ${url}.`);
	});

	test('its footnote gives the reference in full, and its HTML has no list number either', () => {
		const reference = format('gbt7714', 'hans');
		expect(reference.citation.text).toBe(reference.bibliography.text);
		expect(reference.bibliography.html).not.toContain('[1]');
		expect(reference.bibliography.html).toContain('张跃峰. 弘扬劳模精神 凝聚发展合力[N/OL]');
	});
});

describe.each(citationStyles.map((style) => style.key))('%s', (key) => {
	test.each(['hans', 'hant'] as const)('names the author, title, outlet and address in %s', (script) => {
		const { bibliography, citation } = format(key, script);
		for (const value of [record.author![script], record.title[script], record.outlet![script], url]) expect(bibliography.text).toContain(value);
		expect(citation.text).toContain(record.author![script]);
		expect(bibliography.html).toContain(record.title[script]);
	});
});

test('the English-language styles date the text in their own way', () => {
	expect(format('chicago', 'hans').bibliography.text).toContain('April 29, 2015');
	expect(format('apa', 'hans').bibliography.text).toContain('(2015, April 29)');
	expect(format('mla', 'hans').bibliography.text).toContain('29 Apr. 2015');
	expect(format('apa', 'hans').citation.text).toBe('(张跃峰, 2015)');
});

test('markup in a title is escaped in the HTML, never passed through', () => {
	const style = citationStyles[0];
	const item = { ...textReference(record, { url, siteVersion: '1.0.0', edition: '文库' }), title: '<img src=x onerror=alert(1)><script>x</script>' };
	const { bibliography } = formatReference(CSL, { style: assets.styles.get(style.csl)!, locale: 'zh-CN', locales: assets.locales }, item);
	expect(bibliography.html).not.toMatch(/<img|<script/);
	expect(bibliography.text).toContain('<img src=x onerror=alert(1)><script>x</script>');
});
