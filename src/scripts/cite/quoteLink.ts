/**
 * A link to a quotation: the passage's address, with the words to mark (`?hl=…`, which the page
 * itself marks in that passage, skipping readings and note markers: highlightArrival.ts; `&at=…`
 * where they start, when the passage has them more than once) and,
 * where the browser can find them itself, a text fragment (`#p12:~:text=…`). A browser matches a
 * text fragment against what the page shows, readings and marker labels included, and takes the
 * first match on the page, so the fragment is added only for words the page shows as they are and
 * shows once; otherwise the link lands on the passage (`#p12`). A long quotation's fragment is
 * named by its first and last words (`text=start,end`).
 */

/** Characters a text fragment's terms must escape besides what `encodeURIComponent` does. */
const encodeTerm = (words: string) => encodeURIComponent(words).replace(/-/g, '%2D');

/** Longest quotation a fragment gives whole; a longer one is named by this many characters at each end. */
const wholeUpTo = 40;
const endLength = 12;

export function quoteLink(pageUrl: string, passageId: string, quote: string, { fragment, at }: { fragment: boolean; at?: number }): string {
	const url = new URL(pageUrl);
	url.search = '';
	url.searchParams.set('hl', quote);
	if (at !== undefined) url.searchParams.set('at', String(at));
	const characters = [...quote];
	const directive = characters.length <= wholeUpTo ? encodeTerm(quote) : `${encodeTerm(characters.slice(0, endLength).join(''))},${encodeTerm(characters.slice(-endLength).join(''))}`;
	return `${url.origin}${url.pathname}${url.search}#${passageId}${fragment ? `:~:text=${directive}` : ''}`;
}
