import { describe, expect, test } from 'vitest';
import { findRealignments } from '../../../src/lib/passages/realignGb18030.ts';
import { seedFile, seedLines } from '../support/corpus.ts';

const seed000 = seedLines(seedFile('000'));

describe('findRealignments', () => {
	test.each([
		{ id: 'seed-000-line-10', line: 10, span: '!皣\ue30f@', reading: '“圍繞', bytes: 'a1b087fac040' },
		{ id: 'seed-000-line-12', line: 12, span: '!皭蹗従礃I', reading: '“愛崗敬業', bytes: 'a1b090db8d8fbeb49849' },
		{ id: 'seed-000-line-16', line: 16, span: '!袄讌栵L', reading: '“雷厲風', bytes: 'a1b0c0d78596ef4c' },
	])('re-pairs the shifted bytes of $id into $reading', ({ line, span, reading, bytes }) => {
		const content = seed000[line - 1];
		const found = findRealignments(content);
		expect(found).toHaveLength(1);
		const [r] = found;
		expect(content.slice(r.start, r.end)).toBe(span);
		expect(r).toMatchObject({ reading, bytes });
	});

	test.each([
		['an exclamation mark before ASCII', '好!Good news'],
		['an exclamation mark before Han text and a full stop', '太好了!我們贏了.'],
		['a full-width exclamation mark', '勞！皣@中心'],
	])('leaves %s alone', (_, line) => {
		expect(findRealignments(line)).toEqual([]);
	});

	test.each(seed000.map((content, i) => [i + 1, content] as const).filter(([line]) => ![10, 12, 16].includes(line)))(
		'finds nothing to re-pair on line %i of seed 000',
		(_, content) => {
			expect(findRealignments(content)).toEqual([]);
		},
	);
});
