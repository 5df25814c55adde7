import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../../src/lib/annotations/glossarySchema.ts';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import { textPage } from '../../../src/lib/site/textPage.ts';
import { loadBundledCorpus, recordOfSeed, seedFile } from '../support/corpus.ts';

/** The bundled glossary as the pipeline publishes it, by id (no uses: the page does not read them). */
async function glossary(): Promise<Map<string, GlossaryTerm>> {
	const entries = (await loadBundledCorpus()).glossary.values();
	return new Map(publishGlossary(entries, []).terms.map((term) => [term.id, term]));
}

describe('textPage', () => {
	test('shows every note but the automatic repairs an editor made an emendation over, in reading order', async () => {
		const page = textPage(await recordOfSeed(seedFile('000')), await glossary(), 'hans');
		expect(page.notes.filter((n) => n.kind !== 'term').map((n) => [n.kind, n.passage])).toEqual([
			['emendation', 'p10'],
			['emendation', 'p12'],
			['note', 'p14'],
			['emendation', 'p16'],
		]);
		expect(page.notes.every((n) => n.kind !== 'emendation' || n.method === 'editorial')).toBe(true);
		// The provenance panel lists all six corrections.
		expect(page.emendations.map((e) => e.method)).toEqual(['editorial', 'gb18030-realignment', 'editorial', 'gb18030-realignment', 'editorial', 'gb18030-realignment']);
	});

	test('shows a glossary term’s note once, at its first use; a later use’s marker opens that note', async () => {
		const record = await recordOfSeed(seedFile('000'));
		const entries = await glossary();
		const page = textPage(record, entries, 'hans');
		// In the order the page shows them: the datelines (p3) after the text.
		const inDateline = (passage: string) => record.passages.some((p) => p.id === passage && p.role === 'dateline');
		const inText = record.notes.filter((n) => n.kind === 'term');
		const uses = [...inText.filter((n) => !inDateline(n.passage)), ...inText.filter((n) => inDateline(n.passage))];
		const first = new Map<string, string>();
		for (const use of uses) if (!first.has(use.term)) first.set(use.term, use.id);
		expect(first.get('laomo-jingshen')).not.toBe(uses.findLast((n) => n.term === 'laomo-jingshen')!.id);
		expect(page.notes.filter((n) => n.kind === 'term').map((n) => n.id)).toEqual([...first.values()]);
		// Each marker says what its entry names: a place's says so, not 术语.
		for (const use of uses) expect(page.passages[use.passage].termMarkers.get(use.id), use.id).toEqual({ opens: first.get(use.term), later: first.get(use.term) !== use.id, kind: entries.get(use.term)!.kind });
		expect(new Set(uses.map((use) => page.passages[use.passage].termMarkers.get(use.id)!.kind)).size).toBeGreaterThan(1);
		const laomo = page.notes.find((n) => n.kind === 'term' && n.term === 'laomo-jingshen');
		expect(laomo).toMatchObject({ usesInText: uses.filter((n) => n.term === 'laomo-jingshen').length });
		expect(page.repeatsTerms).toBe(true);
	});

	test('puts the notes of a dateline last, as the page shows the datelines after the text', async () => {
		const record = await recordOfSeed(seedFile('000'));
		const withDateline = { ...record, passages: record.passages.map((p) => (p.id === 'p14' ? { ...p, role: 'dateline' as const } : p)) };
		const passages = textPage(withDateline, await glossary(), 'hans').notes.map((n) => n.passage);
		const inDateline = passages.map((passage) => withDateline.passages.some((p) => p.id === passage && p.role === 'dateline'));
		expect(passages).toContain('p14');
		expect(inDateline).toEqual([...inDateline].sort((a, b) => Number(a) - Number(b)));
		const inText = passages.filter((_, i) => !inDateline[i]).map((p) => Number(p.slice(1)));
		expect(inText).toEqual([...inText].sort((a, b) => a - b));
	});

	test('gives a term’s note its glossary entry', async () => {
		const page = textPage(await recordOfSeed(seedFile('000')), await glossary(), 'hans');
		expect(page.notes.find((n) => n.kind === 'term' && n.term === 'laomo-jingshen')).toMatchObject({ entry: { id: 'laomo-jingshen', hans: '劳模精神' } });
	});

	test('refuses a term note whose entry the glossary does not have', async () => {
		const record = await recordOfSeed(seedFile('000'));
		expect(() => textPage(record, new Map(), 'hans')).toThrow('names the glossary entry laomo-jingshen');
	});

	test('adds the title only for a source without a title line', async () => {
		const terms = await glossary();
		expect(textPage(await recordOfSeed(seedFile('001')), terms, 'hans').addsTitle).toBe(true);
		expect(textPage(await recordOfSeed(seedFile('004')), terms, 'hans').addsTitle).toBe(false);
	});

	test('sets the datelines apart, for the provenance panel', async () => {
		const record = await recordOfSeed(seedFile('003'));
		const { datelines } = textPage(record, await glossary(), 'hans');
		expect(datelines.map((p) => p.text.hant)).toEqual(['2020-05-28 15:56 來源: 編輯:供稿 瀏覽量:0']);
		expect(textPage(await recordOfSeed(seedFile('001')), await glossary(), 'hans').datelines).toEqual([]);
	});

	test('hands the MDX every passage by its id', async () => {
		const record = await recordOfSeed(seedFile('004'));
		const { passages } = textPage(record, await glossary(), 'hans');
		expect(Object.keys(passages)).toEqual(record.passages.map((p) => p.id));
		expect(passages.p7).toEqual({ ...record.passages.find((p) => p.id === 'p7'), termMarkers: expect.any(Map) });
	});
});
