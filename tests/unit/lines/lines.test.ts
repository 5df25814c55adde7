import { describe, expect, test } from 'vitest';
import { joinLines, splitLines } from '../../../src/lib/lines/lines.ts';
import { seedBytes, seedFiles } from '../support/corpus.ts';
import cases from './cases/lines.json' with { type: 'json' };

describe('splitLines', () => {
	test.each(cases)('splits $id into lines and their own terminators', ({ text, lines, terminators }) => {
		expect(splitLines(text)).toEqual({ lines, terminators });
	});

	test.each([...seedFiles])('cuts %s at every LF, as wc -l counts them', (file) => {
		const text = seedBytes(file).toString('utf8');
		const { lines, terminators } = splitLines(text);
		expect(terminators.filter((t) => t === '\n').length).toBe(text.split('\n').length - 1);
		expect(lines.every((line) => !/[\r\n]/.test(line))).toBe(true);
	});
});

describe('joinLines', () => {
	test.each(cases)('joins $id back into exactly the same text', ({ text }) => {
		expect(joinLines(splitLines(text))).toBe(text);
	});

	test.each([...seedFiles])('joins %s back into exactly the same text', (file) => {
		const text = seedBytes(file).toString('utf8');
		expect(joinLines(splitLines(text))).toBe(text);
	});
});
