import { decodeHTMLStrict } from 'entities';
import { isPinyinSyllable, pinyinSyllable } from './pinyin.ts';
import { findRealignments } from './realignGb18030.ts';
import { noteId, occurrenceAt, type PassageId } from '../ids/ids.ts';
import type { Emendation } from './emendationSchema.ts';
import { bothFromSimplified } from '../script/convertScript.ts';
import type { Segment } from './segmentSchema.ts';

/** A passage's segments and the automatic emendations made in it. */
export interface SegmentedPassage {
	segments: Segment[];
	emendations: Emendation[];
}

/** A claimed stretch of the line and the segments it becomes (several for a repair with a lacuna). */
interface Claim {
	start: number;
	end: number;
	make: () => Segment[];
	/** A repair or damage: a gloss right after it may belong to its last character. */
	mended?: boolean;
}

const glossPattern = new RegExp(`(\\p{Script=Han})[(（](${pinyinSyllable})[)）]`, 'gu');
const detachedGlossPattern = new RegExp(`^[(（](${pinyinSyllable})[)）]`, 'u');
/** An HTML entity whose `&` became `?`, as in `?ldquo;`. */
const brokenEntityPattern = /\?([a-zA-Z]{2,8});/g;
/**
 * `?`-damage: a pinyin gloss whose character and `(` were replaced by `?` (`?zhèn)`), possibly
 * several in a row, possibly followed by a few mis-decoded characters up to the next `?`.
 */
const questionMarkDamagePattern = new RegExp(
	`(?:\\?${pinyinSyllable}\\))+(?:[^?\\s,，。、；;:：!！“”()（）]{0,8}\\?(?![a-zA-Z]+;))?`,
	'gu',
);
/** Private-use characters, in the BMP and in planes 15 and 16 (a character class's ranges). */
const privateUse = '\\uE000-\\uF8FF\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const privateUsePattern = new RegExp(`[${privateUse}]+`, 'gu');
const replacementPattern = /\uFFFD+/g;
const redactionPattern = /\*{2,}|＊+/g;
const foldableSpace = /[ \t\u00a0\u3000]+/g;
/**
 * A character every pattern above needs to match (with `!` for `findRealignments`): a line with
 * none of them is plain text, and most lines are.
 */
const anyClaim = new RegExp(`[!?(（*＊\\uFFFD${privateUse}]`, 'u');

/**
 * Cuts the content of one passage line into segments: pinyin glosses, automatic repairs of
 * byte-level damage, detected damage that needs an editor, redaction placeholders, and plain text.
 * The segments' `source` fields concatenate back to `content` exactly.
 */
