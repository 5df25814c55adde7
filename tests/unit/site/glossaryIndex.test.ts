import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../../src/lib/annotations/glossarySchema.ts';
import { glossaryIndex } from '../../../src/lib/site/glossaryIndex.ts';
import { nid, pid } from '../support/ids.ts';

const term = (id: string, pinyin: string, uses: GlossaryTerm['uses'] = []): GlossaryTerm => ({ id, hans: id, hant: id, pinyin, zh: { hans: 'z', hant: 'z' }, en: 'e', uses });
const title = (words: string) => ({ hans: words, hant: words });

describe('glossaryIndex', () => {
	test('sorts entries by pinyin, letters before tone marks', () => {
		const rows = glossaryIndex([term('li', 'lì'), term('lao2', 'lǎo'), term('lao1', 'láo'), term('an', 'ān')], []);
		expect(rows.map((r) => r.term.id)).toEqual(['an', 'lao1', 'lao2', 'li']);
	});

	test('keeps each entry’s uses in the order published, each with its text’s title', () => {
		const uses = [
			{ text: 'b', passage: pid('p9'), note: nid('t1') },
			{ text: 'a', passage: pid('p3'), note: nid('t2') },
		];
		const [row] = glossaryIndex([term('x', 'x', uses)], [{ slug: 'a', title: title('甲') }, { slug: 'b', title: title('乙') }]);
		expect(row.uses).toEqual([
			{ ...uses[0], title: title('乙') },
			{ ...uses[1], title: title('甲') },
		]);
	});

	test('refuses a use of a text the corpus does not have', () => {
		expect(() => glossaryIndex([term('x', 'x', [{ text: 'gone', passage: pid('p1'), note: nid('t') }])], [])).toThrow('the glossary names the text gone');
	});
});
