/** The part of citeproc-js 2.4 the site uses (the package ships no types). */
declare module 'citeproc' {
	/** A style or locale in citeproc-js's JSON form of CSL XML. */
	export interface CslNode {
		name: string;
		attrs: Record<string, string>;
		children: (CslNode | string)[];
	}
	export interface Sys {
		retrieveLocale(lang: string): CslNode | undefined;
		retrieveItem(id: string): object;
	}
	export class Engine {
		constructor(sys: Sys, style: CslNode, lang?: string, forceLang?: boolean);
		setOutputFormat(format: 'html' | 'text'): void;
		updateItems(ids: string[]): void;
		makeBibliography(): [{ 'second-field-align': string | false; bibliography_errors: unknown[] }, string[]] | false;
		makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
	}
	const CSL: { Engine: typeof Engine };
	export default CSL;
}
