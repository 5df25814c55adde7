import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema } from '../../../src/lib/annotations/glossarySchema.ts';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { TextTermUse } from '../../../src/lib/edition/termUses.ts';
import { nid, pid } from '../support/ids.ts';

const entry = (id: string, zh: string) => glossaryEntrySchema.parse({ id, hans: id, hant: id, pinyin: id, zh, en: 'e' });
const line = { before: '弘扬', words: '劳模', after: '精神' };
const use = (term: string, text: string, passage: string, label: string): TextTermUse => ({ term, text, passage: pid(passage), note: nid(label), line: { hans: line, hant: line } });

describe('publishGlossary', () => {
	test('gives each entry its gloss in both scripts and its uses, newest text first, in reading order within a text', () => {
		const terms = publishGlossary(
			[entry('laomo', '劳动模范'), entry('unused', '没有用到')],
			[
				{ summary: { slug: 'old', date: '2015-04-29' }, uses: [use('laomo', 'old', 'p8', 'a')] },
				{ summary: { slug: 'new', date: '2020-11-26' }, uses: [use('laomo', 'new', 'p3', 'b'), use('laomo', 'new', 'p9', 'c')] },
			],
		);
		expect(terms.map((t) => t.id)).toEqual(['laomo', 'unused']);
		expect(terms[0].zh).toEqual({ hans: '劳动模范', hant: '勞動模範' });
		expect(terms[0].uses).toEqual([
			{ text: 'new', passage: 'p3', note: nid('b'), line: { hans: line, hant: line } },
			{ text: 'new', passage: 'p9', note: nid('c'), line: { hans: line, hant: line } },
			{ text: 'old', passage: 'p8', note: nid('a'), line: { hans: line, hant: line } },
		]);
		expect(terms[1].uses).toEqual([]);
	});
});
