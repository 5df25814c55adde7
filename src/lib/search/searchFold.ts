/**
 * The search key: what search compares, on both sides. A text or a query is folded character by
 * character: compatibility forms unified (NFKC: full-width ＡＢ１ → ab1, 豈 → 豈), lower case, only
 * letters and digits kept (punctuation and spacing never decide a match), and each traditional
 * character replaced by its simplified one from a table built for the corpus (`foldTable`).
 *
 * Folding is character by character on purpose: then a run of characters in a text always folds to
 * a run of the text's key, so any substring of either script's text is found by its own key. The
 * keys of a passage's two scripts are mostly the same string; where they are not (反覆 / 反复),
 * the passage is indexed under both (searchData.ts).
 */

/** The traditional → simplified replacements search uses, one character each. */
export type FoldTable = Readonly<Record<string, string>>;

/** A text's search key, and where each of its characters came from in the text. */
export interface FoldedText {
	key: string;
	/** For each UTF-16 unit of `key` (as `indexOf` counts): the offset in the text of the character it came from. */
	from: number[];
	/** For each UTF-16 unit of `key`: the offset in the text just past that character. */
	to: number[];
}

const searchable = /[\p{L}\p{N}]/u;

/** Folds a text into its search key, keeping where each key character came from. */
export function foldText(text: string, table: FoldTable): FoldedText {
	return fold(text, table, true);
}

/** Just the key (the search stage folds every passage: this saves it the offsets). */
export function searchKey(text: string, table: FoldTable): string {
	return fold(text, table, false).key;
}

function fold(text: string, table: FoldTable, withOffsets: boolean): FoldedText {
	let key = '';
	const from: number[] = [];
	const to: number[] = [];
	let at = 0;
	/** Adds folded characters to the key, each UTF-16 unit of them coming from the character at [start, end). */
	const append = (folded: string, start: number, end: number) => {
		key += folded;
		for (let unit = 0; withOffsets && unit < folded.length; unit++) {
			from.push(start);
			to.push(end);
		}
	};
	for (const character of text) {
		const end = at + character.length;
		// CJK unified ideographs (U+4E00–U+9FFF), most of any text here, are letters that NFKC and
		// lower case leave alone: skip the general path for them (it is most of the search stage's time).
		const code = character.charCodeAt(0);
		if (code >= 0x4e00 && code <= 0x9fff) {
			// The table may give a character outside the BMP (勣 → 𪟝): two units of the key.
			append(table[character] ?? character, at, end);
			at = end;
			continue;
		}
		for (const part of character.normalize('NFKC').toLowerCase()) {
			if (searchable.test(part)) append(table[part] ?? part, at, end);
		}
		at = end;
	}
	return { key, from, to };
}
