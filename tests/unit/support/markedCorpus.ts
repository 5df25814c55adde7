/**
 * A corpus whose every line a careful reader has marked (`expected.json`, see
 * tests/fixtures/any-corpus/README.md), read and classified.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyLines, type LineClass } from '../../../src/lib/lines/classifyLines.ts';
import { root } from './corpus.ts';

/** What a reader says a line is. */
export type Marked = 'title' | 'byline' | 'dateline' | 'heading' | 'text' | 'furniture';

/** One text of the table: what a reader says of it and of each of its non-blank lines. */
export interface MarkedText {
	file: string;
	kind: string;
	script: 'hans' | 'hant';
	title: string | null;
	author: string | null;
	date: string | null;
	outlet: string | null;
	lines: Record<string, Marked>;
}

/** What a line became, in the table's terms. */
export function asMarked(cls: LineClass): Marked | 'blank' {
	if (cls.kind === 'blank') return 'blank';
	if (cls.kind === 'chrome') return 'furniture';
	return cls.role === 'paragraph' ? 'text' : cls.role;
}

/** Each text of a marked corpus in tests/fixtures, with its bytes and the classifier's reading of its lines. */
export function classifyMarkedCorpus(folder: string): { entry: MarkedText; bytes: Buffer; classes: LineClass[] }[] {
	const dir = path.join(root, 'tests', 'fixtures', folder);
	const table: MarkedText[] = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
	return table.map((entry) => {
		const bytes = readFileSync(path.join(dir, entry.file));
		return { entry, bytes, classes: classifyLines(bytes.toString('utf8').split('\n')) };
	});
}
