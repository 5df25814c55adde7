import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { buildEdition, buildEditions } from '../../../src/lib/edition/buildEdition.ts';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { editionRecordSchema, type EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { pid } from '../support/ids.ts';
import { refusalOf } from '../support/refusal.ts';
import { injectionText, loadBundledCorpus, loadSeed, poem, poemHant, proseOnly, recordOfSeed, seedBytes, seedFile, seedFiles, smallArticle, utf8 } from '../support/corpus.ts';
import metadata from './cases/metadata.json' with { type: 'json' };

const fields = ['title', 'author', 'date', 'outlet', 'editor', 'script', 'metadataFrom'] as const;

describe('buildEdition', () => {
	test.each(metadata)('derives the metadata of $id', async (expected) => {
		const record = buildEdition(await loadSeed(seedFile(expected.id.slice(-3))));
		// Every case pins every field: a field left out would go unchecked without anyone noticing.
		expect(Object.keys(expected).sort()).toEqual(['id', ...fields].sort());
		for (const field of fields) expect(record[field], field).toEqual(expected[field]);
	});

	test('takes the title of seed 001 from its sidecar, which has no title line', async () => {
		const raw = await loadSeed(seedFile('001'));
		expect(raw.sidecar?.title).toBe('2022年劳模座谈会讲话素材');
		expect(buildEdition(raw).metadataFrom.title).toBe('sidecar');
		// Without the sidecar the title falls back to the file name: line 1 is the site's introduction.
		const bare = buildEdition({ ...raw, sidecar: undefined });
		expect(bare.title.hans).toBe('001_829f82963481a026');
		expect(bare.metadataFrom.title).toBe('file-name');
	});

	test('lets a sidecar override what the source says', async () => {
		const raw = await loadSeed(seedFile('003'));
		const record = buildEdition({ ...raw, sidecar: { outlet: '江蘇蘇訊網', date: '2020-05-29', sourceUrl: 'https://example.org/a' } });
		expect(record.outlet).toEqual({ hans: '江苏苏讯网', hant: '江蘇蘇訊網' });
		expect(record.date).toBe('2020-05-29');
		expect(record.sourceUrl).toBe('https://example.org/a');
		expect(record.metadataFrom).toMatchObject({ outlet: 'sidecar', date: 'sidecar', sourceUrl: 'sidecar', title: 'source' });
	});

	test('reads a poem with no page header: title and author from its first lines', () => {
		const record = buildEdition({ file: 'jingyesi.txt', bytes: utf8(poem) });
		expect(record).toMatchObject({
			slug: 'jingyesi',
			title: { hans: '静夜思', hant: '靜夜思' },
			author: { hans: '李白', hant: '李白' },
			date: null,
			outlet: null,
			editor: null,
			script: 'hans',
			metadataFrom: { title: 'source', author: 'source' },
		});
		expect(record.passages.flatMap((p) => (p.role === 'paragraph' ? [p.text.hans] : []))).toEqual([
			'床前明月光，',
			'疑是地上霜。',
			'举头望明月，',
			'低头思故乡。',
		]);
	});

	test('detects a traditional poem as traditional', () => {
		expect(buildEdition({ file: 'poem.txt', bytes: utf8(poemHant) })).toMatchObject({ script: 'hant', title: { hans: '静夜思', hant: '靜夜思' } });
	});

	test('takes the title from the file name when the first line is prose', () => {
		const record = buildEdition({ file: 'laodong_guangrong.txt', bytes: utf8(proseOnly) });
		expect(record.title).toEqual({ hans: 'laodong_guangrong', hant: 'laodong_guangrong' });
		expect(record.metadataFrom).toEqual({ title: 'file-name' });
		expect(record.counts.paragraphs).toBe(2);
	});

	test('records the provenance of a GBK source', () => {
		const bytes = iconv.encode(smallArticle, 'gbk');
		const record = buildEdition({ file: 'gbk.txt', bytes });
		expect(record.source).toEqual({
			file: 'gbk.txt',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			encoding: 'gb18030',
			bom: false,
			bytes: bytes.length,
			lines: 7,
		});
		expect(record.title.hans).toBe('劳动光荣');
	});

	test.each([...seedFiles])('records the sha256 and size of %s', async (file) => {
		const bytes = seedBytes(file);
		const record = buildEdition(await loadSeed(file));
		expect(record.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(record.source.bytes).toBe(bytes.length);
		expect(record.slug).toBe(textName(file));
	});


	test.each([...seedFiles])('builds a record of %s that its schema accepts', async (file) => {
		const record = await recordOfSeed(file);
		expect(editionRecordSchema.safeParse(record).error).toBeUndefined();
	});

	test('builds records of a poem, a GBK article, plain prose and a hostile text that the schema accepts', () => {
		for (const source of [
			{ file: 'poem.txt', bytes: utf8(poem) },
			{ file: 'gbk.txt', bytes: iconv.encode(smallArticle, 'gbk') },
			{ file: 'prose.txt', bytes: utf8(proseOnly) },
			{ file: 'hostile.txt', bytes: utf8(injectionText) },
		]) {
			expect(editionRecordSchema.safeParse(buildEdition(source)).error, source.file).toBeUndefined();
		}
	});

	test.each([...seedFiles])('gives every passage of %s its reading in the original script, and the same passages in the other', async (file) => {
		const raw = await loadSeed(file);
		const record = await recordOfSeed(file);
		const blocks = buildText(raw).blocks.flatMap((b) => (b.kind === 'passage' ? [b] : []));
		expect(record.passages.map((p) => [p.id, p.role, p.line])).toEqual(blocks.map((b) => [b.id, b.role, b.line]));
		record.passages.forEach((p, i) => {
			expect(p.text[record.script], p.id).toBe(readingText(blocks[i]));
			// Conversion keeps every passage's length here: the other script differs character by character.
			expect([...p.text.hans].length, p.id).toBe([...p.text.hant].length);
		});
	});

	test('reads a pinyin reading in brackets after a glossed character as text, in the passage text and its reading alike', () => {
		const source = { file: 'twice.txt', bytes: utf8(smallArticle.replace('幸福', '幸(xìng)(xìng)福')) };
		const p5 = buildEdition(source).passages.find((p) => p.id === 'p5')!;
		expect(p5.text.hans).toContain('幸(xìng)福');
		const block = buildText(source).blocks.find((b) => b.kind === 'passage' && b.id === 'p5')!;
		expect(block.kind === 'passage' && readingText(block)).toBe(p5.text.hans);
	});

	// Seeds 000 and 003 are the ones with corrections.
	test.each([seedFile('000'), seedFile('003')])('gives each correction %s shows its reading in each script as the text shows it there', async (file) => {
		const record = await recordOfSeed(file);
		const shown = (nodes: EditionRecord['passages'][number]['nodes']['hans']): [string, string][] =>
			nodes.flatMap((n) => (n.kind === 'emendation' ? [[n.id, n.text] as [string, string]] : n.kind === 'annotation' ? shown(n.nodes) : []));
		for (const script of ['hans', 'hant'] as const) {
			const texts = new Map(record.passages.flatMap((p) => shown(p.nodes[script])));
			const shownCorrections = record.notes.filter((note) => note.kind === 'emendation' && texts.has(note.id));
			expect(shownCorrections.length).toBeGreaterThan(0);
			for (const note of shownCorrections) if (note.kind === 'emendation') expect(note.reading[script], note.id).toBe(texts.get(note.id));
		}
	});

	/** An editor's entry on passage p5 of the small article. */
	const entry = (source: string, reading: string) => ({ text: 'a', passage: pid('p5'), source, reading, reason: 'A test.', note: 'Test.', confidence: 'low' as const });

	test('makes a later editorial emendation over an earlier one, which then follows it and shows no marker', () => {
		const record = buildEdition({ file: 'a.txt', bytes: utf8(smallArticle), editorial: [entry('劳动是', '劳作是'), entry('劳作是一切', '劳动乃一切')] });
		const [later, earlier] = record.notes;
		expect([later, earlier].map((n) => n.kind === 'emendation' && [n.source, n.before])).toEqual([
			['劳动是一切', '劳作是一切'],
			['劳动是', '劳动是'],
		]);
		expect(earlier).toMatchObject({ absorbedBy: later.id });
		expect(later.kind === 'emendation' && later.note).toBe('Test. (This correction takes in an earlier editorial correction of “劳动是” to “劳作是”.)');
		expect(record.passages.find((p) => p.id === 'p5')!.text.hans).toMatch(/^劳动乃一切幸福/);
	});

	test('orders a chain of corrections made over each other from the one the text shows down to the automatic repair', () => {
		const bytes = utf8(smallArticle.replace('劳动是', '?ldquo;劳动是'));
		const record = buildEdition({ file: 'a.txt', bytes, editorial: [entry('“劳动', '“勞動'), entry('“勞動是', '“劳动乃')] });
		expect(record.notes.map((n) => n.kind === 'emendation' && [n.method, n.before])).toEqual([
			['editorial', '“勞動是'],
			['editorial', '“劳动'],
			['html-entity', '?ldquo;'],
		]);
		const [last, middle, first] = record.notes;
		expect([middle, first]).toMatchObject([{ absorbedBy: last.id }, { absorbedBy: middle.id }]);
	});

	test('refuses two editorial entries that would share an id, naming the text', () => {
		// The first leaves the words as they were, so the second finds them again.
		const error = refusalOf(() => buildEdition({ file: 'a.txt', bytes: utf8(smallArticle), editorial: [entry('劳动是', '劳动是'), entry('劳动是', '劳作是')] }));
		expect(error.file).toBe('a.txt');
		expect(error.reason).toMatch(/^two notes would share the id p5-e-/);
	});

	test('marks the forms of a traditional-script original in its own view only, with the text’s words unchanged', async () => {
		const record = buildEdition(await loadSeed(seedFile('003')));
		const forms = record.notes.filter((n) => n.kind === 'form');
		// What the issue lists for 003: 干 for 幹 (the bundled decisions confirm them), 寄托, 什么 (and 陜, which the editor adds).
		expect(forms.map((n) => n.form)).toEqual(expect.arrayContaining(['干', '托', '么', '陜']));
		for (const passage of record.passages) {
			expect(JSON.stringify(passage.nodes.hans)).not.toContain('"form"');
			expect(passage.text.hant).toBe(passage.nodes.hant.map((n) => ('text' in n ? n.text : n.kind === 'gloss' ? n.base : n.kind === 'redaction' ? n.source : '')).join(''));
		}
		expect(buildEdition(await loadSeed(seedFile('002'))).notes.filter((n) => n.kind === 'form')).toEqual([]);
	});

	test('refuses a decision on the original’s forms that matches none, naming the decisions file', async () => {
		const raw = await loadSeed(seedFile('003'));
		const error = refusalOf(() => buildEdition({ ...raw, forms: [...(raw.forms ?? []), { text: '003_b7a5152ad6829bcd', form: '後', decision: 'confirm' }] }));
		expect(error.file).toBe('original-forms.yaml');
		expect(error.reason).toContain('any passage: 後 (confirm)');
		const simplified = refusalOf(() => buildEdition({ file: 'a.txt', bytes: utf8(smallArticle), forms: [{ text: 'a', form: '干', decision: 'dismiss' }] }));
		expect(simplified.reason).toContain('only a traditional-script original has its forms marked');
	});

	test('numbers the paragraphs 1, 2, 3… and nothing else', async () => {
		const record = await recordOfSeed(seedFile('004'));
		expect(record.passages.map((p) => [p.role, p.n])).toEqual([
			['title', null],
			['dateline', null],
			['heading', null],
			['paragraph', 1],
			['paragraph', 2],
			['heading', null],
			['paragraph', 3],
			['paragraph', 4],
			['heading', null],
			['paragraph', 5],
			['heading', null],
			['paragraph', 6],
			['paragraph', 7],
		]);
	});

	test('orders the notes of seed 000 as a reader meets their markers, each automatic repair after the emendation made over it', async () => {
		const record = await recordOfSeed(seedFile('000'));
		// The original's forms stand among them, passage by passage, as their markers do.
		const lines = record.notes.map((n) => Number(n.passage.slice(1)));
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
		// The glossary's terms found in the text are left aside here: their order is tested with `findTerms`.
		const listed = record.notes.filter((n) => n.kind !== 'form' && !(n.kind === 'term' && n.automatic));
		expect(listed.map((n) => [n.kind, n.passage, n.kind === 'emendation' ? n.method : ''])).toEqual([
			['term', 'p8', ''],
			['emendation', 'p10', 'editorial'],
			['emendation', 'p10', 'gb18030-realignment'],
			['emendation', 'p12', 'editorial'],
			['emendation', 'p12', 'gb18030-realignment'],
			['note', 'p14', ''],
			['emendation', 'p16', 'editorial'],
			['emendation', 'p16', 'gb18030-realignment'],
		]);
		const [, editorial, automatic] = listed;
		expect(automatic).toMatchObject({ absorbedBy: editorial.id });
		expect(editorial).toMatchObject({ reading: { hans: '劳模“围绕', hant: '勞模“圍繞' } });
	});

	test('lists the ten ** placeholders of seed 001 as redaction notes', async () => {
		const redactions = (await recordOfSeed(seedFile('001'))).notes.filter((n) => n.kind === 'redaction');
		expect(redactions).toHaveLength(10);
		expect(new Set(redactions.map((r) => r.id)).size).toBe(10);
		expect(redactions.every((r) => r.kind === 'redaction' && r.source === '**')).toBe(true);
		expect(redactions[0].passage).toBe('p3');
	});

	test('reads a placeholder as the source writes it in the passage text, in both scripts', async () => {
		const record = await recordOfSeed(seedFile('001'));
		const p3 = record.passages.find((p) => p.id === 'p3')!;
		expect(p3.text.hans).toContain('**');
		expect(p3.text.hant).toContain('**');
	});

	test.each([...seedFiles])('attaches every bundled annotation of %s', async (file) => {
		const { annotationsByText } = await loadBundledCorpus();
		const record = await recordOfSeed(file);
		const listed = (annotationsByText.get(textName(file)) ?? []).filter(({ entry }) => entry.kind !== 'not-term');
		expect(record.notes.filter((n) => (n.kind === 'term' && !n.automatic) || n.kind === 'note')).toHaveLength(listed.length);
	});

	test('refuses an annotation that does not fit, naming the source file', () => {
		const source = { file: 'x.txt', bytes: utf8('标题\n\n劳动是一切幸福的源泉，我们要大力弘扬劳模精神、劳动精神、工匠精神。\n') };
		const annotation = { file: 'annotations/notes.yaml', entry: { kind: 'note' as const, text: 'x', passage: pid('p3'), quote: '不在这里', occurrence: 1, en: 'n' } };
		const error = refusalOf(() => buildEdition(source, [annotation]));
		expect(error.file).toBe('x.txt');
		expect(error.reason).toBe('annotations that do not fit:\n  annotations/notes.yaml: note on x p3 “不在这里”: the words are not in the passage');
	});

	test('builds the same record, byte for byte, from the same source twice', async () => {
		const raw = await loadSeed(seedFile('003'));
		const first = JSON.stringify(buildEdition(raw));
		expect(JSON.stringify(buildEdition({ ...raw, bytes: Uint8Array.from(raw.bytes) }))).toBe(first);
	});
});

describe('buildEditions', () => {
	test('builds a batch in order, refusing a bad source without stopping the others', async () => {
		const outcomes = buildEditions([
			{ source: { file: 'a.txt', bytes: utf8(smallArticle) } },
			{ source: { file: 'empty.txt', bytes: new Uint8Array(0) } },
			{ source: await loadSeed(seedFile('004')) },
		]);
		expect(outcomes.map((o) => ('record' in o ? o.record.slug : o.refused.file))).toEqual(['a', 'empty.txt', '004_a943af7622d75274']);
		expect('refused' in outcomes[1] && outcomes[1].refused.reason).toMatch(/empty/);
	});

	test('builds each text of a batch as it builds it alone', async () => {
		const sources = await Promise.all(seedFiles.map((file) => loadSeed(file)));
		const together = buildEditions(sources.map((source) => ({ source })));
		sources.forEach((source, i) => expect(together[i]).toEqual({ record: buildEdition(source) }));
	});

	test('runs the steps in order through the step hook, once each for the batch', () => {
		const steps: string[] = [];
		buildEditions([{ source: { file: 'a.txt', bytes: utf8(smallArticle) } }], { step: (step, run) => (steps.push(step), run()) });
		expect(steps).toEqual(['read', 'annotate', 'convert', 'assemble']);
	});
});
