import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryKind, type GlossaryTerm } from '../../../src/lib/annotations/glossarySchema.ts';
import { glossaryIndex } from '../../../src/lib/site/glossaryIndex.ts';

const term = (id: string, pinyin: string, kind: GlossaryKind = 'term'): GlossaryTerm => ({
	...glossaryEntrySchema.parse({ id, kind, hans: id, hant: id, pinyin, zh: 'z', en: 'e' }),
	zh: { hans: 'z', hant: 'z' },
	uses: 0,
	texts: 0,
});

describe('glossaryIndex', () => {
	test('sorts entries by pinyin, letters before tone marks', () => {
		const [group] = glossaryIndex([term('li', 'lì'), term('lao2', 'lǎo'), term('lao1', 'láo'), term('an', 'ān')]);
		expect(group.rows.map((r) => r.id)).toEqual(['an', 'lao1', 'lao2', 'li']);
	});

	test('groups entries by kind, terms first, leaving out kinds without entries', () => {
		const groups = glossaryIndex([term('handan', 'Hándān', 'place'), term('zhang', 'Zhāng', 'person'), term('laomo', 'láomó'), term('fengfeng', 'Fēngfēng', 'place')]);
		expect(groups.map((g) => [g.kind, g.rows.map((r) => r.id)])).toEqual([
			['term', ['laomo']],
			['person', ['zhang']],
			['place', ['fengfeng', 'handan']],
		]);
	});
});
