import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../src/lib/lines/classifyLines.ts';
import { noteId } from '../../../src/lib/ids/ids.ts';
import { segmentPassage, textSegment } from '../../../src/lib/passages/segmentPassage.ts';
import { seedFiles, seedLines, seedNumber } from '../support/corpus.ts';
import { pid } from '../support/ids.ts';
import cases from './cases/segmentPassage.json' with { type: 'json' };

const p1 = pid('p1');
const sources = (segments: { source: string }[]) => segments.map((s) => s.source).join('');

/**
 * The table names each repair and placeholder by which occurrence of its source words it is in
 * the line; its id is the note id of that identity (`noteId`, tested on its own).
 */
function withIds(items: { source: string; kind?: string; occurrence?: number }[], method?: (source: string) => string | undefined) {
	return items.map(({ occurrence, ...item }) => {
		if (occurrence === undefined) return item;
		const kind = item.kind === 'redaction' ? 'redaction' : 'emendation';
		return { ...item, id: noteId({ kind, passage: p1, words: item.source, occurrence, variant: method?.(item.source) }) };
	});
}

/** Every passage line of every seed, with its indent kept: the pipeline's real inputs and more. */
const seedPassageLines = seedFiles.flatMap((file) => {
	const lines = seedLines(file);
	const classes = classifyLines(lines);
	return lines.flatMap((line, i) => (classes[i].kind === 'passage' ? [{ id: `seed-${seedNumber(file)}-line-${i + 1}`, line }] : []));
});

describe('segmentPassage', () => {
	test.each(cases)('cuts $id into the expected segments', ({ input, segments, emendations }) => {
		const result = segmentPassage(input, p1);
		const method = (source: string) => emendations?.find((e) => e.source === source)?.method;
		expect(result.segments).toEqual(withIds(segments, method));
		if (emendations) expect(result.emendations).toMatchObject(withIds(emendations.map((e) => ({ ...e, kind: 'emendation' })), method).map(({ kind, ...e }) => ({ ...e, passage: 'p1', absorbedBy: null })));
		else expect(result.emendations).toEqual([]);
	});

	test.each(cases)('gives back the input of $id exactly from the segment sources', ({ input }) => {
		expect(sources(segmentPassage(input, p1).segments)).toBe(input);
	});

	test.each(seedPassageLines)('gives back $id exactly from the segment sources', ({ line }) => {
		expect(sources(segmentPassage(line, p1).segments)).toBe(line);
	});

	test('detects the lacuna before each of the three realignment repairs of seed 000', () => {
		const lines = seedLines(seedFiles[0]);
		for (const [line, reading] of [[10, '“圍繞'], [12, '“愛崗敬業'], [16, '“雷厲風']] as const) {
			const { segments } = segmentPassage(lines[line - 1], pid(`p${line}`));
			const repair = segments.findIndex((s) => s.kind === 'emendation');
			expect(segments[repair]).toMatchObject({ kind: 'emendation', text: reading });
			expect(segments[repair - 1]).toEqual({ kind: 'damage', source: '', damage: 'lacuna' });
			expect(segments.filter((s) => s.kind === 'emendation')).toHaveLength(1);
		}
	});

	test('finds the four question-mark spans of seed 003 and nothing else as damage', () => {
		const lines = seedLines(seedFiles[3]);
		const damage = [9, 11, 13].flatMap((line) =>
			segmentPassage(lines[line - 1], pid(`p${line}`)).segments.flatMap((s) => (s.kind === 'damage' ? [[line, s.damage, s.source]] : [])),
		);
		expect(damage).toEqual([
			[9, 'question-mark', '?zhèn)?'],
			[11, 'question-mark', '?qū)嵳嫘慕徽?'],
			[13, 'question-mark', '?shù)'],
			[13, 'question-mark', '?fù)?dān)'],
		]);
	});

	// segmentPassage skips its scans for a line with none of the marks its patterns need; each
	// mark alone must still be found.
	test.each([
		['ASCII asterisks', '在**市工作', 'redaction'],
		['full-width asterisks', '在＊＊市工作', 'redaction'],
		['a gloss in ASCII brackets', '發(fā)展', 'gloss'],
		['a gloss in full-width brackets', '發（fā）展', 'gloss'],
		['a broken entity', '他说?ldquo;好', 'emendation'],
		['a replacement character', '幸\uFFFD福', 'damage'],
		['a private-use character', '幸\uE000福', 'damage'],
		['a plane-15 private-use character', '幸\u{F0001}福', 'damage'],
	])('finds %s when it is the only mark in the line', (_, line, kind) => {
		expect(segmentPassage(line, p1).segments.map((s) => s.kind)).toContain(kind);
	});

	test('keeps a line with no mark as one text segment, folded and normalised', () => {
		expect(segmentPassage('劳动\u3000\u3000光荣', p1)).toEqual({ segments: [{ kind: 'text', source: '劳动\u3000\u3000光荣', text: '劳动 光荣' }], emendations: [] });
	});

	test('names each repair and placeholder by its words and which occurrence of them it is', () => {
		const { segments, emendations } = segmentPassage('甲**乙?ldquo;丙**', pid('p7'));
		const id = (kind: 'emendation' | 'redaction', words: string, occurrence: number, variant?: string) => noteId({ kind, passage: pid('p7'), words, occurrence, variant });
		expect(segments.filter((s) => s.kind !== 'text')).toEqual([
			{ kind: 'redaction', source: '**', id: id('redaction', '**', 1) },
			{ kind: 'emendation', source: '?ldquo;', text: '“', id: id('emendation', '?ldquo;', 1, 'html-entity') },
			{ kind: 'redaction', source: '**', id: id('redaction', '**', 2) },
		]);
		expect(emendations).toMatchObject([{ id: id('emendation', '?ldquo;', 1, 'html-entity'), passage: 'p7' }]);
	});

	test('gives a placeholder the same id whatever is added before it, unless it is the same placeholder again', () => {
		const [later] = segmentPassage('甲乙丙**', pid('p7')).segments.filter((s) => s.kind === 'redaction');
		const withRepairBefore = segmentPassage('?ldquo;甲乙丙**', pid('p7')).segments.filter((s) => s.kind === 'redaction');
		expect(withRepairBefore).toEqual([later]);
		const withPlaceholderBefore = segmentPassage('**甲乙丙**', pid('p7')).segments.filter((s) => s.kind === 'redaction');
		expect(withPlaceholderBefore[1]).not.toEqual(later);
	});
});

describe('textSegment', () => {
	test('keeps the source and folds white space runs in the text', () => {
		expect(textSegment('甲\u3000\u3000乙  丙')).toEqual({ kind: 'text', source: '甲\u3000\u3000乙  丙', text: '甲 乙 丙' });
	});
});
