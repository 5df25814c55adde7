import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../scripts/lib/loadCorpus.ts';
import { seedFiles, smallArticle, sourcesDir } from '../support/corpus.ts';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'load-corpus-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const errorsOf = async () => loadCorpus(dir).errors.map((e) => [e.file, e.reason]);

describe('loadCorpus', () => {
	test('loads the five seeds in name order with their sidecar and emendations', async () => {
		const { sources, errors } = loadCorpus(sourcesDir);
		expect(errors).toEqual([]);
		expect(sources.map((s) => s.file)).toEqual([...seedFiles]);
		expect(sources[1].sidecar?.title).toBe('2022年劳模座谈会讲话素材');
		expect(sources.map((s) => s.editorial?.length)).toEqual([3, 0, 0, 4, 0]);
		expect(sources.flatMap((s) => (s.editorial ?? []).map((e) => `${e.text.slice(0, 3)} ${e.passage}`))).toEqual(['000 p10', '000 p12', '000 p16', '003 p9', '003 p11', '003 p13', '003 p13']);
		expect(sources.every((s) => s.emendationsFile === 'emendations.yaml')).toBe(true);
	});

	test('names a folder with no .txt source', async () => {
		await writeFile(path.join(dir, 'readme.md'), '# notes\n');
		expect(await errorsOf()).toEqual([[dir, 'the corpus folder has no .txt sources']]);
	});

	test('names a folder it cannot read', async () => {
		const missing = path.join(dir, 'missing');
		const { errors } = loadCorpus(missing);
		expect(errors[0].file).toBe(missing);
		expect(errors[0].reason).toMatch(/cannot read the corpus folder/);
	});

	test('names a sidecar with an unknown field, and the field', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'a.meta.yaml'), 'title: 标题\nauthour: 王小明\n');
		const [[file, reason]] = await errorsOf();
		expect(file).toBe('a.meta.yaml');
		expect(reason).toMatch(/^invalid data:/);
		expect(reason).toMatch(/authour/);
	});

	test('names a sidecar whose source URL is not a web address, and the field', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'a.meta.yaml'), "sourceUrl: 'javascript:alert(13)'\n");
		expect(await errorsOf()).toEqual([['a.meta.yaml', 'invalid data:\n  sourceUrl: must be an http:// or https:// URL']]);
	});

	test('names a sidecar without a source', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'b.meta.yaml'), 'title: 标题\n');
		expect(await errorsOf()).toEqual([['b.meta.yaml', 'this sidecar has no matching .txt source']]);
	});

	test('names an emendations entry for a text that is not in the folder', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'emendations.yaml'), '- text: b\n  passage: p5\n  source: 幸福\n  reading: 幸福\n  reason: r\n  note: n\n');
		expect(await errorsOf()).toEqual([['emendations.yaml', 'an entry names the text b, which is not in the corpus']]);
	});

	test('names an emendations file that is not YAML', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'emendations.yaml'), '- text: [unclosed\n');
		const [[file, reason]] = await errorsOf();
		expect(file).toBe('emendations.yaml');
		expect(reason).toMatch(/cannot be read as YAML/);
	});

	test('reads an unquoted sidecar date as the date written, not as a timestamp', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'a.meta.yaml'), 'date: 2015-04-29\n');
		const { sources, errors } = loadCorpus(dir);
		expect(errors).toEqual([]);
		expect(sources[0].sidecar).toEqual({ date: '2015-04-29' });
	});

	test('names a YAML file with a key written twice, and where', async () => {
		await writeFile(path.join(dir, 'a.txt'), smallArticle);
		await writeFile(path.join(dir, 'a.meta.yaml'), 'title: 一\ntitle: 二\n');
		const [[file, reason]] = await errorsOf();
		expect(file).toBe('a.meta.yaml');
		expect(reason).toMatch(/cannot be read as YAML .*duplicated mapping key.*2:1/s);
	});

	test('names every unreadable file in name order', async () => {
		for (const name of ['c.txt', 'a.txt', 'b.txt']) await writeFile(path.join(dir, name), smallArticle);
		for (const name of ['c.meta.yaml', 'a.meta.yaml']) await writeFile(path.join(dir, name), 'title: [\n');
		expect((await errorsOf()).map(([file]) => file)).toEqual(['a.meta.yaml', 'c.meta.yaml']);
	});
});
