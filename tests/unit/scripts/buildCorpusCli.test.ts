/**
 * scripts/build-corpus.ts as a user runs it: a child process on Node from node_modules, with
 * CORPUS_DIR and TEXTS_DIR pointing at temporary folders (never at src/content/texts). A bad corpus
 * must fail naming every bad file and the reason, and leave TEXTS_DIR exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { conversionFile, glossaryFile, recordJson, redirectsFile, siteSettingsFile, summariesFile } from '../../../src/lib/edition/outputFiles.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { poem, recordOfSeed, renderSeed, root, seedFiles, smallArticle, smallArticleHant, sourcesDir } from '../support/corpus.ts';
import { cliWorkspace, node } from '../support/cli.ts';
import { splitFrontmatter } from '../support/mdx.ts';

const { setUp, runCli, expectUntouched, dir: workDir } = cliWorkspace('build-corpus-cli-');

/** Every file under a folder, by its path in it, sorted. */
const filesIn = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => path.relative(dir, path.join(f.parentPath, f.name))).sort();

/** Expects two folders to hold the same files, byte for byte; returns the files' paths. */
async function expectSameFiles(a: string, b: string): Promise<string[]> {
	const names = await filesIn(a);
	expect(await filesIn(b)).toEqual(names);
	for (const name of names) {
		const [x, y] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))]);
		expect(x.equals(y), name).toBe(true);
	}
	return names;
}

const good = { 'good.txt': smallArticle };
const emendationFor = (text: string) => `- text: ${text}\n  passage: p5\n  source: 幸福\n  reading: 幸福\n  reason: A test entry.\n  note: A test entry.\n`;

