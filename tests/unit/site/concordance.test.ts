import { describe, expect, test } from 'vitest';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { concordanceContext, termUses } from '../../../src/lib/edition/termUses.ts';
import { scriptSchema } from '../../../src/lib/script/scriptSchema.ts';
import { namedUses, textsByUses, textsCounted } from '../../../src/lib/site/concordance.ts';
import { loadBundledCorpus, recordOfSeed, seedFiles } from '../support/corpus.ts';

async function bundled() {
	const records: EditionRecord[] = await Promise.all(seedFiles.map((file) => recordOfSeed(file)));
	const glossary = publishGlossary((await loadBundledCorpus()).glossary.values(), records.map((record) => ({ summary: record, uses: termUses(record) })));
	return { records, ...glossary };
}

/** A record's uses of a term, counted from its notes. */
const usesIn = (record: EditionRecord, term: string) => record.notes.filter((n) => n.kind === 'term' && n.term === term).length;

describe('the published concordance', () => {
	test('counts each entry’s uses per text and per year as the records’ notes do', async () => {
		const { records, terms, concordances } = await bundled();
		expect([...concordances.values()].some(({ byYear }) => byYear.length > 1)).toBe(true);
		for (const term of terms) {
			const { byText, byYear, pages } = concordances.get(term.id)!;
			const perText = records.flatMap((r) => (usesIn(r, term.id) ? [[r.slug, usesIn(r, term.id)]] : []));
			expect(byText.map(({ text, uses }) => [text, uses]).sort(), term.id).toEqual(perText.sort());
			const perYear = new Map<string | null, number>();
			for (const r of records) if (usesIn(r, term.id)) perYear.set(r.date?.slice(0, 4) ?? null, (perYear.get(r.date?.slice(0, 4) ?? null) ?? 0) + usesIn(r, term.id));
			const years = [...perYear].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
			expect(byYear.map(({ year, uses }) => [year, uses]), term.id).toEqual(years);
			const total = records.reduce((n, r) => n + usesIn(r, term.id), 0);
			expect(pages.flat()).toHaveLength(total);
			expect([term.uses, term.texts], term.id).toEqual([total, perText.length]);
		}
	});
});

describe('an entry page', () => {
	const text = (slug: string) => ({ slug, title: { hans: slug, hant: slug }, date: null });

	test('names the text of each use, and refuses a use of a text the corpus does not have', async () => {
		const { records, concordances } = await bundled();
		const texts = new Map(records.map((r) => [r.slug, r]));
		const [page] = concordances.get('laomo-jingshen')!.pages;
		// 劳模精神 is used in three of the five texts: each use is named by the record whose notes make it.
		const named = namedUses('laomo-jingshen', page, texts);
		expect(new Set(named.map((use) => use.source.slug)).size).toBe(3);
		for (const use of named) expect(texts.get(use.source.slug)!.notes.some((n) => n.id === use.note && n.kind === 'term' && n.term === 'laomo-jingshen'), use.note).toBe(true);
		expect(() => namedUses('laomo-jingshen', page, new Map())).toThrow(`the glossary entry laomo-jingshen names the text ${page[0].text}`);
	});

	test(`lists the ${textsCounted} texts with the most uses, most first, and says how many more there are`, () => {
		const slugs = Array.from({ length: textsCounted + 3 }, (_, i) => `t${i}`);
		const byText = slugs.map((slug, i) => ({ text: slug, uses: (i % 7) + 1 }));
		const { rows, others } = textsByUses('x', byText, new Map(slugs.map((slug) => [slug, text(slug)])));
		expect(rows).toHaveLength(textsCounted);
		expect(others).toBe(3);
		const counts = rows.map((row) => row.uses);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		// Among texts with as many uses, catalogue order (the order of byText) stands.
		// Every text with the most uses (7) is listed, in catalogue order (the order of byText).
		expect(rows.filter((row) => row.uses === 7).map((row) => row.text.slug)).toEqual(byText.filter((t) => t.uses === 7).map((t) => t.text));
		expect(textsByUses('x', byText.slice(0, 2), new Map(slugs.map((slug) => [slug, text(slug)])))).toEqual({ rows: [byText[1], byText[0]].map(({ text: slug, uses }) => ({ text: text(slug), uses })), others: 0 });
	});
});

describe('termUses', () => {
	test('tells apart two uses of the same words in one passage: each starts where its own words do', async () => {
		const { records } = await bundled();
		const repeated = records.flatMap((record) => {
			const uses = termUses(record);
			return uses.filter((use, i) => uses.findIndex((other) => other.passage === use.passage && other.line.hans.words === use.line.hans.words) < i);
		});
		expect(repeated.length, 'a passage of the bundled corpus that uses a term twice').toBeGreaterThan(0);
		for (const record of records) {
			const uses = termUses(record);
			for (const script of scriptSchema.options) {
				for (const place of new Set(uses.map((use) => `${use.passage} ${use.term}`))) {
					const starts = uses.filter((use) => `${use.passage} ${use.term}` === place).map((use) => use.line[script].at);
					// A term's uses in a passage: in reading order, and never two at one place.
					expect(starts, `${record.slug} ${place} ${script}`).toEqual([...starts].sort((a, b) => a - b));
					expect(new Set(starts).size).toBe(starts.length);
				}
			}
		}
	});

	test('gives each use the words as the text writes them, where they start, and up to 16 characters of its passage on each side, in both scripts', async () => {
		const { records } = await bundled();
		for (const record of records) {
			const uses = termUses(record);
			expect(uses).toHaveLength(record.notes.filter((n) => n.kind === 'term').length);
			for (const use of uses) {
				const note = record.notes.find((n) => n.id === use.note)!;
				const passage = record.passages.find((p) => p.id === use.passage)!;
				if (note.kind === 'term' && note.automatic) expect(use.line[record.script].words).toBe(note.quote);
				for (const script of scriptSchema.options) {
					const { before, words, after, at: start } = use.line[script];
					expect(before.length).toBeLessThanOrEqual(concordanceContext);
					expect(after.length).toBeLessThanOrEqual(concordanceContext);
					// Passages with a redaction read `**` in the record and 〔略〕 on the page.
					if (!passage.text[script].includes('**')) {
						const at = passage.text[script].indexOf(before + words + after);
						expect(at, `${record.slug} ${use.note} ${script}`).toBeGreaterThanOrEqual(0);
						if (before.length < concordanceContext) expect(at).toBe(0);
						if (after.length < concordanceContext) expect(at + before.length + words.length + after.length).toBe(passage.text[script].length);
						// Where this use's words start in the passage.
						expect(passage.text[script].slice(start, start + words.length)).toBe(words);
					}
				}
			}
		}
	});
});
