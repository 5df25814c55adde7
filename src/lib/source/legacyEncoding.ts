import iconv from 'iconv-lite';

/** A legacy Chinese encoding a source may be in. GB18030 reads GBK and GB2312 too. */
export type LegacyEncoding = 'gb18030' | 'big5';

/**
 * Whether a two-byte character is a common one in each encoding: punctuation and full-width
 * forms, or a frequent Han character (GB2312's first level, B0A1–D7FE, about 3,750 characters in
 * pinyin order; Big5's frequent characters, A440–C67E, about 5,400). Running Chinese text is
 * nearly all of these in its own encoding, and much less so when its bytes are read in the other.
 */
const common: Record<LegacyEncoding, (lead: number, trail: number) => boolean> = {
	gb18030: (lead, trail) => trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7)),
	big5: (lead, trail) => (lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xa4 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e),
};

/** Share of common characters a text must have to be read in an encoding. */
const minCommonShare = 0.9;
/** How much more common one reading must be than the other to be taken without asking. */
const minLead = 0.1;
/** Share of Han characters followed by a space and another Han character above which a text is not Chinese: Korean and Cyrillic bytes read as Han characters come in words. */
const maxSpacedShare = 0.05;

/** How the bytes read in one encoding, and how plausible that reading is. */
interface Reading {
	encoding: LegacyEncoding;
	text: string;
	/** Share of its multi-byte characters that are common in the encoding. */
	commonShare: number;
}

/**
 * Reads bytes that are not UTF-8 as GB18030 or Big5. Each decoding that leaves no invalid
 * sequence and gives back the same bytes is a candidate; a candidate is plausible when nearly all
 * its characters are common ones in that encoding and its Han characters do not come in
 * space-separated words. One plausible reading, or one clearly more common than the other, is
 * taken. Two alike are `ambiguous` (a sidecar's `encoding:` must say); none is `undefined`.
 */
export function readLegacyEncoding(bytes: Uint8Array): { text: string; encoding: LegacyEncoding } | 'ambiguous' | undefined {
	const readings: Reading[] = [];
	for (const encoding of ['gb18030', 'big5'] as const) {
		const text = decodeStrictly(bytes, encoding);
		if (text !== undefined && spacedShare(text) <= maxSpacedShare) readings.push({ encoding, text, commonShare: commonShare(bytes, encoding) });
	}
	const plausible = readings.filter((r) => r.commonShare >= minCommonShare).sort((a, b) => b.commonShare - a.commonShare);
	if (plausible.length === 0) return undefined;
	const [best] = plausible;
	const rival = readings.find((r) => r !== best);
	if (rival && best.commonShare - rival.commonShare < minLead) return 'ambiguous';
	return { text: best.text, encoding: best.encoding };
}

/** The bytes decoded in an encoding, if every byte sequence is valid in it and encodes back to the same bytes. */
export function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
	const text = iconv.decode(Buffer.from(bytes), encoding);
	// Bytes not valid in the encoding decode to U+FFFD, which does not encode back to them.
	if (!Buffer.from(iconv.encode(text, encoding)).equals(Buffer.from(bytes))) return undefined;
	return text;
}

/** Share of the multi-byte characters in the bytes that are common in the encoding (1 when there are none). */
function commonShare(bytes: Uint8Array, encoding: LegacyEncoding): number {
	let characters = 0;
	let commonOnes = 0;
	for (let i = 0; i < bytes.length; i++) {
		const lead = bytes[i];
		if (lead < 0x80) continue;
		characters++;
		// GB18030's four-byte sequences (a digit second) stand for rare characters.
		const fourBytes = encoding === 'gb18030' && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39;
		if (!fourBytes && common[encoding](lead, bytes[i + 1])) commonOnes++;
		i += fourBytes ? 3 : 1;
	}
	return characters ? commonOnes / characters : 1;
}

/** Share of Han characters that are followed by a space and another Han character. */
function spacedShare(text: string): number {
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const spaced = text.match(/\p{Script=Han} (?=\p{Script=Han})/gu)?.length ?? 0;
	return han ? spaced / han : 0;
}
