import iconv from 'iconv-lite';

/** A span decoded one byte out of step, and what its bytes say when paired correctly. */
export interface Realignment {
	/** Offset of the `!` that starts the span. */
	start: number;
	/** Offset just past the span. */
	end: number;
	/** The correctly decoded text. */
	reading: string;
	/** The bytes that were re-paired, hex, for the record. */
	bytes: string;
}

/** `!`, then double-byte characters, then one ASCII byte that can only be a GBK trail byte. */
const candidate = /!([^\x00-\x7f]{1,16})([\x40-\x7e])/g;
/** What the correctly paired bytes must decode to: Han characters and CJK or general punctuation. */
const plausible = /^[\p{Script=Han}\u2010-\u206f\u3000-\u303f\uff00-\uffef]+$/u;

/**
 * Finds GBK text that was decoded one byte out of step, as in `勞!皣@中心` for `勞模“圍繞中心`.
 * A character's lead byte was lost (模, C4 A3, lost its C4); its trail byte A3 was paired with the
 * lead byte A1 of the full-width punctuation mark after it, making ！ (A3 A1), which the page shows
 * as `!`; every following byte was then paired with the wrong neighbour. Re-encoding the span as
 * GB18030, restoring the A1 and decoding again recovers the text from the punctuation mark on, when
 * the result is plausible Chinese that starts with a punctuation mark and ends exactly on the stray
 * ASCII byte. The character whose lead byte was lost is not recovered: an editor restores it.
 */
export function findRealignments(line: string): Realignment[] {
	const found: Realignment[] = [];
	for (const match of line.matchAll(candidate)) {
		const [whole, doubleBytes, trail] = match;
		const body = iconv.encode(doubleBytes, 'gb18030');
		if (body.length !== doubleBytes.length * 2) continue;
		const bytes = Buffer.concat([Buffer.from([0xa1]), body, Buffer.from(trail, 'latin1')]);
		const reading = iconv.decode(bytes, 'gb18030');
		if (!plausible.test(reading) || !/^[\u2010-\u206f\u3000-\u303f\uff00-\uffef]/u.test(reading)) continue;
		found.push({ start: match.index, end: match.index + whole.length, reading, bytes: bytes.toString('hex') });
	}
	return found;
}
