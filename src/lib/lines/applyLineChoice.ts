import type { LineClass } from './classifyLines.ts';
import type { Sidecar } from '../source/sidecarSchema.ts';
import { SourceError } from '../source/sourceError.ts';

/** The editor's word on lines the recognition rules got wrong: a sidecar's 1-based line numbers. */
type LineChoice = Pick<Sidecar, 'keep' | 'drop'>;

/**
 * Applies the editor's choice over the rules: a kept line becomes a paragraph, a dropped line
 * furniture with the role `dropped`, so the record says the editor set it aside. A number that is
 * not a non-blank line of the source, or that asks for what the rules already did, is refused:
 * a sidecar that no longer matches its source (the file was edited, or the rules improved) must
 * say so rather than quietly do nothing.
 */
export function applyLineChoice(classes: LineClass[], choice: LineChoice, sidecarFile: string): LineClass[] {
	const result = [...classes];
	const problems: string[] = [];
	const check = (field: 'keep' | 'drop', line: number): LineClass | undefined => {
		const cls = classes[line - 1];
		if (cls === undefined) problems.push(`${field}: line ${line} is past the end of the source (${classes.length} lines)`);
		else if (cls.kind === 'blank') problems.push(`${field}: line ${line} is blank`);
		else return cls;
		return undefined;
	};
	for (const line of choice.keep ?? []) {
		const cls = check('keep', line);
		if (cls?.kind === 'passage') problems.push(`keep: line ${line} is already kept in the text`);
		else if (cls) result[line - 1] = { kind: 'passage', role: 'paragraph' };
	}
	for (const line of choice.drop ?? []) {
		const cls = check('drop', line);
		if (cls?.kind === 'chrome') problems.push(`drop: line ${line} is already set aside (${cls.role})`);
		else if (cls) result[line - 1] = { kind: 'chrome', role: 'dropped' };
	}
	if (problems.length) throw new SourceError(sidecarFile, `does not match its source:\n  ${problems.join('\n  ')}\n  (npm run explain -- <source> lists each line with its number and what the build makes of it)`);
	return result;
}
