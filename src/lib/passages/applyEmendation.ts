import type { NoteId } from '../ids/ids.ts';
import type { EditorialEmendation } from './editorialEmendationSchema.ts';
import type { Emendation } from './emendationSchema.ts';
import { segmentReading } from './readingText.ts';
import type { Segment } from './segmentSchema.ts';
import { textSegment } from './segmentPassage.ts';
import { bothFromSimplified } from '../script/convertScript.ts';

/**
 * Applies one editorial emendation to a passage's segments. The quoted words may span several
 * segments; text segments at either edge are split, but a gloss, repair or redaction must be
 * covered whole; earlier emendations it covers (automatic repairs, or another editor's entry) are
 * absorbed into it and named in its note. Returns the new segments, the emendation record and the
 * ids it absorbed, or an error message.
 */
export function applyEmendation(
	segments: Segment[],
	entry: EditorialEmendation,
	id: NoteId,
	earlier: Emendation[],
): { segments: Segment[]; emendation: Emendation; absorbed: NoteId[] } | { error: string } {
	const readings = segments.map(segmentReading);
	const whole = readings.join('');
	const start = whole.indexOf(entry.source);
	if (start < 0) return { error: `the words “${entry.source}” are not in passage ${entry.passage}` };
	if (whole.indexOf(entry.source, start + 1) >= 0) return { error: `the words “${entry.source}” occur more than once in passage ${entry.passage}; quote more of them` };
	const end = start + entry.source.length;

	const before: Segment[] = [];
	const after: Segment[] = [];
	const absorbed: Emendation[] = [];
	let source = '';
	let at = 0;
	for (const [i, segment] of segments.entries()) {
		const from = at;
		const to = (at += readings[i].length);
		// A lacuna (zero-width damage) belongs to the emendation when it sits inside or at the edge of
		// the words; a detached gloss, also zero-width, stays with the character it follows.
		const lacuna = segment.kind === 'damage' && to === from;
		const inside = lacuna ? from >= start && from <= end : to > start && from < end;
		if (!inside) {
			(to <= start ? before : after).push(segment);
			continue;
		}
		const cutStart = Math.max(start - from, 0);
		const cutEnd = Math.min(end - from, to - from);
		if (segment.kind === 'text') {
			// Text segments fold white space, so cut the source where the reading is cut when they agree.
			if (segment.source !== segment.text && (cutStart > 0 || cutEnd < segment.text.length)) {
				return { error: `the words “${entry.source}” start or end inside folded white space in passage ${entry.passage}` };
			}
			const whole = cutStart === 0 && cutEnd === segment.text.length;
			if (cutStart > 0) before.push(textSegment(segment.source.slice(0, cutStart)));
			source += whole ? segment.source : segment.source.slice(cutStart, cutEnd);
			if (cutEnd < segment.text.length) after.push(textSegment(segment.source.slice(cutEnd)));
		} else if (cutStart > 0 || cutEnd < to - from) {
			return { error: `the words “${entry.source}” cut through the ${segment.kind} “${readings[i]}” in passage ${entry.passage}; quote all of it` };
		} else {
			source += segment.source;
			if (segment.kind === 'emendation') absorbed.push(...earlier.filter((e) => e.id === segment.id));
		}
	}
	if (entry.gloss && !source.includes(entry.gloss)) return { error: `the gloss “${entry.gloss}” is not in the source words “${source}” in passage ${entry.passage}` };
	// An emendation made over others says so, in each language it is written in.
	const takenIn = (english: boolean) =>
		absorbed.map((e) => {
			const earlierEditor = e.method === 'editorial';
			if (english) return `${earlierEditor ? 'an earlier editorial correction of' : 'the automatic repair of'} “${e.source}” to “${e.reading}”`;
			return `${earlierEditor ? '编者先前' : '程序自动'}将“{{${e.source}}}”${earlierEditor ? '校订' : '修复'}为“{{${e.reading}}}”的结果`;
		});
	const note = absorbed.length ? `${entry.note} (This correction takes in ${takenIn(true).join('; ')}.)` : entry.note;
	const noteZh = entry.zh && (absorbed.length ? `${entry.zh.note}（本条校订包含了${takenIn(false).join('；')}。）` : entry.zh.note);
	const emendation: Emendation = {
		id,
		passage: entry.passage,
		source,
		before: entry.source,
		reading: entry.reading,
		method: 'editorial',
		confidence: entry.confidence,
		reason: entry.reason,
		note,
		zh: entry.zh ? { reason: bothFromSimplified(entry.zh.reason), note: bothFromSimplified(noteZh!) } : null,
		absorbedBy: null,
	};
	return { segments: [...before, { kind: 'emendation', source, text: entry.reading, id, ...(entry.gloss && { gloss: entry.gloss }) }, ...after], emendation, absorbed: absorbed.map((e) => e.id) };
}
