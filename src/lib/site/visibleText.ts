/**
 * Text as a note shows a source's characters: a private-use character (U+E000–U+F8FF, and the
 * supplementary private-use planes), which no font draws as anything a reader can name, is given
 * by its code point (`U+E317`), so a source reading that holds one shows where it stands.
 */
const privateUse = /([\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}])/u;

/** The text in pieces: strings as they are, and each private-use character as its code point. */
export function visibleText(text: string): (string | { codePoint: string })[] {
	return text
		.split(privateUse)
		.filter(Boolean)
		.map((piece) => (privateUse.test(piece) ? { codePoint: `U+${piece.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` } : piece));
}
