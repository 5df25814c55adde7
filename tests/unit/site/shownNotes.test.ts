import { describe, expect, test } from 'vitest';
import { shownNotes } from '../../../src/lib/site/shownNotes.ts';
import { recordOfSeed, seedFile } from '../support/corpus.ts';

describe('shownNotes', () => {
	test('keeps every note but the automatic repairs an editor made an emendation over, in reading order', async () => {
		const record = await recordOfSeed(seedFile('000'));
		const shown = shownNotes(record);
		expect(shown.map((n) => [n.kind, n.passage])).toEqual([
			['term', 'p8'],
			['emendation', 'p10'],
			['emendation', 'p12'],
			['note', 'p14'],
			['emendation', 'p16'],
		]);
		expect(shown.every((n) => n.kind !== 'emendation' || n.method === 'editorial')).toBe(true);
	});
});
