import { describe, expect, test } from 'vitest';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { concordanceContext, termUses } from '../../../src/lib/edition/termUses.ts';
import { scriptSchema } from '../../../src/lib/script/scriptSchema.ts';
import { concordance } from '../../../src/lib/site/concordance.ts';
import { loadBundledCorpus, recordOfSeed, seedFiles } from '../support/corpus.ts';

async function bundled() {
	const records: EditionRecord[] = await Promise.all(seedFiles.map((file) => recordOfSeed(file)));
	const glossary = publishGlossary((await loadBundledCorpus()).glossary.values(), records.map((record) => ({ summary: record, uses: termUses(record) })));
	return { records, glossary };
}

/** A record's uses of a term, counted from its notes. */
const usesIn = (record: EditionRecord, term: string) => record.notes.filter((n) => n.kind === 'term' && n.term === term).length;

describe('concordance', () => {
	test('counts each entry’s uses per text and per year as the records’ notes do', async () => {
		const { records, glossary } = await bundled();
		expect(glossary.some((term) => new Set(term.uses.map((u) => records.find((r) => r.slug === u.text)!.date?.slice(0, 4))).size > 1)).toBe(true);
		for (const term of glossary) {
			const { lines, byText, byYear } = concordance(term, records);
			const perText = records.flatMap((r) => (usesIn(r, term.id) ? [[r.slug, usesIn(r, term.id)]] : []));
			expect(byText.map(({ text, uses }) => [text.slug, uses]).sort(), term.id).toEqual(perText.sort());
			const perYear = new Map<string | null, number>();
			for (const r of records) if (usesIn(r, term.id)) perYear.set(r.date?.slice(0, 4) ?? null, (perYear.get(r.date?.slice(0, 4) ?? null) ?? 0) + usesIn(r, term.id));
			const years = [...perYear].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
			expect(byYear.map(({ year, uses }) => [year, uses]), term.id).toEqual(years);
			expect(lines).toHaveLength(records.reduce((n, r) => n + usesIn(r, term.id), 0));
		}
	});

	test('refuses a use of a text the corpus does not have', async () => {
		const { glossary } = await bundled();
		const used = glossary.find((term) => term.uses.length)!;
		expect(() => concordance(used, [])).toThrow(`the glossary entry ${used.id} names the text ${used.uses[0].text}`);
	});
});

describe('termUses', () => {
	test('gives each use the words as the text writes them and up to 16 characters of its passage on each side, in both scripts', async () => {
		const { records } = await bundled();
		for (const record of records) {
			const uses = termUses(record);
			expect(uses).toHaveLength(record.notes.filter((n) => n.kind === 'term').length);
			for (const use of uses) {
				const note = record.notes.find((n) => n.id === use.note)!;
				const passage = record.passages.find((p) => p.id === use.passage)!;
				if (note.kind === 'term' && note.automatic) expect(use.line[record.script].words).toBe(note.quote);
				for (const script of scriptSchema.options) {
					const { before, words, after } = use.line[script];
					expect(before.length).toBeLessThanOrEqual(concordanceContext);
					expect(after.length).toBeLessThanOrEqual(concordanceContext);
					// Passages with a redaction read `**` in the record and 〔略〕 on the page.
					if (!passage.text[script].includes('**')) {
						const at = passage.text[script].indexOf(before + words + after);
						expect(at, `${record.slug} ${use.note} ${script}`).toBeGreaterThanOrEqual(0);
						if (before.length < concordanceContext) expect(at).toBe(0);
						if (after.length < concordanceContext) expect(at + before.length + words.length + after.length).toBe(passage.text[script].length);
					}
				}
			}
		}
	});
});
