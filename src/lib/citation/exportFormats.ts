/**
 * References written out for reference managers: CSL-JSON, BibTeX and RIS.
 *
 * BibTeX comes from citation-js, told to keep non-ASCII characters (by default it drops every
 * Chinese character of a title). RIS is written here: citation-js 0.8's RIS output leaves out the
 * authors and the full date of a newspaper article (TY NEWS), which is what most texts here are;
 * RIS is a list of tagged lines, each field on one line.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './cslItem.ts';

/** CSL-JSON: an array of items. */
export function toCslJson(items: CslItem[]): string {
	return `${JSON.stringify(items, null, '\t')}\n`;
}

/** BibTeX, one entry per item, keyed by its `citation-key`. */
export function toBibtex(items: CslItem[]): string {
	const format = plugins.config.get('@bibtex').format;
	Object.assign(format, { useIdAsLabel: false, asciiOnly: false });
	return new Cite(items).format('bibtex', { format: 'text' }) as string;
}

/** A value on one RIS line: line breaks become spaces. */
function risValue(value: string): string {
	return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** RIS, one record per item. */
export function toRis(items: CslItem[]): string {
	return items
		.map((item) => {
			const date = item.issued?.['date-parts'][0];
			const lines: [string, string | undefined][] = [
				['TY', item.type === 'article-newspaper' ? 'NEWS' : 'GEN'],
				['ID', item['citation-key']],
				['TI', item.title],
				...(item.author ?? []).map((author): [string, string] => ['AU', author.literal]),
				['PY', date && String(date[0])],
				['DA', date && `${date[0]}/${String(date[1]).padStart(2, '0')}/${String(date[2]).padStart(2, '0')}/`],
				['T2', item['container-title']],
				['UR', item.URL],
				['LA', item.language],
				['ET', item.version],
				['N1', item.note],
			];
			return [...lines.filter((line): line is [string, string] => line[1] !== undefined).map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - '].join('\r\n');
		})
		.join('\r\n\r\n')
		.concat('\r\n');
}
