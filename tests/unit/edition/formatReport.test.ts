import { describe, expect, test } from 'vitest';
import { buildEdition } from '../../../src/lib/edition/buildEdition.ts';
import { formatReport, reportRow } from '../../../src/lib/edition/formatReport.ts';
import { loadSeeds } from '../support/corpus.ts';

describe('formatReport', () => {
	test('tabulates every seed with repairs, emendations and redactions counted apart', async () => {
		const rows = (await loadSeeds()).map((raw) => reportRow(buildEdition(raw)));
		const lines = formatReport(rows).split('\n');
		expect(lines).toHaveLength(6);
		const cells = lines.map((line) => line.trim().split(/\s{2,}/));
		expect(cells[0]).toEqual(['text', 'script', 'encoding', 'paragraphs', 'headings', 'chrome lines', 'glosses', 'repairs', 'emendations', 'redactions']);
		expect(cells.slice(1).map((row) => [row[0], row[1], row[2], ...row.slice(7)])).toEqual([
			['000_fc2dc3fa00e2669f', 'hant', 'utf-8', '3', '3', '0'],
			['001_829f82963481a026', 'hans', 'utf-8', '0', '0', '10'],
			['002_cb0b64c34cfde53f', 'hans', 'utf-8', '0', '0', '0'],
			['003_b7a5152ad6829bcd', 'hant', 'utf-8', '1', '4', '0'],
			['004_a943af7622d75274', 'hans', 'utf-8', '0', '0', '0'],
		]);
	});

	test('aligns the columns', async () => {
		const rows = (await loadSeeds()).map((raw) => reportRow(buildEdition(raw)));
		const lines = formatReport(rows).split('\n');
		expect(new Set(lines.map((l) => l.length)).size).toBe(1);
	});

	test('prints only the header for no texts', () => {
		expect(formatReport([])).toMatch(/^text\s+script\s+encoding/);
		expect(formatReport([]).split('\n')).toHaveLength(1);
	});
});
