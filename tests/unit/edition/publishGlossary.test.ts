import { describe, expect, test } from 'vitest';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { GlossaryEntry } from '../../../src/lib/annotations/glossarySchema.ts';
import type { TermNote } from '../../../src/lib/annotations/annotationNoteSchema.ts';
import { nid, pid } from '../support/ids.ts';

const entry = (id: string, zh: string): GlossaryEntry => ({ id, hans: id, hant: id, pinyin: id, zh, en: 'e' });
const use = (term: string, passage: string, label: string): TermNote => ({ kind: 'term', id: nid(label), passage: pid(passage), quote: term, term });

describe('publishGlossary', () => {
	test('gives each entry its gloss in both scripts and its uses, newest text first, in reading order within a text', () => {
		const terms = publishGlossary(
			[entry('laomo', '劳动模范'), entry('unused', '没有用到')],
			[
				{ summary: { slug: 'old', date: '2015-04-29' }, terms: [use('laomo', 'p8', 'a')] },
				{ summary: { slug: 'new', date: '2020-11-26' }, terms: [use('laomo', 'p3', 'b'), use('laomo', 'p9', 'c')] },
			],
		);
		expect(terms.map((t) => t.id)).toEqual(['laomo', 'unused']);
		expect(terms[0].zh).toEqual({ hans: '劳动模范', hant: '勞動模範' });
		expect(terms[0].uses).toEqual([
			{ text: 'new', passage: 'p3', note: nid('b') },
			{ text: 'new', passage: 'p9', note: nid('c') },
			{ text: 'old', passage: 'p8', note: nid('a') },
		]);
		expect(terms[1].uses).toEqual([]);
	});
});
