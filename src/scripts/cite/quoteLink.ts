/**
 * A link to a quotation: the passage's address with a text fragment (`#p12:~:text=…`), so that a
 * browser that supports text fragments highlights the words, and any other lands on the passage.
 * A long quotation is named by its first and last words (`text=start,end`).
 */

/** Characters a text fragment's terms must escape besides what `encodeURIComponent` does. */
const encodeTerm = (words: string) => encodeURIComponent(words).replace(/-/g, '%2D');

/** Longest quotation given whole; a longer one is named by this many characters at each end. */
const wholeUpTo = 40;
const endLength = 12;

export function quoteLink(pageUrl: string, passageId: string, quote: string): string {
	const characters = [...quote.replace(/\s+/g, ' ').trim()];
	const directive =
		characters.length <= wholeUpTo ? encodeTerm(characters.join('')) : `${encodeTerm(characters.slice(0, endLength).join(''))},${encodeTerm(characters.slice(-endLength).join(''))}`;
	const url = new URL(pageUrl);
	url.search = '';
	return `${url.origin}${url.pathname}#${passageId}:~:text=${directive}`;
}
