/**
 * A reference formatted in one citation style by citeproc-js: the citation (a footnote for a note
 * style, the parenthesis for an in-text style) and the bibliography entry, each as HTML (with the
 * style's italics) and as plain text. The same code runs in the Cite dialog and in the tests.
 */
import type CSL from 'citeproc';
import type { CslNode } from 'citeproc';
import type { CslItem } from './cslItem.ts';

export interface FormattedReference {
	citation: { html: string; text: string };
	bibliography: { html: string; text: string };
}

/** A date as CSL-JSON's date parts. */
export function cslDate(date: Date): { 'date-parts': [[number, number, number]] } {
	return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

/**
 * The item formatted with `style` in `locale` (`locales` must hold it, and en-US). A numbered
 * style's entry loses its number (`[1] `): the reader's own list will number it.
 */
export function formatReference(engine: typeof CSL, { style, locale, locales }: { style: CslNode; locale: string; locales: Map<string, CslNode> }, item: CslItem): FormattedReference {
	const format = (output: 'html' | 'text') => {
		const processor = new engine.Engine({ retrieveLocale: (lang) => locales.get(lang) ?? locales.get('en-US'), retrieveItem: () => item }, style, locale, true);
		processor.setOutputFormat(output);
		processor.updateItems([item.id]);
		const bibliography = processor.makeBibliography();
		if (!bibliography) throw new Error('the citation style makes no bibliography');
		const [meta, [entry]] = bibliography;
		return { citation: processor.makeCitationCluster([{ id: item.id }]), entry: meta['second-field-align'] ? withoutNumber(entry, output) : entry };
	};
	const html = format('html');
	const text = format('text');
	return { citation: { html: html.citation, text: text.citation }, bibliography: { html: html.entry.trim(), text: text.entry.trim() } };
}

/** An entry without the label a numbered style sets before it. */
function withoutNumber(entry: string, output: 'html' | 'text'): string {
	return output === 'html' ? entry.replace(/<div class="csl-left-margin">.*?<\/div>/s, '') : entry.replace(/^\s*\[\d+\]\s*/, '');
}
