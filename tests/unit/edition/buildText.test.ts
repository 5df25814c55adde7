import { describe, expect, test } from 'vitest';
import { buildText, type RawSource } from '../../../src/lib/edition/buildText.ts';
import { readingText } from '../../../src/lib/passages/readingText.ts';
import { refusalOf } from '../support/refusal.ts';
import { stripGlosses } from '../../../src/lib/passages/pinyin.ts';
import { loadSeed, seedFile, seedFiles, seedLines, smallArticle, utf8 } from '../support/corpus.ts';
import { pid } from '../support/ids.ts';

/** Runs buildText and returns the SourceError it throws. */
const refusal = (raw: RawSource) => refusalOf(() => buildText(raw));

describe('buildText', () => {
	test('lists the repairs of seed 000 in order: three automatic, then the three editorial ones over them', async () => {
		const { emendations, blocks } = buildText(await loadSeed(seedFile('000')));
		expect(emendations.map((e) => [e.passage, e.method, e.reading])).toEqual([
			['p10', 'gb18030-realignment', '“圍繞'],
			['p12', 'gb18030-realignment', '“愛崗敬業'],
			['p16', 'gb18030-realignment', '“雷厲風'],
			['p10', 'editorial', '勞模“圍繞'],
			['p12', 'editorial', '勞模“愛崗敬業'],
			['p16', 'editorial', '勞模“雷厲風'],
		]);
		// Each editorial emendation is made over the automatic repair in its passage.
		expect(emendations.map((e) => e.absorbedBy)).toEqual([emendations[3].id, emendations[4].id, emendations[5].id, null, null, null]);
		// p12 then reads as the source line with its glosses taken out and the damaged span mended.
		const p12 = stripGlosses(seedLines(seedFile('000'))[11].trim()).replace('勞!皭蹗従礃I(yè)', '勞模“愛崗敬業');
		const block = blocks[11];
		expect(block.kind === 'passage' && readingText(block)).toBe(p12);
	});

	test('lists the repairs of seed 003: the broken entity, then the four editorial readings', async () => {
		const { emendations } = buildText(await loadSeed(seedFile('003')));
		expect(emendations.map((e) => [e.passage, e.method, e.source, e.reading, e.absorbedBy])).toEqual([
			['p13', 'html-entity', '?ldquo;', '“', null],
			['p9', 'editorial', '兼?zhèn)?', '兼備', null],
			['p11', 'editorial', '?qū)嵳嫘慕徽?', '實真心交談', null],
			['p13', 'editorial', '?shù)', '的', null],
			['p13', 'editorial', '?fù)?dān)', '擔', null],
		]);
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
		const error = refusal({ ...raw, editorial: [{ ...first, passage: pid('p99') }, ...rest] });
		expect(error.file).toBe('emendations.yaml');
		expect(error.reason).toBe('entry for 003_b7a5152ad6829bcd p99 “兼?zhèn)?”: 003_b7a5152ad6829bcd.txt has no passage p99');
	});

	test('refuses an emendations entry for a line that is not a passage', async () => {
		const raw = await loadSeed(seedFile('003'));
		const error = refusal({ ...raw, editorial: [{ ...raw.editorial![0], passage: pid('p16') }] });
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
