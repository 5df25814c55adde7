import { describe, expect, test } from 'vitest';
import { webAnnotations } from '../../../src/lib/annotations/webAnnotations.ts';
import { annotationCollectionSchema, type AnnotationCollection } from '../../../src/lib/annotations/webAnnotationSchema.ts';
import { publishGlossary } from '../../../src/lib/edition/publishGlossary.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { scriptSchema, type Script } from '../../../src/lib/script/scriptSchema.ts';
import { loadBundledCorpus, recordOfSeed, seedFile, seedFiles } from '../support/corpus.ts';

const site = 'https://example.org/corpus/';
const urls = (slug: string) => ({
	collection: `${site}data/texts/${slug}.annotations.jsonld`,
	page: (script: Script) => `${site}${script}/texts/${slug}/`,
	term: (id: string, script: Script) => `${site}${script}/glossary/${id}/`,
});

async function annotationsOf(file: string): Promise<{ record: EditionRecord; collection: AnnotationCollection }> {
	const record = await recordOfSeed(file);
	const glossary = new Map(publishGlossary((await loadBundledCorpus()).glossary.values(), []).terms.map((term) => [term.id, term]));
	return { record, collection: webAnnotations(record, glossary, urls(record.slug)) };
}

/** A passage's text as its page shows it: a redaction as its label. */
const shownText = (record: EditionRecord, passage: string, script: Script) => record.passages.find((p) => p.id === passage)!.text[script].replaceAll('**', '〔略〕');

