/** A text cut into lines, keeping each line's own terminator so it can be joined back exactly. */
export interface SplitLines {
	/** Line contents without terminators. */
	lines: string[];
	/** Terminator after each line: `\n`, `\r\n`, `\r`, or `''` for a last line without one. */
	terminators: string[];
}

/** Splits text at LF, CRLF and lone CR. */
export function splitLines(text: string): SplitLines {
	const lines: string[] = [];
	const terminators: string[] = [];
	const pattern = /\r\n|\n|\r/g;
	let start = 0;
	for (const match of text.matchAll(pattern)) {
		lines.push(text.slice(start, match.index));
		terminators.push(match[0]);
		start = match.index + match[0].length;
	}
	if (start < text.length) {
		lines.push(text.slice(start));
		terminators.push('');
	}
	return { lines, terminators };
}

/** The inverse of `splitLines`. */
export function joinLines({ lines, terminators }: SplitLines): string {
	return lines.map((line, i) => line + terminators[i]).join('');
}
