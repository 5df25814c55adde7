import { describe, expect, test } from 'vitest';
import { foldTable } from '../../../src/lib/search/foldTable.ts';
import { searchKey } from '../../../src/lib/search/searchFold.ts';
import { corpusRecords, corpusTable } from './corpusSearch.ts';

describe('foldTable', () => {
	test('never remaps a character the simplified texts write (么 in 什么, 乾 in 乾隆)', () => {
		const table = foldTable({ simplified: ['什么时候', '乾隆年间'], traditional: ['什麼時候', '乾隆年間'] });
		expect(Object.keys(table)).not.toContain('么');
		expect(Object.keys(table)).not.toContain('乾');
		expect(searchKey('什么', table)).toBe('什么');
		expect(searchKey('乾隆', table)).toBe('乾隆');
		// Their traditional forms still fold onto them.
		expect(table['麼']).toBe('么');
		expect(searchKey('什麼時候', table)).toBe('什么时候');
	});

	test('does remap those characters in a corpus whose simplified texts do not write them', () => {
		// Alone, OpenCC takes 乾 to 干 and 么 to 幺: only a corpus writing 乾隆 or 什么 keeps them.
		expect(foldTable({ simplified: ['干部'], traditional: ['乾淨'] })['乾']).toBe('干');
		expect(foldTable({ simplified: ['幺'], traditional: [] })['么']).toBe('幺');
	});

	test('lists the traditional form of a corpus character that only occurs simplified', () => {
		const table = foldTable({ simplified: ['劳模精神'], traditional: [] });
		expect(table['勞']).toBe('劳');
		expect(searchKey('勞模精神', table)).toBe('劳模精神');
	});

	test('leaves out characters that have nothing to do with the corpus', () => {
		const table = foldTable({ simplified: ['劳'], traditional: [] });
		expect(table).toEqual({ 勞: '劳' });
	});

	test('follows a chain to its end, so that 麼 → 么 → 幺 folds to 幺 when 么 is not written', () => {
		const table = foldTable({ simplified: ['幺'], traditional: ['麼'] });
		expect(table['么']).toBe('幺');
		expect(table['麼']).toBe('幺');
	});

	test('maps single characters to single characters, none of them a key itself, for the bundled corpus', async () => {
		const table = await corpusTable();
		const entries = Object.entries(table);
		expect(entries.length).toBeGreaterThan(0);
		for (const [from, to] of entries) {
			expect([...from], from).toHaveLength(1);
			expect([...to], from).toHaveLength(1);
			expect(to).not.toBe(from);
			expect(Object.hasOwn(table, to), `${from} → ${to}`).toBe(false);
		}
	});

	test('never remaps a character the bundled corpus writes in its simplified texts', async () => {
		const table = await corpusTable();
		const written = new Set((await corpusRecords()).flatMap((record) => record.passages.flatMap((passage) => [...passage.text.hans.normalize('NFKC').toLowerCase()])));
		expect(Object.keys(table).filter((character) => written.has(character))).toEqual([]);
		// 于 and 干 are written there; their traditional forms fold onto them.
		expect(written.has('于') && written.has('干')).toBe(true);
		expect(table['於']).toBe('于');
		expect(table['幹']).toBe('干');
	});
});
