/** scripts/explain-source.ts, run directly and as a user runs it (`npm run explain -- file.txt`), and keep/drop through the corpus build. */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { root } from '../support/corpus.ts';
import { cliWorkspace, node } from '../support/cli.ts';

const { setUp, runCli, expectUntouched } = cliWorkspace('explain-source-');
const page = ['劳动光荣', '', '劳动是一切幸福的源泉，我们要大力弘扬劳模精神。', '', '分享到：微信 微博', ''].join('\n');

function explain(file: string, cwd: string, env: Record<string, string> = {}) {
	const result = spawnSync(node, [path.join(root, 'scripts', 'explain-source.ts'), file], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The rows of the listing: line number, set aside or not, role. */
const rows = (stdout: string) => [...stdout.matchAll(/^\s*(\d+) ([✗ ]) (\S+)/gm)].map(([, line, mark, role]) => [Number(line), mark === '✗', role]);

/** What the rules make of `page`: the title, the paragraph, and the share widget set aside. */
const pageRows = [
	[1, false, 'title'],
	[3, false, 'paragraph'],
	[5, true, 'share'],
];

describe('npm run explain', () => {
	test('lists each non-blank line with its number, whether it is set aside and its role, and the metadata found', async () => {
		const { corpus } = await setUp('plain', { 'page.txt': page });
		const run = explain('page.txt', corpus);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(rows(run.stdout)).toEqual(pageRows);
		expect(run.stdout).toContain('title     劳动光荣  (from the source)');
		expect(run.stdout).toContain('keep: [12]');
	});

	test('through npm, finds a relative path from the folder the user typed it in', async () => {
		const { corpus } = await setUp('npm', { 'page.txt': page });
		const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
		const run = spawnSync('npm', ['--prefix', root, 'run', '--silent', 'explain', '--', 'page.txt'], { cwd: corpus, env, encoding: 'utf8', timeout: 60_000 });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(rows(run.stdout)).toEqual(pageRows);
	});

	test('finds a text of the corpus folder by its slug', async () => {
		const { corpus } = await setUp('slug', { '劳模 精神.txt': page });
		const run = explain('劳模-精神', root, { CORPUS_DIR: corpus });
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('劳模 精神.txt: 5 lines');
		expect(rows(run.stdout)).toEqual(pageRows);
	});

	test('shows the sidecar’s keep and drop applied', async () => {
		const { corpus } = await setUp('choice', { 'page.txt': page, 'page.meta.yaml': 'keep: [5]\ndrop: [3]\n' });
		const run = explain(path.join(corpus, 'page.txt'), root);
		expect(run.status).toBe(0);
		expect(rows(run.stdout)).toEqual([
			[1, false, 'title'],
			[3, true, 'dropped'],
			[5, false, 'paragraph'],
		]);
	});

	test('a sidecar that no longer matches its source: the rules’ reading is listed, and the problem said, exit 1', async () => {
		const { corpus } = await setUp('stale', { 'page.txt': page, 'page.meta.yaml': 'keep: [3]\n' });
		const run = explain('page.txt', corpus);
		expect(run.status).toBe(1);
		expect(rows(run.stdout)[1]).toEqual([3, false, 'paragraph']);
		expect(run.stderr).toContain('page.meta.yaml: does not match its source');
		expect(run.stderr).toContain('keep: line 3 is already kept in the text');
	});

	test('a file that is not a source of the folder is named', async () => {
		const { corpus } = await setUp('missing', { 'page.txt': page });
		const run = explain('other.txt', corpus);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${path.join(corpus, 'other.txt')} is not a .txt source`);
	});

	test('a source the build cannot decode: the reason, without a stack trace, exit 1', async () => {
		const { corpus } = await setUp('binary', { 'page.txt': Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00, 0x0a]) });
		const run = explain('page.txt', corpus);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('✗ page.txt: the file is binary');
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('keep and drop through the corpus build', () => {
	test('the record has the kept line as a passage and the dropped one as furniture', async () => {
		const { corpus, texts } = await setUp('build', { 'page.txt': page, 'page.meta.yaml': 'keep: [5]\ndrop: [3]\n' });
		const run = runCli(corpus, texts);
		expect(run.status).toBe(0);
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, 'page.json'), 'utf8'));
		expect(record.passages.map((p) => p.line)).toEqual([1, 5]);
		expect(record.chrome).toEqual([{ line: 3, role: 'dropped', text: '劳动是一切幸福的源泉，我们要大力弘扬劳模精神。' }]);
	});

	test('a stale sidecar stops the build, naming it, and nothing is written', async () => {
		const { corpus, texts } = await setUp('build-stale', { 'page.txt': page, 'page.meta.yaml': 'drop: [9]\n' });
		const run = runCli(corpus, texts);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('page.meta.yaml: does not match its source:\n  drop: line 9 is past the end of the source (5 lines)');
		await expectUntouched(texts);
		expect(await readdir(corpus)).toEqual(['page.meta.yaml', 'page.txt']);
	});
});
