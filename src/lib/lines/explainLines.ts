import type { LineClass } from './classifyLines.ts';

/** How much of each line `explainLines` shows. */
const previewLength = 40;

/**
 * Lists what the build makes of each non-blank line of a source, one row a line: its 1-based
 * number (the one `keep:` and `drop:` in a sidecar take), `✗` if it is set aside as furniture,
 * its role, and the start of the line.
 */
export function explainLines(lines: string[], classes: LineClass[]): string[] {
	const width = String(lines.length).length;
	return lines.flatMap((line, i) => {
		const cls = classes[i];
		if (cls.kind === 'blank') return [];
		const text = line.trim();
		const preview = [...text].length > previewLength ? `${[...text].slice(0, previewLength).join('')}…` : text;
		return [`${String(i + 1).padStart(width)} ${cls.kind === 'chrome' ? '✗' : ' '} ${cls.role.padEnd(11)} ${preview}`];
	});
}
