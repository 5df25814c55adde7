import { detectScript } from '../script/detectScript.ts';
import { langOf } from './labels.ts';

/**
 * The language of an editor's free text (a sidecar's `note`), which may be English or Chinese in
 * either script: Chinese when it has more Han characters than Latin letters (an English note
 * quoting a line of the source is still English), in the script its characters are in.
 */
export function textLang(text: string): 'en' | 'zh-Hans' | 'zh-Hant' {
	return isEnglish(text) ? 'en' : langOf(detectScript(text));
}

/**
 * `en` for a corpus's own words that are English (its title, description, publisher, licence),
 * which the pipeline has put in the page's script when Chinese; otherwise none, so that Chinese
 * words take the page's language.
 */
export function langIfEnglish(text: string): 'en' | undefined {
	return isEnglish(text) ? 'en' : undefined;
}

function isEnglish(text: string): boolean {
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	return han <= latin;
}
