/** Whether a file in a corpus folder is a source text: a `.txt` file, in any case. */
export function isSourceFile(name: string): boolean {
	return /\.txt$/i.test(name);
}

/** A text's name: its source file name without `.txt` (its URL slug is made from it: `textSlug`). */
export function textName(file: string): string {
	return file.replace(/\.txt$/i, '');
}
