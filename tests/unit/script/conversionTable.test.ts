import { afterEach, describe, expect, test } from 'vitest';
import { conversionDefaults } from '../../../src/lib/script/conversionDefaults.ts';
import { conversionTableSchema } from '../../../src/lib/script/conversionTableSchema.ts';
import { convertScript, scriptConverters, useConversionTable } from '../../../src/lib/script/convertScript.ts';

afterEach(() => useConversionTable());

describe('the project’s phrase overrides', () => {
	test('are a valid table, each entry with its reason', () => {
		expect(conversionTableSchema.parse(conversionDefaults)).toEqual(conversionDefaults);
	});

	test('each one changes what OpenCC alone gives (an entry that changes nothing would be dead weight)', () => {
		const opencc = scriptConverters({ toTraditional: [], toSimplified: [] });
		for (const { from, to } of conversionDefaults.toTraditional) expect([from, opencc.hant(from)]).not.toEqual([from, to]);
		for (const { from, to } of conversionDefaults.toSimplified) expect([from, opencc.hans(from)]).not.toEqual([from, to]);
	});

	test('a longer OpenCC phrase around an override still wins: overrides are phrases, not characters', () => {
		// 娘家 is overridden; OpenCC's own 娘家姓 (孃家姓) is longer, and is left to OpenCC.
		expect(convertScript('娘家姓', 'hant')).toBe('孃家姓');
	});
});

describe('useConversionTable', () => {
	const corpus = conversionTableSchema.parse({
		toTraditional: [
			{ from: '劳模', to: '勞模', why: 'as OpenCC has it: an entry that agrees changes nothing' },
			{ from: '新征程', to: '新徵程', why: 'a corpus may put back what the project overrides' },
		],
		toSimplified: [{ from: '著作', to: '着作', why: 'a test: OpenCC keeps 著作' }],
	});

	test('adds a corpus’s entries to the project’s, and a corpus entry replaces the project’s for the same phrase', () => {
		useConversionTable(corpus);
		expect(convertScript('新征程', 'hant')).toBe('新徵程');
		expect(convertScript('大干快干', 'hant')).toBe('大幹快幹');
		expect(convertScript('著作', 'hans')).toBe('着作');
	});

	test('applies to text made traditional in Taiwan forms on the way to simplified (為, not 爲)', () => {
		useConversionTable(conversionTableSchema.parse({ toSimplified: [{ from: '為人', to: '为仁', why: 'a test of the key’s forms' }] }));
		expect(convertScript('為人', 'hans')).toBe('为仁');
	});

	test('without a table, the project’s alone again', () => {
		useConversionTable(corpus);
		useConversionTable();
		expect(convertScript('新征程', 'hant')).toBe('新征程');
		expect(convertScript('著作', 'hans')).toBe('著作');
	});
});

describe('conversion.yaml', () => {
	test.each([
		[{ toTraditional: [{ from: '干', to: '乾燥', why: 'x' }] }, 'from and to must have as many characters'],
		[{ toTraditional: [{ from: '干', to: '乾' }] }, 'why'],
		[{ toTraditional: [{ from: '干', to: '乾', why: 'x' }, { from: '干', to: '幹', why: 'y' }] }, '“干” is listed twice'],
		[{ toTrad: [] }, 'toTrad'],
	])('refuses %j', (table, message) => {
		const result = conversionTableSchema.safeParse(table);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain(message);
	});
});