/** One bad input per case, beside a good text, so that a partial write would show. */
const badInputs: { name: string; files: Record<string, string | Uint8Array>; file: string; reason: string }[] = [
	{ name: 'an empty .txt', files: { ...good, 'empty.txt': '' }, file: 'empty.txt', reason: 'the file is empty (0 bytes)' },
	{ name: 'a binary .txt', files: { ...good, 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, file: 'image.txt', reason: 'the file is binary' },
	{
		name: 'a .txt in an unsupported encoding',
		files: { ...good, 'japanese.txt': iconv.encode('吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n', 'shift_jis') },
		file: 'japanese.txt',
		reason: 'the encoding is not UTF-8, GB18030/GBK or Big5 (detected: Shift_JIS)',
	},
	{ name: 'a sidecar with an unknown field', files: { ...good, 'good.meta.yaml': 'title: 劳动光荣\nauthour: 王小明\n' }, file: 'good.meta.yaml', reason: 'invalid data' },
	{ name: 'an emendations entry for a text that does not exist', files: { ...good, 'emendations.yaml': emendationFor('missing') }, file: 'emendations.yaml', reason: 'an entry names the text missing, which is not in the corpus' },
	{ name: 'a folder with no .txt', files: { 'readme.md': '# notes\n' }, file: 'corpus', reason: 'the corpus folder has no .txt sources' },
];

describe('build-corpus CLI', () => {
	test.each(badInputs)('fails on $name, naming the file and the reason, and writes nothing', async ({ name, files, file, reason }) => {
		const { corpus, texts } = await setUp(name.replace(/\W+/g, '-'), files);
		const { status, stderr } = runCli(corpus, texts);
		expect(status).not.toBe(0);
		expect(stderr).toContain('nothing was written');
		const named = file === 'corpus' ? corpus : file;
		expect(stderr).toContain(`✗ ${named}: ${reason}`);
		if (file === 'good.meta.yaml') expect(stderr).toContain('authour');
		await expectUntouched(texts);
	});

	test('names every bad file of a folder with several', async () => {
		const { corpus, texts } = await setUp('several', {
			...good,
			'a-empty.txt': '',
			'b-blank.txt': ' \n\u3000\n',
			'c-binary.txt': Buffer.from([0, 1, 2, 3]),
			'good.meta.yaml': 'colour: red\n',
			'orphan.meta.yaml': 'title: 孤儿\n',
			'emendations.yaml': emendationFor('nowhere'),
		});
		const { status, stderr } = runCli(corpus, texts);
		expect(status).not.toBe(0);
		for (const line of [
			'✗ a-empty.txt: the file is empty (0 bytes)',
			'✗ b-blank.txt: the file is empty (white space only)',
			'✗ c-binary.txt: the file is binary',
			'✗ good.meta.yaml: invalid data',
			'✗ orphan.meta.yaml: this sidecar has no matching .txt source',
			'✗ emendations.yaml: an entry names the text nowhere, which is not in the corpus',
		]) {
			expect(stderr).toContain(line);
		}
		await expectUntouched(texts);
	});

	test('names both a bad sidecar and the damage of the text it belongs to', async () => {
		const { corpus, texts } = await setUp('sidecar-and-damage', { 'damaged.txt': smallArticle.replace('幸福', '幸\ufffd福'), 'damaged.meta.yaml': 'colour: red\n' });
		const { status, stderr } = runCli(corpus, texts);
		expect(status).not.toBe(0);
		expect(stderr).toContain('✗ damaged.meta.yaml: invalid data');
		expect(stderr).toContain('✗ damaged.txt: damage not covered by an entry in emendations.yaml');
		await expectUntouched(texts);
	});

	test('names a source whose damage no emendation covers, with the passage', async () => {
		const { corpus, texts } = await setUp('damage', { 'damaged.txt': smallArticle.replace('幸福', '幸\ufffd福') });
		const { status, stderr } = runCli(corpus, texts);
		expect(status).not.toBe(0);
		expect(stderr).toContain('✗ damaged.txt: damage not covered by an entry in emendations.yaml');
		expect(stderr).toContain('p5 (line 5): replacement-character “\ufffd”');
		await expectUntouched(texts);
	});

	test('builds a good folder of a GBK text, a Big5 text and a poem: a record and an .mdx per text', async () => {
		const { corpus, texts } = await setUp('good', {
			'gbk.txt': iconv.encode(smallArticle, 'gbk'),
			'big5.txt': iconv.encode(smallArticleHant, 'big5'),
			'poem.txt': poem,
		});
		const { status, stdout, stderr } = runCli(corpus, texts);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('Corpus: 3 texts');
		const written = (await readdir(texts, { recursive: true })).sort();
		// The output folder is replaced as a whole: the sentinel is gone, the glossary is always written.
		expect(written).toEqual(['big5.json', 'big5.mdx', 'corpus', conversionFile, glossaryFile, redirectsFile, siteSettingsFile, summariesFile, 'gbk.json', 'gbk.mdx', 'poem.json', 'poem.mdx'].sort());
		expect(await readFile(path.join(texts, glossaryFile), 'utf8')).toBe('[]\n');
		// The summaries, newest first (the poem has no date), each as its record says.
		const summaries: { slug: string; title: unknown }[] = JSON.parse(await readFile(path.join(texts, summariesFile), 'utf8'));
		expect(summaries.map((s) => s.slug)).toEqual(['big5', 'gbk', 'poem']);
		expect(await readdir(path.dirname(texts))).toEqual(['corpus', 'texts']);
		const record = async (name: string): Promise<EditionRecord> => JSON.parse(await readFile(path.join(texts, `${name}.json`), 'utf8'));
		const [gbk, big5, verse] = await Promise.all([record('gbk'), record('big5'), record('poem')]);
		expect(summaries.map((s) => s.title)).toEqual([big5.title, gbk.title, verse.title]);
		expect(gbk.source.encoding).toBe('gb18030');
		expect(gbk.passages.some((p) => p.text.hans.startsWith('劳动是一切幸福的源泉'))).toBe(true);
		expect(big5.source.encoding).toBe('big5');
		expect(verse.passages.some((p) => p.text.hans === '床前明月光，')).toBe(true);
		expect(parse(splitFrontmatter(await readFile(path.join(texts, 'gbk.mdx'), 'utf8')).yaml).title.hans).toBe('劳动光荣');
	});

	// Compared with the in-process pipeline, which golden.test.ts holds to the golden files (reading
	// those here would race with UPDATE_GOLDEN=1 rewriting them).
	test('writes for the bundled corpus exactly what the pipeline renders for each seed', async () => {
		const texts = path.join(workDir(), 'bundled', 'texts');
		await mkdir(texts, { recursive: true });
		const { status, stderr } = runCli(sourcesDir, texts);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		for (const file of seedFiles) {
			const mdx = await readFile(path.join(texts, `${textName(file)}.mdx`));
			expect(mdx.equals(Buffer.from(await renderSeed(file))), file).toBe(true);
			const record = await readFile(path.join(texts, `${textName(file)}.json`));
			expect(record.equals(Buffer.from(recordJson(await recordOfSeed(file)))), file).toBe(true);
		}
	});

	/**
	 * 66 texts: 59 small ones in both scripts, a GBK and a Big5 text, then the five seeds with their
	 * sidecars, emendations and annotations. The main thread takes the first four texts and the
	 * workers the rest, so the seeds' repairs and annotations and the legacy encodings run in workers.
	 */
	const manyTexts = async () => {
		const files: Record<string, string | Uint8Array> = {};
		const small = [smallArticle, smallArticleHant, poem];
		for (let i = 0; i < 59; i++) files[`0-${String(i).padStart(3, '0')}.txt`] = small[i % 3].replace('劳动', i % 2 ? '劳动' : '勞動');
		files['0-gbk.txt'] = iconv.encode(smallArticle, 'gbk');
		files['0-big5.txt'] = iconv.encode(smallArticleHant, 'big5');
		for (const name of await readdir(sourcesDir, { recursive: true })) {
			if (/\.(txt|ya?ml)$/.test(name)) files[name] = await readFile(path.join(sourcesDir, name));
		}
		return files;
	};

	test('writes the same files and report on three threads as on one', async () => {
		const files = await manyTexts();
		const one = await setUp('one-thread', files);
		const three = await setUp('three-threads', files);
		const onOne = runCli(one.corpus, one.texts, { CORPUS_THREADS: '1' });
		const onThree = runCli(three.corpus, three.texts, { CORPUS_THREADS: '3' });
		expect(onThree.stderr).toBe('');
		expect(onThree.status).toBe(0);
		expect(onThree.stdout).toContain('Corpus: 66 texts');
		// The same report, below the first line (which names the folders).
		const report = (stdout: string) => stdout.split('\n').slice(1).join('\n');
		expect(report(onThree.stdout)).toBe(report(onOne.stdout));
		const names = await expectSameFiles(one.texts, three.texts);
		// A record and an MDX file per text, the summaries, the glossary, the site's settings, the conversion
		// overrides and the redirects; and each glossary entry's concordance, its counts and (here) one page of uses.
		const entries = (JSON.parse(await readFile(path.join(one.texts, glossaryFile), 'utf8')) as unknown[]).length;
		expect(entries).toBeGreaterThan(0);
		expect(names).toHaveLength(66 * 2 + 5 + entries * 2);
	});

	test('the downloads stage writes the same files on three threads as on one', async () => {
		const { corpus, texts } = await setUp('downloads-threads', await manyTexts());
		expect(runCli(corpus, texts, { CORPUS_THREADS: '1' }).status).toBe(0);
		const downloads = (threads: string) => {
			const outDir = path.join(workDir(), 'downloads-threads', `site-${threads}`);
			const result = spawnSync(node, [path.join(root, 'scripts', 'build-downloads.ts'), '--outDir', outDir], { cwd: root, env: { ...process.env, TEXTS_DIR: texts, CORPUS_THREADS: threads }, encoding: 'utf8', timeout: 60_000 });
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			return outDir;
		};
		const [one, three] = [downloads('1'), downloads('3')];
		const names = await expectSameFiles(one, three);
		// Per text: its references (CSL-JSON, BibTeX, RIS), its plain text in each script and its Web Annotations.
		expect(names.filter((name) => name.startsWith(path.join('data', 'texts')))).toHaveLength(66 * 6);
		expect(names).toContain('sitemap.xml');
		expect(names).toContain(path.join('data', 'corpus.json'));
		const corpusJson = JSON.parse(await readFile(path.join(three, 'data', 'corpus.json'), 'utf8')) as { passages: unknown[] }[];
		expect(corpusJson).toHaveLength(66);
	});

	test('names every refused text in file order on three threads, and writes nothing', async () => {
		const { corpus, texts } = await setUp('three-threads-bad', {
			...(await manyTexts()),
			'm-empty.txt': '',
			'z1-damaged.txt': smallArticle.replace('幸福', '幸\ufffd福'),
			'z2-damaged.txt': smallArticle.replace('幸福', '幸\ue000福'),
		});
		const { status, stderr } = runCli(corpus, texts, { CORPUS_THREADS: '3' });
		expect(status).toBe(1);
		const named = [...stderr.matchAll(/^✗ ([^:]+):/gm)].map((m) => m[1]);
		expect(named).toEqual(['m-empty.txt', 'z1-damaged.txt', 'z2-damaged.txt']);
		await expectUntouched(texts);
	});

	test('says in words, without a stack trace, why an output folder it cannot make stops it', async () => {
		const { corpus, texts } = await setUp('unwritable', good);
		const { status, stderr } = runCli(corpus, path.join(texts, 'sentinel.mdx', 'inside'));
		expect(status).toBe(1);
		expect(stderr).toMatch(/^Corpus build failed: ENOTDIR: not a directory.*; nothing was written\.\n\(Run with DEBUG=1 to see where\.\)\n$/);
		await expectUntouched(texts);
	});

	test('refuses a CORPUS_THREADS that is not a whole number of at least 1', async () => {
		const { corpus, texts } = await setUp('bad-threads', good);
		const { status, stderr } = runCli(corpus, texts, { CORPUS_THREADS: 'two' });
		expect(status).not.toBe(0);
		expect(stderr).toContain('CORPUS_THREADS must be a whole number of at least 1, not "two"');
		await expectUntouched(texts);
	});
});