export function segmentPassage(content: string, passage: PassageId): SegmentedPassage {
	if (!anyClaim.test(content)) return { segments: content ? [textSegment(content)] : [], emendations: [] };
	const emendations: Emendation[] = [];
	const claims: Claim[] = [];
	const claim = (start: number, end: number, make: () => Segment[], mended = false) => {
		if (claims.some((c) => start < c.end && c.start < end)) return false;
		claims.push({ start, end, make, mended });
		return true;
	};
	// A note's id: its words in the line and which occurrence of them it is, so other notes do not renumber it
	// (only the same words again, earlier in the same line, make it a later occurrence).
	const idAt = (kind: 'emendation' | 'redaction', start: number, words: string, variant?: string) => noteId({ kind, passage, words, occurrence: occurrenceAt(content, words, start), variant });
	const repair = (start: number, end: number, reading: string, detail: Pick<Emendation, 'method' | 'confidence' | 'reason' | 'note' | 'zh'>, lacuna = false) =>
		claim(start, end, () => {
			const source = content.slice(start, end);
			const id = idAt('emendation', start, source, detail.method);
			emendations.push({ id, passage, source, before: source, reading, ...detail, absorbedBy: null });
			const repaired: Segment = { kind: 'emendation', source, text: reading, id };
			return lacuna ? [{ kind: 'damage', source: '', damage: 'lacuna' }, repaired] : [repaired];
		}, true);

	// 1. Byte-level repairs first: their spans contain characters other steps would misread.
	for (const r of findRealignments(content)) {
		repair(r.start, r.end, r.reading, {
			method: 'gb18030-realignment',
			confidence: 'high',
			reason: 'GBK bytes decoded one byte out of step: the “!” is the full-width ！ (A3 A1), the trail byte A3 of the character before paired with the lead byte A1 of a punctuation mark; paired again from that A1, the bytes read as given. The lead byte of the character before was lost.',
			note: `Re-paired bytes ${r.bytes}. Characters before the span may have been lost with the shift.`,
			zh: {
				reason: bothFromSimplified('来源的 GBK 字节错开了一个字节：“!”其实是全角的“！”（A3 A1），由前一个字的后一字节 A3 和一个标点的前一字节 A1 拼成；从这个 A1 起重新配对，字节便读出原文。前一个字的前一字节已经丢失。'),
				note: bothFromSimplified(`重新配对的字节：${r.bytes}。这一段之前的字可能也随字节错位而丢失。`),
			},
		}, true);
	}
	for (const m of content.matchAll(brokenEntityPattern)) {
		const decoded = decodeHTMLStrict(`&${m[1]};`);
		if (decoded === `&${m[1]};`) continue;
		repair(m.index, m.index + m[0].length, decoded, {
			method: 'html-entity',
			confidence: 'high',
			reason: `HTML entity &${m[1]}; whose “&” was replaced by “?”.`,
			note: '',
			zh: { reason: bothFromSimplified(`HTML 字符实体 &${m[1]}; 的“&”被换成了“?”。`), note: { hans: '', hant: '' } },
		});
	}
	// 2. Damage that only an editor can mend.
	for (const [pattern, damage] of [
		[questionMarkDamagePattern, 'question-mark'],
		[privateUsePattern, 'private-use'],
		[replacementPattern, 'replacement-character'],
	] as const) {
		for (const m of content.matchAll(pattern)) {
			claim(m.index, m.index + m[0].length, () => [{ kind: 'damage', source: m[0], damage }], true);
		}
	}
	// 3. Glosses: on a Han character, or detached right after a repair (or damage an editor will
	//    mend) whose last character they gloss. A reading in brackets after a gloss is text: no
	//    character of the text carries it.
	for (const m of content.matchAll(glossPattern)) {
		if (!isPinyinSyllable(m[2])) continue;
		claim(m.index, m.index + m[0].length, () => [{ kind: 'gloss', source: m[0], base: m[1], reading: m[2] }]);
	}
	for (const repaired of claims.filter((c) => c.mended)) {
		const m = detachedGlossPattern.exec(content.slice(repaired.end));
		if (!m || !isPinyinSyllable(m[1])) continue;
		claim(repaired.end, repaired.end + m[0].length, () => [{ kind: 'gloss', source: m[0], base: '', reading: m[1] }]);
	}
	// 4. Redaction placeholders.
	for (const m of content.matchAll(redactionPattern)) {
		claim(m.index, m.index + m[0].length, () => [{ kind: 'redaction', source: m[0], id: idAt('redaction', m.index, m[0]) }]);
	}
	// 5. Everything between claims is plain text.
	const segments: Segment[] = [];
	let at = 0;
	for (const c of claims.sort((a, b) => a.start - b.start)) {
		if (c.start > at) segments.push(textSegment(content.slice(at, c.start)));
		segments.push(...c.make());
		at = c.end;
	}
	if (at < content.length) segments.push(textSegment(content.slice(at)));
	return { segments, emendations };
}

/** A plain-text segment: NFC-normalised, with runs of spaces (ASCII, U+00A0, U+3000) folded to one. */
export function textSegment(source: string): Segment {
	return { kind: 'text', source, text: source.normalize('NFC').replace(foldableSpace, ' ') };
}
