/** Letters a pinyin syllable can contain, with tone marks. */
const pinyinLetters = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
const toneMarked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

/** Source of a regular expression matching one pinyin syllable (1–6 letters). */
export const pinyinSyllable = `[${pinyinLetters}]{1,6}`;

/**
 * Whether a string is a tone-marked pinyin syllable. A tone mark (or ü) is required so that
 * ordinary Latin words in parentheses, such as `(AI)` or `(app)`, are not taken for glosses.
 */
export function isPinyinSyllable(text: string): boolean {
	return wholeSyllable.test(text) && toneMarked.test(text);
}

const wholeSyllable = new RegExp(`^${pinyinSyllable}$`);

const glossAfterHan = new RegExp(`(?<=\\p{Script=Han})[(（]${pinyinSyllable}[)）]`, 'gu');

/** The text with `(pīnyīn)` glosses after Han characters removed, for pattern matching. */
export function stripGlosses(text: string): string {
	return text.replace(glossAfterHan, '');
}
