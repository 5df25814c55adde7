import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Encoding } from './encodingSchema.ts';
import { decodeStrictly, readLegacyEncoding } from './legacyEncoding.ts';
import { SourceError } from './sourceError.ts';
import { readUtf16WithoutBom } from './utf16WithoutBom.ts';

/** A source file turned into text, with what is needed to turn it back into the same bytes. */
export interface DecodedSource {
	/** The text, without byte-order mark. */
	text: string;
	/** Encoding the bytes were decoded from. */
	encoding: Encoding;
	/** Whether the bytes started with a byte-order mark. */
	bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A character a reader can see: anything but white space, controls and invisible format characters (zero-width spaces, joiners, marks of direction). */
const visible = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Decodes a source file's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they
 * are, UTF-16 without BOM when it reads as text; anything else must read as GB18030/GBK or Big5
 * (see `readLegacyEncoding`), or as the encoding its sidecar names. Every accepted file re-encodes
 * to exactly its original bytes, so nothing is lost in decoding; a file with no visible character
 * or with a lone surrogate is refused.
 */
export function decodeSource(bytes: Uint8Array, file: string, declared?: Encoding): DecodedSource {
	if (bytes.length === 0) throw new SourceError(file, 'the file is empty (0 bytes)');
	const decoded = declared ? decodeAs(bytes, file, declared) : decodeBytes(bytes, file);
	if (!decoded.text.isWellFormed()) {
		const at = [...decoded.text].findIndex((c) => /\p{Cs}/u.test(c));
		throw new SourceError(file, `the text holds a lone surrogate (half of a UTF-16 pair) at character ${at + 1}: the file is damaged`);
	}
	if (decoded.text.trim() === '') throw new SourceError(file, 'the file is empty (white space only)');
	if (!visible.test(decoded.text)) throw new SourceError(file, 'the file has no visible character (only white space or invisible characters such as zero-width spaces)');
	// Strict UTF-8 decoding is one-to-one, so only the other encodings need the round trip proved.
	if (decoded.encoding !== 'utf-8' && !Buffer.from(encodeSource(decoded)).equals(Buffer.from(bytes))) {
		throw new SourceError(file, `the bytes do not survive a round trip through ${decoded.encoding}`);
	}
	return decoded;
}

/** Turns decoded text back into the bytes it came from. */
export function encodeSource({ text, encoding, bom }: DecodedSource): Uint8Array {
	return iconv.encode(text, encoding, { addBOM: bom });
}

/** The byte-order mark of each encoding that has one. */
const byteOrderMarks: Record<Encoding, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], gb18030: [], big5: [] };

/** Decodes in the encoding a sidecar names, refusing bytes that are not valid in it. */
function decodeAs(bytes: Uint8Array, file: string, encoding: Encoding): DecodedSource {
	const mark = byteOrderMarks[encoding];
	const bom = mark.length > 0 && startsWith(bytes, mark);
	const text = decodeStrictly(bytes.subarray(bom ? mark.length : 0), encoding);
	if (text === undefined) throw new SourceError(file, `the bytes are not valid ${encoding}, the encoding its sidecar names`);
	return { text, encoding, bom };
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedSource {
	if (startsWith(bytes, byteOrderMarks['utf-8'])) return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8', bom: true };
	// UTF-16 decodes any pair of bytes: decodeSource's round trip refuses what is not valid in it.
	for (const encoding of ['utf-16le', 'utf-16be'] as const) {
		if (startsWith(bytes, byteOrderMarks[encoding])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding, bom: true };
	}
	let text: string | undefined;
	try {
		text = utf8.decode(bytes);
	} catch {
		// Not UTF-8: fall through to UTF-16 without BOM, then the legacy Chinese encodings.
	}
	if (text !== undefined) {
		// Control bytes are the same characters in UTF-8, which the string is much faster to search for.
		if (looksBinaryText(text, bytes.length)) throw binaryError(file);
		return { text, encoding: 'utf-8', bom: false };
	}
	if (looksBinary(bytes)) {
		// UTF-16 holds a zero byte in every ASCII character: text in it looks binary until read so.
		const utf16 = readUtf16WithoutBom(bytes);
		if (utf16) return { ...utf16, bom: false };
		throw binaryError(file);
	}
	const legacy = readLegacyEncoding(bytes);
	if (legacy === 'ambiguous') {
		throw new SourceError(file, 'the bytes read as Chinese both in GBK and in Big5 and the file is too short to tell which; name the encoding in its sidecar (encoding: gb18030 or encoding: big5), or convert it to UTF-8');
	}
	if (legacy) return { ...legacy, bom: false };
	throw new SourceError(file, unknownEncoding(bytes));
}

/** Why bytes in no accepted encoding are refused, in words that agree with what the detector guesses. */
function unknownEncoding(bytes: Uint8Array): string {
	const guess = chardet.detect(bytes);
	if (guess === 'UTF-8' || guess === null) {
		return 'the file is not valid UTF-8 (a byte sequence breaks off or is malformed, as when a file is cut short or damaged), nor GB18030/GBK or Big5; repair it, or convert it to UTF-8';
	}
	return `the encoding is not UTF-8, GB18030/GBK or Big5 (detected: ${guess}); convert it to UTF-8`;
}

function binaryError(file: string): SourceError {
	return new SourceError(file, 'the file is binary (it contains NUL or control bytes), not text');
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		throw new SourceError(file, 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8');
	}
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
