import { decodeStrictly } from './legacyEncoding.ts';

/** Characters a text is made of: letters, marks, digits, punctuation, symbols and white space (no controls but tab and line ends, no private use, no unassigned code points). */
const textual = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/gu;

/** Share of a reading's characters that must be textual for it to be taken. */
const minTextualShare = 0.98;

/**
 * Reads bytes as UTF-16 without a byte-order mark, when one byte order gives well-formed text made
 * of letters, punctuation and white space: UTF-16 holds a zero byte in every ASCII character, so
 * such a file would otherwise look binary. The byte order whose reading is more textual is taken;
 * undefined when neither is text.
 */
export function readUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
	if (bytes.length % 2 !== 0) return undefined;
	const readings = (['utf-16le', 'utf-16be'] as const).flatMap((encoding) => {
		const text = decodeStrictly(bytes, encoding);
		if (text === undefined || !text.isWellFormed() || text.length === 0) return [];
		return [{ text, encoding, share: (text.match(textual)?.length ?? 0) / text.length }];
	});
	const best = readings.sort((a, b) => b.share - a.share)[0];
	return best && best.share >= minTextualShare ? { text: best.text, encoding: best.encoding } : undefined;
}
