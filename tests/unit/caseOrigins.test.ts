/** The data tables name where each case comes from; a `seed-NNN-line-L` case must quote that line. */
import { describe, expect, test } from 'vitest';
import { seedFile, seedLines } from './support/corpus.ts';
import chromeRole from './lines/cases/chromeRole.json' with { type: 'json' };
import classifyLines from './lines/cases/classifyLines.json' with { type: 'json' };
import segmentPassage from './passages/cases/segmentPassage.json' with { type: 'json' };

const origin = /^seed-(\d{3})-line-(\d+)(?:-|$)/;
const quoted = [
	...segmentPassage.map(({ id, input }) => ({ table: 'segmentPassage', id, text: input })),
	...chromeRole.map(({ id, line }) => ({ table: 'chromeRole', id, text: line })),
].filter(({ id }) => origin.test(id));

describe('case tables', () => {
	test.each(quoted)('$table case $id quotes its seed line', ({ id, text }) => {
		const [, number, line] = id.match(origin)!;
		expect(seedLines(seedFile(number))[Number(line) - 1]).toContain(text);
	});

	test.each(classifyLines.lines)('classifyLines case $id points at a line that exists', ({ id, line }) => {
		const [, number, idLine] = id.match(origin)!;
		expect(Number(idLine)).toBe(line);
		expect(seedLines(seedFile(number)).length).toBeGreaterThanOrEqual(line);
	});

	test('every case id is unique within its table', () => {
		for (const table of [segmentPassage, chromeRole, classifyLines.lines]) {
			const ids = table.map((c) => c.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
});
