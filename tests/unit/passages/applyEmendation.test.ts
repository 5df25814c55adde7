import { describe, expect, test } from 'vitest';
import { applyEmendation } from '../../../src/lib/passages/applyEmendation.ts';
import { editorialEmendationSchema, type EditorialEmendation } from '../../../src/lib/passages/editorialEmendationSchema.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import { segmentPassage } from '../../../src/lib/passages/segmentPassage.ts';
import { seedFile, seedLines } from '../support/corpus.ts';
import { nid, pid } from '../support/ids.ts';

/** Segments a passage the way buildText does, with its automatic repairs. */
function segment(content: string, passage = 'p1') {
	return segmentPassage(content, pid(passage));
}

function entry(source: string, reading: string, passage = 'p1'): EditorialEmendation {
	return { text: 'test', passage: pid(passage), source, reading, reason: 'A test.', note: 'Test note.', confidence: 'medium' };
}

const sources = (segments: { source: string }[]) => segments.map((s) => s.source).join('');

describe('applyEmendation', () => {
	test('replaces words across a text segment, a lacuna and an automatic repair, and absorbs the repair', () => {
		const content = seedLines(seedFile('000'))[11].trim();
		const { segments, emendations } = segment(content, 'p12');
		const result = applyEmendation(segments, entry('勞“愛崗敬業', '勞模“愛崗敬業', 'p12'), nid('e4'), emendations);
		if ('error' in result) throw new Error(result.error);
		expect(result.absorbed).toEqual([emendations[0].id]);
		expect(result.emendation).toMatchObject({
			id: nid('e4'),
			passage: 'p12',
			source: '勞!皭蹗従礃I',
			before: '勞“愛崗敬業',
			reading: '勞模“愛崗敬業',
			method: 'editorial',
			confidence: 'medium',
		});
		expect(result.emendation.note).toBe('Test note. (This correction takes in the automatic repair of “!皭蹗従礃I” to ““愛崗敬業”.)');
		// The lacuna is covered; the gloss (yè) that followed the repair stays right after the new reading.
		expect(result.segments.slice(0, 3)).toEqual([
			{ kind: 'text', source: '二要大力弘揚', text: '二要大力弘揚' },
			{ kind: 'emendation', source: '勞!皭蹗従礃I', text: '勞模“愛崗敬業', id: nid('e4') },
			{ kind: 'gloss', source: '(yè)', base: '', reading: 'yè' },
		]);
		expect(result.segments[3]).toMatchObject({ kind: 'text', source: expect.stringMatching(/^、踏實苦干”的精神/) });
		expect(result.segments.some((s) => s.kind === 'damage')).toBe(false);
		expect(sources(result.segments)).toBe(content);
		expect(readingText(result)).toMatch(/^二要大力弘揚勞模“愛崗敬業、踏實苦干”的精神/);
	});

	test('replaces words that cover glosses whole, keeping their source characters', () => {
		const content = '發(fā)揚(yáng)竹之“咬定青山不放松”的精神';
		const { segments, emendations } = segment(content);
		const result = applyEmendation(segments, entry('發揚竹', '发扬竹'), nid('e1'), emendations);
		if ('error' in result) throw new Error(result.error);
		expect(result.emendation.source).toBe('發(fā)揚(yáng)竹');
		expect(result.absorbed).toEqual([]);
		expect(result.emendation.note).toBe('Test note.');
		expect(result.segments[0]).toEqual({ kind: 'emendation', source: '發(fā)揚(yáng)竹', text: '发扬竹', id: nid('e1') });
		expect(sources(result.segments)).toBe(content);
	});

	test('replaces a damaged span quoted as its source characters', () => {
		const content = '挺身而出、勇挑重?fù)?dān),在深入';
		const { segments, emendations } = segment(content);
		const result = applyEmendation(segments, entry('?fù)?dān)', '擔'), nid('e1'), emendations);
		if ('error' in result) throw new Error(result.error);
		expect(result.segments).toEqual([
			{ kind: 'text', source: '挺身而出、勇挑重', text: '挺身而出、勇挑重' },
			{ kind: 'emendation', source: '?fù)?dān)', text: '擔', id: nid('e1') },
			{ kind: 'text', source: ',在深入', text: ',在深入' },
		]);
	});

	test('refuses words that are not in the passage', () => {
		const { segments, emendations } = segment('三要大力弘揚勞模“扎根基層、心系百姓”的精神');
		expect(applyEmendation(segments, entry('勞模“愛崗', '勞模“愛崗'), nid('e1'), emendations)).toEqual({
			error: 'the words “勞模“愛崗” are not in passage p1',
		});
	});

	test('refuses words quoted with their gloss, which the reading does not contain', () => {
		const { segments, emendations } = segment('凝聚發(fā)展合力');
		expect(applyEmendation(segments, entry('發(fā)展', '發展'), nid('e1'), emendations)).toHaveProperty('error', 'the words “發(fā)展” are not in passage p1');
	});

	test('refuses words that occur twice', () => {
		const { segments, emendations } = segment('大力弘揚勞模精神,大力弘揚勞模精神');
		const result = applyEmendation(segments, entry('勞模', '勞動模範'), nid('e1'), emendations);
		expect(result).toHaveProperty('error');
		expect('error' in result && result.error).toMatch(/“勞模” occur more than once in passage p1; quote more of them/);
	});

	test('refuses words that cut through a gloss', () => {
		// A gloss's base is one character; only one outside the BMP (two UTF-16 units) can be cut.
		const { segments, emendations } = segment('姓𠮷(jí)先生');
		expect(segments[1]).toEqual({ kind: 'gloss', source: '𠮷(jí)', base: '𠮷', reading: 'jí' });
		const result = applyEmendation(segments, entry('\udfb7先', '吉先'), nid('e1'), emendations);
		expect(result).toEqual({ error: 'the words “\udfb7先” cut through the gloss “𠮷” in passage p1; quote all of it' });
	});

	test('refuses words that cut through an automatic repair', () => {
		const { segments, emendations } = segment('一要大力弘揚勞!皣\ue30f@中心、服務大局”的精神');
		const result = applyEmendation(segments, entry('圍繞中心', '圍繞中心'), nid('e2'), emendations);
		expect('error' in result && result.error).toBe('the words “圍繞中心” cut through the emendation ““圍繞” in passage p1; quote all of it');
	});

	test('refuses words that cut through a redaction placeholder', () => {
		const { segments, emendations } = segment('书写***振兴发展');
		expect(applyEmendation(segments, entry('*振兴', '某地振兴'), nid('e1'), emendations)).toHaveProperty('error', 'the words “*振兴” cut through the redaction “***” in passage p1; quote all of it');
	});

	test('keeps every source character of a text segment with folded white space that the words cover whole', () => {
		const content = '这是  第一段，内容(fā)很长。';
		const { segments, emendations } = segment(content);
		const result = applyEmendation(segments, entry('这是 第一段，内容', '这是第一段，内容'), nid('e1'), emendations);
		if ('error' in result) throw new Error(result.error);
		// The words cover the text segment `这是  第一段，内` and the glossed 容(fā) whole.
		expect(result.emendation.source).toBe('这是  第一段，内容(fā)');
		expect(sources(result.segments)).toBe(content);
	});

	test('refuses words that start inside folded white space', () => {
		const { segments, emendations } = segment('中 工\u3000\u3000網 版');
		const result = applyEmendation(segments, entry(' 網', '網'), nid('e1'), emendations);
		expect(result).toHaveProperty('error', 'the words “ 網” start or end inside folded white space in passage p1');
	});
});

