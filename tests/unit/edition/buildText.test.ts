import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { buildText, type RawSource } from '../../../src/lib/edition/buildText.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import { refusalOf } from '../support/refusal.ts';
import { stripGlosses } from '../../../src/lib/passages/pinyin.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { loadSeed, poem, poemHant, proseOnly, seedBytes, seedFile, seedFiles, seedLines, smallArticle, utf8 } from '../support/corpus.ts';
import metadata from './cases/metadata.json' with { type: 'json' };

/** Runs buildText and returns the SourceError it throws. */
const refusal = (raw: RawSource) => refusalOf(() => buildText(raw));

const fields = ['title', 'author', 'date', 'outlet', 'editor', 'script', 'metadataFrom'] as const;

describe('buildText', () => {
	test.each(metadata)('derives the metadata of $id', async (expected) => {
		const { frontmatter } = buildText(await loadSeed(seedFile(expected.id.slice(-3))));
		// Every case pins every field: a field left out would go unchecked without anyone noticing.
		expect(Object.keys(expected).sort()).toEqual(['id', ...fields].sort());
		for (const field of fields) expect(frontmatter[field], field).toEqual(expected[field]);
	});

	test('takes the title of seed 001 from its sidecar, which has no title line', async () => {
		const raw = await loadSeed(seedFile('001'));
		expect(raw.sidecar?.title).toBe('2022年劳模座谈会讲话素材');
		expect(buildText(raw).frontmatter.metadataFrom.title).toBe('sidecar');
		// Without the sidecar the title falls back to the file name: line 1 is the site's introduction.
		const bare = buildText({ ...raw, sidecar: undefined });
		expect(bare.frontmatter.title.hans).toBe('001_829f82963481a026');
		expect(bare.frontmatter.metadataFrom.title).toBe('file-name');
	});

	test('lets a sidecar override what the source says', async () => {
		const raw = await loadSeed(seedFile('003'));
		const { frontmatter } = buildText({ ...raw, sidecar: { outlet: '江蘇蘇訊網', date: '2020-05-29', sourceUrl: 'https://example.org/a' } });
		expect(frontmatter.outlet).toEqual({ hans: '江苏苏讯网', hant: '江蘇蘇訊網' });
		expect(frontmatter.date).toBe('2020-05-29');
		expect(frontmatter.sourceUrl).toBe('https://example.org/a');
		expect(frontmatter.metadataFrom).toMatchObject({ outlet: 'sidecar', date: 'sidecar', sourceUrl: 'sidecar', title: 'source' });
	});

	test('reads a poem with no page header: title and author from its first lines', () => {
		const { frontmatter, blocks } = buildText({ file: 'jingyesi.txt', bytes: utf8(poem) });
		expect(frontmatter).toMatchObject({
			slug: 'jingyesi',
			title: { hans: '静夜思', hant: '靜夜思' },
			author: { hans: '李白', hant: '李白' },
			date: null,
			outlet: null,
			editor: null,
			script: 'hans',
			metadataFrom: { title: 'source', author: 'source' },
		});
		expect(blocks.flatMap((b) => (b.kind === 'passage' && b.role === 'paragraph' ? [readingText(b)] : []))).toEqual([
			'床前明月光，',
			'疑是地上霜。',
			'举头望明月，',
			'低头思故乡。',
		]);
	});

	test('detects a traditional poem as traditional', () => {
		expect(buildText({ file: 'poem.txt', bytes: utf8(poemHant) }).frontmatter).toMatchObject({ script: 'hant', title: { hans: '静夜思', hant: '靜夜思' } });
	});

	test('takes the title from the file name when the first line is prose', () => {
		const { frontmatter } = buildText({ file: 'laodong_guangrong.txt', bytes: utf8(proseOnly) });
		expect(frontmatter.title).toEqual({ hans: 'laodong_guangrong', hant: 'laodong_guangrong' });
		expect(frontmatter.metadataFrom).toEqual({ title: 'file-name' });
		expect(frontmatter.counts.paragraphs).toBe(2);
	});

	test('records the provenance of a GBK source', () => {
		const bytes = iconv.encode(smallArticle, 'gbk');
		const { frontmatter } = buildText({ file: 'gbk.txt', bytes });
		expect(frontmatter.source).toEqual({
			file: 'gbk.txt',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			encoding: 'gb18030',
			bom: false,
			bytes: bytes.length,
			lines: 7,
		});
		expect(frontmatter.title.hans).toBe('劳动光荣');
	});

	test.each([...seedFiles])('records the sha256 and size of %s', async (file) => {
		const bytes = seedBytes(file);
		const { frontmatter } = buildText(await loadSeed(file));
		expect(frontmatter.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(frontmatter.source.bytes).toBe(bytes.length);
		expect(frontmatter.slug).toBe(textName(file));
	});

	test('lists the repairs of seed 000 in order: three automatic, then the three editorial ones over them', async () => {
		const { frontmatter, blocks } = buildText(await loadSeed(seedFile('000')));
		expect(frontmatter.emendations.map((e) => [e.id, e.passage, e.method, e.reading])).toEqual([
			['e1', 'p10', 'gb18030-realignment', '“圍繞'],
			['e2', 'p12', 'gb18030-realignment', '“愛崗敬業'],
			['e3', 'p16', 'gb18030-realignment', '“雷厲風'],
			['e4', 'p10', 'editorial', '勞模“圍繞'],
			['e5', 'p12', 'editorial', '勞模“愛崗敬業'],
			['e6', 'p16', 'editorial', '勞模“雷厲風'],
		]);
		// p12 then reads as the source line with its glosses taken out and the damaged span mended.
		const p12 = stripGlosses(seedLines(seedFile('000'))[11].trim()).replace('勞!皭蹗従礃I(yè)', '勞模“愛崗敬業');
		const block = blocks[11];
		expect(block.kind === 'passage' && readingText(block)).toBe(p12);
	});

	test('lists the repairs of seed 003: the broken entity, then the four editorial readings', async () => {
		const { frontmatter } = buildText(await loadSeed(seedFile('003')));
		expect(frontmatter.emendations.map((e) => [e.id, e.passage, e.method, e.source, e.reading])).toEqual([
			['e1', 'p13', 'html-entity', '?ldquo;', '“'],
			['e2', 'p9', 'editorial', '兼?zhèn)?', '兼備'],
			['e3', 'p11', 'editorial', '?qū)嵳嫘慕徽?', '實真心交談'],
			['e4', 'p13', 'editorial', '?shù)', '的'],
			['e5', 'p13', 'editorial', '?fù)?dān)', '擔'],
		]);
	});

	test('lists the ten ** placeholders of seed 001 as redactions', async () => {
		const { frontmatter } = buildText(await loadSeed(seedFile('001')));
		expect(frontmatter.redactions).toHaveLength(10);
		expect(frontmatter.redactions.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i + 1}`));
		expect(frontmatter.redactions.every((r) => r.source === '**')).toBe(true);
		expect(frontmatter.redactions[0].passage).toBe('p3');
	});

	test('keeps the indent and trailing white space of a passage apart from its segments', async () => {
		const { blocks } = buildText(await loadSeed(seedFile('000')));
		expect(blocks[7]).toMatchObject({ kind: 'passage', id: 'p8', line: 8, indent: '  ', trailing: '' });
		const built = buildText({ file: 'x.txt', bytes: utf8(`${smallArticle.trimEnd()}\u3000 \n`) });
		expect(built.blocks.at(-1)).toMatchObject({ kind: 'passage', indent: '', trailing: '\u3000 ' });
	});

	test('gives every passage the id of its source line', async () => {
		for (const file of seedFiles) {
			const { blocks } = buildText(await loadSeed(file));
			for (const block of blocks) if (block.kind === 'passage') expect(block.id).toBe(`p${block.line}`);
			expect(blocks.map((b) => b.line)).toEqual(blocks.map((_, i) => i + 1));
		}
	});

	test('refuses seed 003 without its emendations, listing every passage with uncovered damage', async () => {
		const raw = await loadSeed(seedFile('003'));
		const error = refusal({ ...raw, editorial: [] });
		expect(error.file).toBe('003_b7a5152ad6829bcd.txt');
		expect(error.reason).toMatch(/^damage not covered by an entry in emendations\.yaml/);
		expect(error.reason.match(/p\d+ \(line \d+\)/g)).toEqual(['p9 (line 9)', 'p11 (line 11)', 'p13 (line 13)', 'p13 (line 13)']);
		expect(error.reason).toContain('question-mark “?zhèn)?”');
	});

	test('refuses seed 000 without its emendations: each realignment leaves a lacuna', async () => {
		const raw = await loadSeed(seedFile('000'));
		const error = refusal({ ...raw, editorial: undefined, emendationsFile: undefined });
		expect(error.file).toBe('000_fc2dc3fa00e2669f.txt');
		expect(error.reason).toContain('the emendations file');
		expect(error.reason.match(/p\d+ \(line \d+\): lacuna/g)).toEqual(['p10 (line 10): lacuna', 'p12 (line 12): lacuna', 'p16 (line 16): lacuna']);
	});

	test('refuses a private-use character no emendation covers', () => {
		const error = refusal({ file: 'pua.txt', bytes: utf8(smallArticle.replace('幸福', '幸\ue000福')) });
		expect(error.file).toBe('pua.txt');
		expect(error.reason).toMatch(/p5 \(line 5\): private-use/);
	});

	test('refuses an emendations entry for a passage the text does not have, naming the emendations file', async () => {
		const raw = await loadSeed(seedFile('003'));
		const [first, ...rest] = raw.editorial ?? [];
		const error = refusal({ ...raw, editorial: [{ ...first, passage: 'p99' }, ...rest] });
		expect(error.file).toBe('emendations.yaml');
		expect(error.reason).toBe('entry for 003_b7a5152ad6829bcd p99 “兼?zhèn)?”: 003_b7a5152ad6829bcd.txt has no passage p99');
	});

	test('refuses an emendations entry for a line that is not a passage', async () => {
		const raw = await loadSeed(seedFile('003'));
		const error = refusal({ ...raw, editorial: [{ ...raw.editorial![0], passage: 'p16' }] });
		expect(error.file).toBe('emendations.yaml');
		expect(error.reason).toMatch(/has no passage p16$/);
	});

	test('refuses an emendations entry whose words are not in its passage, naming the emendations file', async () => {
		const raw = await loadSeed(seedFile('003'));
		const [first, ...rest] = raw.editorial ?? [];
		const error = refusal({ ...raw, editorial: [{ ...first, source: '兼?zhèn)?以德' }, ...rest] });
		expect(error.file).toBe('emendations.yaml');
		expect(error.reason).toMatch(/are not in passage p9$/);
	});

	test.each([
		['empty', new Uint8Array(0), /empty/],
		['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /binary/],
	])('passes on the decoder’s refusal of an %s file', (_, bytes, reason) => {
		const error = refusal({ file: 'bad.txt', bytes });
		expect(error.file).toBe('bad.txt');
		expect(error.reason).toMatch(reason);
	});
});