describe('webAnnotations', () => {
	test.each([...seedFiles])('gives every note of %s with words on the page an annotation with the model’s required fields', async (file) => {
		const { record, collection } = await annotationsOf(file);
		expect(() => annotationCollectionSchema.parse(JSON.parse(JSON.stringify(collection)))).not.toThrow();
		const expected = record.notes.filter((n) => n.kind === 'term' || n.kind === 'note' || n.kind === 'form' || (n.kind === 'emendation' && n.absorbedBy === null));
		expect(collection.first.items.map((a) => a.id)).toEqual(expected.map((n) => `${urls(record.slug).collection}#${n.id}`));
	});

	test.each([...seedFiles])('selects in %s the words each note is on, in the page of each script, by quote and by passage', async (file) => {
		const { record, collection } = await annotationsOf(file);
		for (const annotation of collection.first.items) {
			const note = record.notes.find((n) => annotation.id.endsWith(`#${n.id}`))!;
			for (const target of annotation.target) {
				const script = scriptSchema.options.find((s) => target.source === urls(record.slug).page(s))!;
				expect(script, target.source).toBeDefined();
				const [quote, fragment] = target.selector;
				expect(fragment).toEqual({ type: 'FragmentSelector', value: note.passage, conformsTo: 'http://tools.ietf.org/rfc/rfc3986', refinedBy: quote });
				if (quote.type !== 'TextQuoteSelector') throw new Error('the first selector quotes the words');
				expect(shownText(record, note.passage, script)).toContain(`${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`);
				if (note.kind === 'term' && note.automatic && script === record.script) expect(quote.exact).toBe(note.quote);
				if (note.kind === 'emendation') expect(quote.exact).toBe(note.reading[script]);
			}
		}
	});

	test('points a marked form at the original’s page only, and a term at its glossary entry in both scripts', async () => {
		const { record, collection } = await annotationsOf(seedFile('003'));
		const form = record.notes.find((n) => n.kind === 'form')!;
		const formAnnotation = collection.first.items.find((a) => a.id.endsWith(`#${form.id}`))!;
		expect(formAnnotation.target.map((t) => t.source)).toEqual([urls(record.slug).page('hant')]);
		expect(formAnnotation.body).toContainEqual(expect.objectContaining({ language: 'zh-Hant', value: `原文作“${form.kind === 'form' && form.form}”，規範繁體字作“${form.kind === 'form' && form.standard}”。` }));
		const term = collection.first.items.find((a) => a.motivation === 'identifying')!;
		// A body's purpose is stated through a Specific Resource whose source is the entry's page (model §4.1).
		expect(term.body.filter((b) => b.type === 'SpecificResource')).toEqual(
			scriptSchema.options.map((s) => ({ type: 'SpecificResource', purpose: 'identifying', source: { id: expect.stringMatching(new RegExp(`^${site}${s}/glossary/[a-z0-9-]+/$`)), type: 'Text', format: 'text/html', language: s === 'hans' ? 'zh-Hans' : 'zh-Hant' } })),
		);
	});

	test('tags every use of a term with the term, and glosses it at its first use in the text only', async () => {
		const { record, collection } = await annotationsOf(seedFile('001'));
		const { glossary } = await loadBundledCorpus();
		const uses = Map.groupBy(
			record.notes.flatMap((n) => (n.kind === 'term' ? [n] : [])),
			(n) => n.term,
		);
		const repeated = [...uses].find(([, notes]) => notes.length > 1)!;
		const [term, [first, ...later]] = repeated;
		const entry = glossary.get(term)!;
		const bodyOf = (id: string) => collection.first.items.find((a) => a.id.endsWith(`#${id}`))!.body.flatMap((b) => (b.type === 'TextualBody' ? [[b.purpose, b.language, b.value]] : []));
		const tags = [['tagging', 'zh-Hans', entry.hans], ['tagging', 'zh-Hant', entry.hant]];
		expect(bodyOf(first.id)).toEqual([...tags, ['describing', 'zh-Hans', entry.zh], ['describing', 'zh-Hant', expect.any(String)], ['describing', 'en', entry.en]]);
		for (const use of later) expect(bodyOf(use.id)).toEqual(tags);
	});

	test('gives a correction its reason and note in Chinese and as written, and quotes the source as it stands in both scripts', async () => {
		const { record, collection } = await annotationsOf(seedFile('000'));
		const correction = record.notes.find((n) => n.kind === 'emendation' && n.method === 'editorial' && n.passage === 'p16')!;
		if (correction.kind !== 'emendation' || !correction.zh) throw new Error('000 p16 has an editorial correction written in Chinese');
		const { body } = collection.first.items.find((a) => a.id.endsWith(`#${correction.id}`))!;
		const values = body.flatMap((b) => (b.type === 'TextualBody' ? [[b.language, b.value]] : []));
		expect(values).toEqual(expect.arrayContaining([['zh-Hant', correction.zh.reason.hant], ['zh-Hans', correction.zh.note.hans], ['en', correction.reason], ['en', correction.note]]));
		// The repair it takes in is quoted as the source has it, in the traditional note too.
		const absorbed = record.notes.find((n) => n.kind === 'emendation' && n.absorbedBy === correction.id)!;
		expect(correction.zh.note.hant).toContain(`“${absorbed.kind === 'emendation' && absorbed.source}”`);
	});

	test('gives a private-use character that a note quotes by its code point, as the page does', async () => {
		const { record, collection } = await annotationsOf(seedFile('000'));
		const privateUse = /[\uE000-\uF8FF]/u;
		const repair = record.notes.find((n) => n.kind === 'emendation' && privateUse.test(n.source));
		if (repair?.kind !== 'emendation') throw new Error('000 has a repair whose source reading holds a private-use character');
		const codePoint = `U+${repair.source.match(privateUse)![0].codePointAt(0)!.toString(16).toUpperCase()}`;
		const values = collection.first.items.flatMap((a) => a.body.flatMap((b) => (b.type === 'TextualBody' ? [b.value] : [])));
		expect(values.filter((v) => privateUse.test(v))).toEqual([]);
		// Quoted by the repair's own note, and by the correction that takes the repair in, in Chinese and in English.
		expect(values.filter((v) => v.includes(codePoint)).length).toBeGreaterThan(2);
	});
});

describe('annotationCollectionSchema', () => {
	test('refuses an annotation without a target, a quote without its words and a page that miscounts its items', async () => {
		const { collection } = await annotationsOf(seedFile('000'));
		const [first] = collection.first.items;
		const withItems = (items: unknown[]) => ({ ...collection, total: items.length, first: { ...collection.first, items } });
		expect(annotationCollectionSchema.safeParse(withItems([{ ...first, target: [] }])).success).toBe(false);
		expect(annotationCollectionSchema.safeParse(withItems([{ ...first, target: [{ ...first.target[0], selector: [{ type: 'TextQuoteSelector', exact: '' }] }] }])).success).toBe(false);
		expect(annotationCollectionSchema.safeParse({ ...collection, total: collection.total + 1 }).success).toBe(false);
		expect(annotationCollectionSchema.safeParse(withItems([{ ...first, type: 'Note' }])).success).toBe(false);
	});
});
