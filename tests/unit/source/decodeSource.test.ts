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

/**
 * Two short lines of the seeds, a clause each (3 to about 20 characters), in the seeds of one
 * script: short files are where an encoding detector guesses wrong.
 */
function shortSamples(files: string[], encoding: string): string[] {
	const clauses = files
		.flatMap((file) => stripGlosses(seedBytes(file).toString('utf8')).split(/[，。！？、；：\n]/))
		.map((clause) => clause.trim())
		.filter((clause) => clause.length >= 3 && /^[\p{Script=Han}“”《》]+$/u.test(clause));
	const samples: string[] = [];
	for (let i = 0; i + 1 < clauses.length; i += 2) samples.push(`${clauses[i]}\n${clauses[i + 1]}\n`);
	// Only what the encoding can hold (Big5 has no 峰 of some names, for instance).
	return samples.filter((sample) => iconv.decode(iconv.encode(sample, encoding), encoding) === sample);
}

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

	const gbkSamples = shortSamples([seedFile('001'), seedFile('002'), seedFile('004')], 'gbk');
	const big5Samples = shortSamples([seedFile('000'), seedFile('003')], 'big5');

	test('has enough short samples to mean something', () => {
		expect(gbkSamples.length).toBeGreaterThanOrEqual(60);
		expect(big5Samples.length).toBeGreaterThanOrEqual(25);
	});

	test('reads every short two-line GBK sample of the seeds as GBK, none as Big5', () => {
		const misread = gbkSamples.filter((sample) => {
			const decoded = decodeSource(iconv.encode(sample, 'gbk'), 'short.txt');
			return decoded.encoding !== 'gb18030' || decoded.text !== sample;
		});
		expect(misread).toEqual([]);
	});

	test('reads every short two-line Big5 sample of the seeds as Big5', () => {
		const misread = big5Samples.filter((sample) => {
			const decoded = decodeSource(iconv.encode(sample, 'big5'), 'short.txt');
			return decoded.encoding !== 'big5' || decoded.text !== sample;
		});
		expect(misread).toEqual([]);
	});

	test('asks for the encoding in the sidecar when the bytes read as Chinese in GBK and in Big5 alike', () => {
		// B0A1 B0A2 is 啊阿 in GBK and two frequent characters in Big5: nothing tells the two apart.
		const bytes = Buffer.from([0xb0, 0xa1, 0xb0, 0xa2, 0x0a]);
		expect(refusal(bytes, 'tiny.txt').reason).toMatch(/name the encoding in its sidecar \(encoding: gb18030 or encoding: big5\)/);
	});

	test.each([
		['gb18030', Buffer.from([0xb0, 0xa1, 0xb0, 0xa2, 0x0a]), '啊阿\n'],
		['big5', Buffer.from([0xb0, 0xa1, 0xb0, 0xa2, 0x0a]), iconv.decode(Buffer.from([0xb0, 0xa1, 0xb0, 0xa2, 0x0a]), 'big5')],
		['utf-8', Buffer.from('劳动\n'), '劳动\n'],
	] as const)('reads the bytes in the encoding a sidecar names: %s', (encoding, bytes, text) => {
		expect(decodeSource(bytes, 'named.txt', encoding)).toEqual({ text, encoding, bom: false });
	});

	test('refuses bytes that are not valid in the encoding a sidecar names', () => {
		expect(refusalOf(() => decodeSource(Buffer.from([0xff, 0xff, 0x0a]), 'named.txt', 'gb18030')).reason).toBe('the bytes are not valid gb18030, the encoding its sidecar names');
	});

	test('refuses a UTF-8 file cut off in the middle of a character without saying it is UTF-8', () => {
		// The paragraph ends in 。, three bytes in UTF-8: the cut leaves two of them.
		const whole = Buffer.from(simplifiedParagraph);
		const bytes = whole.subarray(0, whole.length - 1);
		const { reason } = refusal(bytes, 'cut.txt');
		expect(reason).toMatch(/not valid UTF-8/);
		expect(reason).not.toMatch(/detected: UTF-8/);
	});

	test.each([
		['zero-width spaces', '\u200b\u200b\u200b\n'],
		['a byte-order mark in the middle and joiners', '\ufeff\u200d\u200c\n\u2060'],
		['ideographic spaces', '\u3000\u3000\n'],
	])('refuses a file of nothing but %s', (_, text) => {
		expect(refusal(Buffer.from(text), 'invisible.txt').reason).toMatch(/no visible character|white space only/);
	});

	test('refuses UTF-16 with a lone surrogate, saying where', () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('劳动', 'utf-16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00])]);
		expect(refusal(bytes, 'surrogate.txt').reason).toBe('the text holds a lone surrogate (half of a UTF-16 pair) at character 3: the file is damaged');
	});

	test.each(['utf-16le', 'utf-16be'] as const)('reads %s without a BOM when it reads as text, and gives back the same bytes', (encoding) => {
		const bytes = iconv.encode(`${traditionalParagraph}\n${simplifiedParagraph}\n`, encoding);
		const decoded = decodeSource(bytes, 'utf16-nobom.txt');
		expect(decoded).toEqual({ text: `${traditionalParagraph}\n${simplifiedParagraph}\n`, encoding, bom: false });
		expect(Buffer.from(encodeSource(decoded)).equals(bytes)).toBe(true);
	});

	test('still refuses as binary a file with zero bytes that does not read as UTF-16 text', () => {
		const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
		expect(refusal(bytes, 'noise.bin.txt').reason).toMatch(/binary/);
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

	test.each(['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const)('reads a replacement character (U+FFFD) the %s file really holds as text, for the editor to see', (encoding) => {
		const text = '劳动\uFFFD光荣\n';
		const bytes = iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
		expect(decodeSource(bytes, 'damaged.txt', encoding === 'gb18030' ? 'gb18030' : undefined)).toMatchObject({ text, encoding });
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
