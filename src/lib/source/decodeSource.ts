import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SourceError } from './sourceError.ts';

/** A source file turned into text, with what is needed to turn it back into the same bytes. */
export interface DecodedSource {
	/** The text, without byte-order mark. */
	text: string;
	/** Encoding the bytes were decoded from: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
	encoding: string;
	/** Whether the bytes started with a byte-order mark. */
	bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Legacy encodings we accept, mapped from chardet's names. GB18030 is a superset of GBK and GB2312. */
const legacyEncodings: Record<string, string> = {
	GB18030: 'gb18030',
	GBK: 'gb18030',
	GB2312: 'gb18030',
	Big5: 'big5',
};

/**
 * Decodes a source file's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they
 * are; anything else must be detected as GB18030/GBK or Big5 and decode with no invalid sequence.
 * Every accepted file re-encodes to exactly its original bytes, so nothing is lost in decoding.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
	if (bytes.length === 0) throw new SourceError(file, 'the file is empty (0 bytes)');
	const decoded = decodeBytes(bytes, file);
	if (decoded.text.trim() === '') throw new SourceError(file, 'the file is empty (white space only)');
	// Strict UTF-8 decoding is one-to-one, so only the legacy encodings need the round trip proved.
	if (decoded.encoding !== 'utf-8' && !Buffer.from(encodeSource(decoded)).equals(Buffer.from(bytes))) {
		throw new SourceError(file, `the bytes do not survive a round trip through ${decoded.encoding}`);
	}
	return decoded;
}

/** Turns decoded text back into the bytes it came from. */
export function encodeSource({ text, encoding, bom }: DecodedSource): Uint8Array {
	return iconv.encode(text, encoding, { addBOM: bom });
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedSource {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8', bom: true };
	if (startsWith(bytes, [0xff, 0xfe])) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le', true, file);
	if (startsWith(bytes, [0xfe, 0xff])) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be', true, file);
	let text: string | undefined;
	try {
		text = utf8.decode(bytes);
	} catch {
		// Not UTF-8: fall through to detection of a legacy Chinese encoding.
	}
	// Control bytes are the same characters in UTF-8, which the string is much faster to search for.
	if (text === undefined ? looksBinary(bytes) : looksBinaryText(text, bytes.length)) {
		throw new SourceError(file, 'the file is binary (it contains NUL or control bytes), not text');
	}
	if (text !== undefined) return { text, encoding: 'utf-8', bom: false };
	const legacy = decodeLegacy(bytes);
	if (!legacy) {
		const guess = chardet.detect(bytes) ?? 'unknown';
		throw new SourceError(file, `the encoding is not UTF-8, GB18030/GBK or Big5 (detected: ${guess}); convert it to UTF-8`);
	}
	return { ...legacy, bom: false };
}

/**
 * Decodes with the first legacy encoding chardet proposes (the most confident first) that leaves no
 * invalid sequence. A more confident guess of another encoding ends the search: Shift_JIS or EUC-KR
 * bytes nearly always decode as valid (but meaningless) GBK, and chardet lists GB18030 as a
 * low-confidence candidate for them.
 */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } | undefined {
	for (const { name } of chardet.analyse(bytes)) {
		const encoding = legacyEncodings[name];
		if (!encoding) return undefined;
		const text = iconv.decode(Buffer.from(bytes), encoding);
		if (!text.includes('\uFFFD')) return { text, encoding };
	}
	return undefined;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		throw new SourceError(file, 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8');
	}
}

function checked(text: string, encoding: string, bom: boolean, file: string): DecodedSource {
	if (text.includes('\uFFFD')) throw new SourceError(file, `the bytes are not valid ${encoding}`);
	return { text, encoding, bom };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, i) => bytes[i] === byte);
}

/** C0 controls other than NUL, tab, newline, carriage return and form feed. */
const controlCharacters = /[\x01-\x08\x0b\x0e-\x1f]/g;

/** `looksBinary` for bytes that decoded as UTF-8. */
function looksBinaryText(text: string, byteLength: number): boolean {
	if (text.includes('\0')) return true;
	const controls = text.match(controlCharacters)?.length ?? 0;
	return controls > byteLength / 100;
}

/** NUL anywhere, or more than 1% C0 control bytes other than tab, newline, carriage return and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
	let controls = 0;
	// An indexed loop: three times faster than for…of here, and every source passes through it.
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte >= 0x20) continue;
		if (byte === 0) return true;
		if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
	}
	return controls > bytes.length / 100;
}
