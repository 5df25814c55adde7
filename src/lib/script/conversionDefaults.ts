import type { ConversionTable } from './conversionTableSchema.ts';

/**
 * The project's reviewed phrase overrides, applied to every corpus (a corpus's `conversion.yaml`
 * adds to them, and replaces an entry with the same `from`). Each was found by converting the
 * bundled texts, the glossary and the site's own prose and reading every character that has more
 * than one traditional form. OpenCC's dictionaries are right far more often than not: an entry
 * goes here only with the phrase that shows the error, not a character on its own.
 */
export const conversionDefaults: ConversionTable = {
	toTraditional: [
		{ from: '新征程', to: '新征程', why: 'a new journey (征程); OpenCC reads 新征 as 新徵, newly levied' },
		{ from: '大干快干', to: '大幹快幹', why: 'to work hard and fast (幹 twice); OpenCC reads 快干 as 快乾, quick-drying' },
		{ from: '好干部', to: '好幹部', why: 'a good cadre (幹部); OpenCC reads 好干 as 好乾' },
		// OpenCC writes 孃 for 娘 in the sense of mother in some 40 phrases (爹孃, 丈母孃): only these are overridden.
		{ from: '娘家', to: '娘家', why: "a married woman's parents' home; Taiwan's standard form is 娘家, OpenCC gives the variant 孃家" },
		{ from: '回娘家', to: '回娘家', why: 'as 娘家; OpenCC has the longer phrase 回孃家, which would win over 娘家' },
		{ from: '作者系', to: '作者係', why: '系 is the copula “is” (係) in “作者系…” (the author is …), not 系 (a department)' },
		{ from: '起复制', to: '起複製', why: '“(一)起 复制”: OpenCC matches 起复 (an official reinstated, 起復) before 复制 (to copy, 複製)' },
		{ from: '子丑', to: '子丑', why: 'the first two earthly branches (子丑寅卯); OpenCC gives 醜 (ugly)' },
	],
	toSimplified: [{ from: '甚麼', to: '什么', why: '甚麼 is the Taiwan form of 什麼; the mainland standard is 什么, not 甚么' }],
};
