/** Whether a file in a corpus folder is a source text: a `.txt` file, in any case. */
export function isSourceFile(name: string): boolean {
	return /\.txt$/i.test(name);
}

/** A text's name, which is also its URL slug: its source file name without `.txt`. */
export function textName(file: string): string {
	return file.replace(/\.txt$/i, '');
}
