/**
 * Passage links that last, through the whole build as a user runs it: once `npm run lock` has
 * recorded a corpus, a build in which a published id would point to other words is refused, naming
 * the passage, and leaves the previous site as it was; recorded with a reason, the change builds;
 * a text given a readable slug keeps its old address, fragment and all, through a redirect page.
 * Everything goes under .test-build/passage-links/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { repoRoot, testBuildDir } from '../support/paths.ts';
import { serveStatic } from '../support/staticServer.ts';

const work = path.join(testBuildDir, 'passage-links');
const corpusDir = path.join(work, 'corpus');
const dist = path.join(work, 'dist');
const run = promisify(execFile);
const env = { ...process.env, CORPUS_DIR: corpusDir, TEXTS_DIR: path.join(work, 'texts'), BASE_PATH: '/corpus/', SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1' };

const lines = ['劳动光荣', '王小明', '2021-05-01 来源：工人日报', '', '劳动是一切幸福的源泉。', '', '我们要大力弘扬劳模精神、劳动精神、工匠精神。', ''];
/** Line 7, a paragraph: passage p7. */
const paragraphLine = 7;

async function npm(script: string, ...args: string[]): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: repoRoot, env });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, output: stdout + stderr };
	}
}

async function fingerprint(dir: string): Promise<string> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
	const hash = createHash('sha256');
	for (const file of files.map((f) => path.join(f.parentPath, f.name)).sort()) hash.update(file).update(await readFile(file));
	return hash.digest('hex');
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
	await rm(work, { recursive: true, force: true });
	await mkdir(corpusDir, { recursive: true });
	await writeFile(path.join(corpusDir, 'labour.txt'), lines.join('\n'));
});

test('npm run lock records every passage, and the corpus then builds', async () => {
	const locked = await npm('lock');
	expect(locked.code, locked.output).toBe(0);
	expect(locked.output).toMatch(/Locked \d+ passages of 1 texts/);
	const lock = JSON.parse(await readFile(path.join(corpusDir, 'passages.lock.json'), 'utf8'));
	expect(Object.keys(lock.texts.labour.passages)).toContain(`p${paragraphLine}`);
	const built = await npm('build', '--outDir', dist);
	expect(built.code, built.output).toBe(0);
});

test('a published passage that now reads differently is refused by name, and the site is left as it was', async () => {
	const before = await fingerprint(dist);
	const changed = [...lines];
	changed[paragraphLine - 1] = '我们要大力弘扬劳模精神。';
	await writeFile(path.join(corpusDir, 'labour.txt'), changed.join('\n'));
	const built = await npm('build', '--outDir', dist);
	expect(built.code).not.toBe(0);
	expect(built.output).toContain(`labour#p${paragraphLine} now reads differently from the text published`);
	expect(built.output).toContain('passage-changes.yaml');
	expect(built.output).not.toMatch(/\n\s+at /);
	expect(await fingerprint(dist)).toBe(before);
});

test('recorded with a reason, the change builds', async () => {
	await writeFile(path.join(corpusDir, 'passage-changes.yaml'), `- text: labour\n  passage: p${paragraphLine}\n  reason: correction\n  note: 来源更正，删去重复的词。\n`);
	const built = await npm('build', '--outDir', dist);
	expect(built.code, built.output).toBe(0);
	expect(await readFile(path.join(dist, 'hans', 'texts', 'labour', 'index.html'), 'utf8')).toContain('我们要大力弘扬劳模精神。');
});

test('a text given a readable slug keeps its old address, with the passage linked, through a redirect page', async ({ page }) => {
	await writeFile(path.join(corpusDir, 'labour.meta.yaml'), 'slug: labour-is-glory\n');
	const built = await npm('build', '--outDir', dist);
	expect(built.code, built.output).toBe(0);
	const server = await serveStatic(dist, '/corpus/');
	try {
		for (const script of ['hans', 'hant']) {
			await page.goto(`${server.url}${script}/texts/labour/#p${paragraphLine}`);
			await expect(page).toHaveURL(`${server.url}${script}/texts/labour-is-glory/#p${paragraphLine}`);
			await expect(page.locator(`#p${paragraphLine}`)).toBeInViewport();
		}
	} finally {
		await server.close();
	}
	// Relocked, the old slug is kept, and its redirect with it.
	expect((await npm('lock')).code).toBe(0);
	const lock = JSON.parse(await readFile(path.join(corpusDir, 'passages.lock.json'), 'utf8'));
	expect(lock.texts['labour-is-glory'].formerSlugs).toEqual(['labour']);
});

test('after relocking, the change recorded earlier excuses no further change to that passage', async () => {
	const again = [...lines];
	again[paragraphLine - 1] = '我们要弘扬劳模精神。';
	await writeFile(path.join(corpusDir, 'labour.txt'), again.join('\n'));
	const built = await npm('build', '--outDir', dist);
	expect(built.code).not.toBe(0);
	expect(built.output).toContain(`labour-is-glory#p${paragraphLine} now reads differently from the text published`);
});
