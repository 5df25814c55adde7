import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSource, encodeSource } from '../../../src/lib/source/decodeSource.ts';
import { stripGlosses } from '../../../src/lib/passages/pinyin.ts';
import { refusalOf } from '../support/refusal.ts';
import { seedBytes, seedFile, seedFiles, seedLines } from '../support/corpus.ts';

/** Seed 004's first paragraph (simplified), long enough for encoding detection. */
const simplifiedParagraph = seedLines(seedFile('004'))[6];
/** Seed 000's first paragraph (traditional), its glosses and indent taken out. */
const traditionalParagraph = stripGlosses(seedLines(seedFile('000'))[7]).trim();

/** Runs decodeSource and returns the SourceError it throws. */
const refusal = (bytes: Uint8Array, file: string) => refusalOf(() => decodeSource(bytes, file));

describe('decodeSource', () => {
	test.each([...seedFiles])('reads seed %s as UTF-8 without BOM', (file) => {
		const bytes = seedBytes(file);
		expect(decodeSource(bytes, file)).toEqual({ text: bytes.toString('utf8'), encoding: 'utf-8', bom: false });
	});

	test('reads UTF-8 with a BOM and leaves the BOM out of the text', () => {
		const decoded = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('劳动光荣\n')]), 'bom.txt');
		expect(decoded).toEqual({ text: '劳动光荣\n', encoding: 'utf-8', bom: true });
	});

	test('keeps CRLF line ends in the text', () => {
		expect(decodeSource(Buffer.from('劳动光荣\r\n王小明\r\n'), 'crlf.txt').text).toBe('劳动光荣\r\n王小明\r\n');
	});

	test('detects GBK bytes of a real simplified paragraph as gb18030', () => {
		const bytes = iconv.encode(simplifiedParagraph, 'gbk');
		expect(iconv.decode(bytes, 'gbk')).toBe(simplifiedParagraph);
		expect(decodeSource(bytes, 'gbk.txt')).toEqual({ text: simplifiedParagraph, encoding: 'gb18030', bom: false });
	});

	test('detects Big5 bytes of a real traditional paragraph as big5', () => {
		const bytes = iconv.encode(traditionalParagraph, 'big5');
		expect(iconv.decode(bytes, 'big5')).toBe(traditionalParagraph);
		expect(decodeSource(bytes, 'big5.txt')).toEqual({ text: traditionalParagraph, encoding: 'big5', bom: false });
	});

	test.each(['utf-16le', 'utf-16be'])('reads %s with a BOM', (encoding) => {
		const bytes = iconv.encode('弘揚勞模精神\r\n凝聚發展合力\n', encoding, { addBOM: true });
		expect(decodeSource(bytes, 'utf16.txt')).toEqual({ text: '弘揚勞模精神\r\n凝聚發展合力\n', encoding, bom: true });
	});

	test('refuses an empty file, naming it', () => {
		const error = refusal(new Uint8Array(0), 'empty.txt');
		expect(error.file).toBe('empty.txt');
		expect(error.message).toMatch(/^empty\.txt: .*empty \(0 bytes\)/);
	});

	test.each([
		['spaces and line ends', Buffer.from(' \n\t\r\n  \n')],
		['ideographic and no-break spaces', Buffer.from('\u3000\u3000\n\u00a0\n')],
		['a UTF-8 BOM alone', Buffer.from([0xef, 0xbb, 0xbf])],
		['a UTF-16 BOM and spaces', iconv.encode('  \n', 'utf-16le', { addBOM: true })],
	])('refuses a file of %s as empty', (_, bytes) => {
		const error = refusal(bytes, 'blank.txt');
		expect(error.file).toBe('blank.txt');
		expect(error.reason).toMatch(/empty \(white space only\)/);
	});

	test('refuses a text file with a NUL byte as binary', () => {
		const error = refusal(Buffer.concat([Buffer.from('劳动光荣\n'), Buffer.from([0]), Buffer.from('王小明\n')]), 'nul.txt');
		expect(error.file).toBe('nul.txt');
		expect(error.reason).toMatch(/binary/);
	});

	test('refuses a PNG as binary', () => {
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
		const error = refusal(png, 'image.txt');
		expect(error.file).toBe('image.txt');
		expect(error.reason).toMatch(/binary/);
	});

	test('refuses text full of control bytes as binary', () => {
		const error = refusal(Buffer.from('abc\x01\x02\x03def\x04\x05'), 'controls.txt');
		expect(error.reason).toMatch(/binary/);
	});

	test('keeps a text whose control bytes are at most 1% of it, in UTF-8 and in GBK', () => {
		const withStray = `${simplifiedParagraph}\x1b${simplifiedParagraph}`;
		expect(decodeSource(Buffer.from(withStray), 'escape.txt').text).toBe(withStray);
		expect(decodeSource(iconv.encode(withStray, 'gbk'), 'escape-gbk.txt')).toMatchObject({ text: withStray, encoding: 'gb18030' });
	});

	test('refuses GBK text with more than 1% control bytes as binary', () => {
		const bytes = iconv.encode(`${simplifiedParagraph}${'\x01'.repeat(12)}`.repeat(3), 'gbk'); // 12 in about 600 bytes
		expect(refusal(bytes, 'controls-gbk.txt').reason).toMatch(/binary/);
	});

	test('refuses UTF-16 without a BOM as binary rather than guessing', () => {
		const error = refusal(iconv.encode('弘揚勞模精神\n', 'utf-16le'), 'utf16-nobom.txt');
		expect(error.file).toBe('utf16-nobom.txt');
		expect(error.reason).toMatch(/binary/);
	});

	test.each([
		['Shift_JIS Japanese', 'shift_jis', '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。'],
		['EUC-KR Korean', 'euc-kr', '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.'],
		['Latin-1 French', 'latin1', 'Ceci est un texte français très élégant, à côté du café où l’on mange des crêpes.'],
		['windows-1251 Russian', 'win1251', 'Съешь же ещё этих мягких французских булок, да выпей чаю. Широкая электрификация южных губерний.'],
	])('refuses %s as in no supported encoding, naming the file', (_, encoding, text) => {
		const error = refusal(iconv.encode(text, encoding), 'foreign.txt');
		expect(error.file).toBe('foreign.txt');
		expect(error.reason).toMatch(/not UTF-8, GB18030\/GBK or Big5/);
		expect(error.reason).toMatch(/convert it to UTF-8/);
	});

	test('refuses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
		const error = refusal(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42, 0x0a]), 'bad-bom.txt');
		expect(error.file).toBe('bad-bom.txt');
		expect(error.reason).toMatch(/byte-order mark but is not valid UTF-8/);
	});

	test('refuses UTF-16 with a BOM and a cut-off last byte, which would not survive a round trip', () => {
		const bytes = iconv.encode('弘揚勞模精神\n', 'utf-16le', { addBOM: true });
		const error = refusal(bytes.subarray(0, bytes.length - 1), 'odd.txt');
		expect(error.file).toBe('odd.txt');
		expect(error.reason).toMatch(/do not survive a round trip through utf-16le/);
	});
});

describe('encodeSource', () => {
	test.each([
		['UTF-8', Buffer.from('劳动光荣\n')],
		['UTF-8 with BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('劳动光荣\r\n王小明\r\n')])],
		['GBK', iconv.encode(simplifiedParagraph, 'gbk')],
		['Big5', iconv.encode(traditionalParagraph, 'big5')],
		['UTF-16LE with BOM', iconv.encode('弘揚勞模精神\n', 'utf-16le', { addBOM: true })],
		['UTF-16BE with BOM', iconv.encode('弘揚勞模精神\n', 'utf-16be', { addBOM: true })],
	])('turns decoded %s back into the same bytes', (_, bytes) => {
		expect(Buffer.from(encodeSource(decodeSource(bytes, 'x.txt'))).equals(bytes)).toBe(true);
	});
});
