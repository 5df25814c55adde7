import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { buildText, reconstructSource } from '../../../src/lib/edition/buildText.ts';
import { injectionText, loadSeed, poem, seedBytes, seedFiles, smallArticle, smallArticleHant, utf8 } from '../support/corpus.ts';

const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const lines = smallArticle.trimEnd().split('\n');

/** Hostile inputs: each a file name and the exact bytes a scraper might have produced. */
const hostile: [string, Uint8Array][] = [
	['hostile-gbk', iconv.encode(smallArticle, 'gbk')],
	['hostile-big5', iconv.encode(smallArticleHant, 'big5')],
	['hostile-gbk-crlf', iconv.encode(smallArticle.replace(/\n/g, '\r\n'), 'gbk')],
	['hostile-utf8-bom-crlf', Buffer.concat([bom, utf8(smallArticle.replace(/\n/g, '\r\n'))])],
	['hostile-utf16le-bom', iconv.encode(smallArticleHant, 'utf-16le', { addBOM: true })],
	['hostile-utf16be-bom-crlf', iconv.encode(smallArticle.replace(/\n/g, '\r\n'), 'utf-16be', { addBOM: true })],
	['hostile-mixed-line-ends', utf8(lines.map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''))],
	['hostile-lone-cr', utf8(lines.join('\r'))],
	['hostile-no-final-newline', utf8(lines.join('\n'))],
	['hostile-trailing-spaces', utf8(lines.map((l) => `${l}  \t`).join('\n'))],
	['hostile-nbsp-and-ideographic-indents', utf8(lines.map((l, i) => (i % 2 ? `\u00a0\u00a0${l}` : `\u3000\u3000${l}\u3000`)).join('\n'))],
	['hostile-blank-lines-of-white-space', utf8(lines.join('\n \u3000\t\n\u00a0\n'))],
	['hostile-combining-characters', utf8(smallArticle.replace('源泉', 'cafe\u0301源泉').replace('王小明', 'Ame\u0301lie'))],
	['hostile-glosses-and-redactions', utf8(smallArticle.replace('幸福', '幸(xìng)福**').replace('劳动光荣', '劳(láo)动光荣'))],
	['hostile-broken-entity', utf8(smallArticle.replace('劳动是', '?ldquo;劳动是'))],
	['hostile-poem', utf8(poem)],
	['hostile-injection', utf8(injectionText)],
	['hostile-injection-crlf-bom', Buffer.concat([bom, utf8(injectionText.replace(/\n/g, '\r\n'))])],
];

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('reconstructSource', () => {
	test.each([...seedFiles])('rebuilds the exact bytes of seed %s', async (file) => {
		const raw = await loadSeed(file);
		expect(same(reconstructSource(buildText(raw)), seedBytes(file))).toBe(true);
	});

	test.each([...seedFiles])('rebuilds the exact bytes of seed %s saved with a BOM and CRLF line ends', async (file) => {
		const raw = await loadSeed(file);
		const bytes = Buffer.concat([bom, Buffer.from(seedBytes(file).toString('utf8').replace(/\n/g, '\r\n'))]);
		const text = buildText({ ...raw, bytes });
		expect(text.source).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(same(reconstructSource(text), bytes)).toBe(true);
	});

	test.each(hostile)('rebuilds the exact bytes of %s', (name, bytes) => {
		const text = buildText({ file: `${name}.txt`, bytes });
		expect(text.blocks.some((b) => b.kind === 'passage')).toBe(true);
		expect(same(reconstructSource(text), bytes)).toBe(true);
	});

	test('records GBK and Big5 sources as the encoding to rebuild them in', () => {
		expect(buildText({ file: 'gbk.txt', bytes: hostile[0][1] }).source).toMatchObject({ encoding: 'gb18030', bom: false });
		expect(buildText({ file: 'big5.txt', bytes: hostile[1][1] }).source).toMatchObject({ encoding: 'big5', bom: false });
	});
});
