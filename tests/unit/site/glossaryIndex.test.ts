import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryKind, type GlossaryTerm } from '../../../src/lib/annotations/glossarySchema.ts';
import { glossaryIndex } from '../../../src/lib/site/glossaryIndex.ts';
import { nid, pid } from '../support/ids.ts';

const line = { before: '', words: 'x', after: '' };
const term = (id: string, pinyin: string, kind: GlossaryKind = 'term', texts: string[] = []): GlossaryTerm => ({
	...glossaryEntrySchema.parse({ id, kind, hans: id, hant: id, pinyin, zh: 'z', en: 'e' }),
	zh: { hans: 'z', hant: 'z' },
	uses: texts.map((text, i) => ({ text, passage: pid(`p${i + 1}`), note: nid(`${id}${i}`), line: { hans: line, hant: line } })),
});

describe('glossaryIndex', () => {
	test('sorts entries by pinyin, letters before tone marks', () => {
		const [group] = glossaryIndex([term('li', 'lì'), term('lao2', 'lǎo'), term('lao1', 'láo'), term('an', 'ān')]);
		expect(group.rows.map((r) => r.term.id)).toEqual(['an', 'lao1', 'lao2', 'li']);
	});

	test('groups entries by kind, terms first, leaving out kinds without entries', () => {
		const groups = glossaryIndex([term('handan', 'Hándān', 'place'), term('zhang', 'Zhāng', 'person'), term('laomo', 'láomó'), term('fengfeng', 'Fēngfēng', 'place')]);
		expect(groups.map((g) => [g.kind, g.rows.map((r) => r.term.id)])).toEqual([
			['term', ['laomo']],
			['person', ['zhang']],
			['place', ['fengfeng', 'handan']],
		]);
	});

	test('counts the texts an entry is used in', () => {
		const [group] = glossaryIndex([term('x', 'x', 'term', ['a', 'b', 'a'])]);
		expect(group.rows[0].texts).toBe(2);
	});
});
