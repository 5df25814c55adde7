/** What a text page tells its Cite dialog (`CiteDialog.astro` writes it, `citeDialog.ts` reads it). */
import type { CslItem } from '../../lib/citation/cslItem.ts';
import type { CitationStyle } from '../../lib/citation/citationStyles.ts';
import type { Script } from '../../lib/script/scriptSchema.ts';

export interface CiteData {
	/** The text's reference, its words in the page's script; its URL the page's own. */
	item: CslItem;
	/** The page's script, and the source's. */
	script: Script;
	original: Script;
	/** Where the text's edition record is (a passage's words in the source's script come from it). */
	record: string;
	/** Where each style's CSL file is, and each CSL locale's. */
	styles: Record<CitationStyle['key'], string>;
	locales: Record<string, string>;
	/** The dialog's words in the page's script. */
	words: Record<'citeText' | 'citePassage' | 'citationNote' | 'citationInText' | 'accessed' | 'copied' | 'copyFailed' | 'citeLoading' | 'citeFailed', string>;
}

/** The page's cite data, from the JSON its dialog carries. */
export function readCiteData(dialog: HTMLDialogElement): CiteData {
	return JSON.parse(dialog.querySelector('script.cite-data')!.textContent!) as CiteData;
}
