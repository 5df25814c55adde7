import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema } from '../../../src/lib/annotations/glossarySchema.ts';
import { concordancePageSize } from '../../../src/lib/edition/outputFiles.ts';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { TextTermUse } from '../../../src/lib/edition/termUses.ts';
import { nid, pid } from '../support/ids.ts';

const entry = (id: string, zh: string) => glossaryEntrySchema.parse({ id, hans: id, hant: id, pinyin: id, zh, en: 'e' });
const line = { before: '弘扬', words: '劳模', after: '精神', at: 2 };
const use = (term: string, text: string, passage: string, label: string): TextTermUse => ({ term, text, passage: pid(passage), note: nid(label), line: { hans: line, hant: line } });
const published = ({ term: _, ...rest }: TextTermUse) => rest;

describe('publishGlossary', () => {
	test('gives each entry its gloss in both scripts and its counts, and its uses newest text first, in reading order within a text', () => {
		const texts = [
			{ summary: { slug: 'old', date: '2015-04-29' }, uses: [use('laomo', 'old', 'p8', 'a')] },
			{ summary: { slug: 'undated', date: null }, uses: [use('laomo', 'undated', 'p2', 'd')] },
			{ summary: { slug: 'new', date: '2020-11-26' }, uses: [use('laomo', 'new', 'p3', 'b'), use('laomo', 'new', 'p9', 'c')] },
		];
		const { terms, concordances } = publishGlossary([entry('laomo', '劳动模范'), entry('unused', '没有用到')], texts);
		expect(terms.map((t) => [t.id, t.uses, t.texts])).toEqual([
			['laomo', 4, 3],
			['unused', 0, 0],
		]);
		expect(terms[0].zh).toEqual({ hans: '劳动模范', hant: '勞動模範' });
		const laomo = concordances.get('laomo')!;
		expect(laomo.pages).toEqual([[texts[2].uses[0], texts[2].uses[1], texts[0].uses[0], texts[1].uses[0]].map(published)]);
		expect(laomo.byText).toEqual([
			{ text: 'new', uses: 2 },
			{ text: 'old', uses: 1 },
			{ text: 'undated', uses: 1 },
		]);
		expect(laomo.byYear).toEqual([
			{ year: '2015', uses: 1 },
			{ year: '2020', uses: 2 },
			{ year: null, uses: 1 },
		]);
		// An unused entry still has its one (empty) page: its entry page shows that it is not used.
		expect(concordances.get('unused')).toEqual({ byText: [], byYear: [], pages: [[]] });
	});

	test(`cuts an entry's uses into pages of ${concordancePageSize}, in order`, () => {
		const many = Array.from({ length: concordancePageSize * 2 + 1 }, (_, i) => use('laomo', 'one', `p${i + 1}`, `n${i}`));
		const { concordances } = publishGlossary([entry('laomo', '劳动模范')], [{ summary: { slug: 'one', date: null }, uses: many }]);
		const { pages } = concordances.get('laomo')!;
		expect(pages.map((page) => page.length)).toEqual([concordancePageSize, concordancePageSize, 1]);
		expect(pages.flat()).toEqual(many.map(published));
	});
});