describe('editorialEmendationSchema', () => {
	test('defaults the confidence to medium', () => {
		const parsed = editorialEmendationSchema.parse({ text: 't', passage: 'p3', source: '甲', reading: '乙', reason: 'r', note: 'n' });
		expect(parsed.confidence).toBe('medium');
	});

	test.each([
		['an unknown field', { text: 't', passage: 'p3', source: '甲', reading: '乙', reason: 'r', note: 'n', extra: 1 }],
		['a passage id that is not p and a number', { text: 't', passage: '3', source: '甲', reading: '乙', reason: 'r', note: 'n' }],
		['empty words', { text: 't', passage: 'p3', source: '', reading: '乙', reason: 'r', note: 'n' }],
		['no note', { text: 't', passage: 'p3', source: '甲', reading: '乙', reason: 'r' }],
	])('refuses an entry with %s', (_, value) => {
		expect(editorialEmendationSchema.safeParse(value).success).toBe(false);
	});
	test('gives the reason and note in Chinese in both scripts where written, saying in Chinese too what it takes in', () => {
		const content = seedLines(seedFile('000'))[11].trim();
		const { segments, emendations } = segment(content, 'p12');
		const written = { ...entry('勞“愛崗敬業', '勞模“愛崗敬業', 'p12'), zh: { reason: '字节错位时丢了一个字。', note: '丢失的字是“模”。' } };
		const result = applyEmendation(segments, written, nid('e4'), emendations);
		if ('error' in result) throw new Error(result.error);
		expect(result.emendation.zh).toEqual({
			reason: { hans: '字节错位时丢了一个字。', hant: '字節錯位時丟了一個字。' },
			note: { hans: '丢失的字是“模”。（本条校订包含了程序自动将“!皭蹗従礃I”修复为““愛崗敬業”的结果。）', hant: '丟失的字是“模”。（本條校訂包含了程序自動將“!皭蹗従礃I”修復為““愛崗敬業”的結果。）' },
		});
		expect(applyEmendation(segment(content, 'p12').segments, entry('勞“愛崗敬業', '勞模“愛崗敬業', 'p12'), nid('e4'), emendations)).toMatchObject({ emendation: { zh: null } });
	});

	test('keeps a reading the source gives the corrected character as its ruby, and refuses one the source does not give', () => {
		const content = '挺身而出、勇挑重?fù)?dān)。';
		const { segments, emendations } = segment(content);
		const result = applyEmendation(segments, { ...entry('?fù)?dān)', '擔'), gloss: 'dān' }, nid('e1'), emendations);
		if ('error' in result) throw new Error(result.error);
		expect(result.segments.find((s) => s.kind === 'emendation')).toEqual({ kind: 'emendation', source: '?fù)?dān)', text: '擔', id: nid('e1'), gloss: 'dān' });
		expect(applyEmendation(segments, { ...entry('?fù)?dān)', '擔'), gloss: 'dàn' }, nid('e1'), emendations)).toEqual({ error: 'the gloss “dàn” is not in the source words “?fù)?dān)” in passage p1' });
	});
});
