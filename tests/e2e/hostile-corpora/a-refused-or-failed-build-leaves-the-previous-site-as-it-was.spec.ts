/**
 * The whole build (`npm run build`, scripts/build.ts) on hostile corpora where it matters: a site
 * is built from a good corpus, then each bad corpus must be refused (or Astro fail) with the file
 * and the reason named and no stack trace, and leave the previous site byte for byte as it was; a
 * good corpus then replaces the site. Everything goes under .test-build/whole-build/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { readBuiltSite } from '../../../scripts/lib/readBuiltSite.ts';
import { findBrokenLinks } from '../../../src/lib/site/findBrokenLinks.ts';
import { defaultSiteUrl } from '../../../src/lib/site/siteAddress.ts';
import { repoRoot, testBuildDir } from '../support/paths.ts';

const work = path.join(testBuildDir, 'whole-build');
const dist = path.join(work, 'dist');
const run = promisify(execFile);

/** A small article, enough for a page. */
const article = ['劳动光荣', '王小明', '2021-05-01 来源：工人日报', '', '劳动是一切幸福的源泉，我们要大力弘扬劳模精神、劳动精神、工匠精神，在平凡的岗位上创造不平凡的业绩。', ''].join('\n');

/** Writes a corpus folder; `extra` makes links. */
async function corpus(name: string, files: Record<string, string>, extra?: (dir: string) => Promise<void>): Promise<string> {
	const dir = path.join(work, 'corpora', name);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
	await extra?.(dir);
	return dir;
}

/** Runs `npm run build` as a user does, into the test's own dist, texts and corpus folders. */
async function build(corpusDir: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', 'build', '--', '--outDir', dist], {
			cwd: repoRoot,
			env: { ...process.env, CORPUS_DIR: corpusDir, TEXTS_DIR: path.join(work, 'texts'), BASE_PATH: '', SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, output: stdout + stderr };
	}
}

/** Every file of the site with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
	const sums = await Promise.all(files.map(async (f) => [path.relative(dir, path.join(f.parentPath, f.name)), createHash('sha256').update(await readFile(path.join(f.parentPath, f.name))).digest('hex')] as const));
	return new Map(sums.sort(([a], [b]) => a.localeCompare(b)));
}

test.describe.configure({ mode: 'serial' });

let before: Map<string, string>;
test.beforeAll(async () => {
	test.setTimeout(180_000);
	await rm(work, { recursive: true, force: true });
	const result = await build(await corpus('good', { 'good.txt': article }));
	expect(result.code, result.output).toBe(0);
	before = await fingerprint(dist);
});

test.afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

const cases: { name: string; files: Record<string, string>; extra?: (dir: string) => Promise<void>; env?: Record<string, string>; says: RegExp }[] = [
	{ name: 'a sidecar whose source URL is a javascript: link', files: { 'good.txt': article, 'good.meta.yaml': "sourceUrl: 'javascript:alert(13)'\n" }, says: /✗ good\.meta\.yaml: invalid data:\n\s+sourceUrl: must be an http:\/\/ or https:\/\/ URL/ },
	{ name: 'two texts whose slugs collide by case', files: { 'Good.txt': article, 'good.txt': article }, says: /✗ Good\.txt: has the URL slug “Good”, which a web server could not tell from that of good\.txt/ },
	{ name: 'two texts whose slugs collide by Unicode form', files: { 'caf\u00e9.txt': article, 'cafe\u0301.txt': article }, says: /could not tell from that of/ },
	{ name: 'a link to a file outside the corpus folder', files: { 'good.txt': article }, extra: (dir) => symlink('/etc/passwd', path.join(dir, 'passwd.txt')), says: /✗ passwd\.txt: is a link to a file outside the corpus folder/ },
	{ name: 'a site address Astro cannot use (the site stage fails)', files: { 'good.txt': article }, env: { SITE_URL: 'not a web address' }, says: /Site build failed in Astro \(see above\)\. .*dist was left as it was\./ },
];

for (const { name, files, extra, env, says } of cases) {
	test(`${name}: the build stops with a message and leaves the previous site as it was`, async () => {
		test.setTimeout(120_000);
		const result = await build(await corpus(name.replace(/\W+/g, '-'), files, extra), env);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toMatch(says);
		expect(result.output).toMatch(/was left as it was/);
		expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // a message, not a stack trace
		expect(await fingerprint(dist)).toEqual(before);
		expect((await readdir(work)).filter((entry) => entry.includes('staging') || entry.includes('retired'))).toEqual([]);
	});
}

test('file names that once broke the site build into pages under safe slugs', async () => {
	test.setTimeout(120_000);
	const names = { 'a%20b.txt': 'a-20b', '100%.txt': '100', 'a\\b.txt': 'a-b', 'x#y.txt': 'x-y', 'line\nbreak.txt': 'line-break', '劳模 精神.txt': '劳模-精神', '.hidden.txt': 'hidden' };
	const result = await build(await corpus('odd-names', Object.fromEntries(Object.keys(names).map((name) => [name, article]))));
	expect(result.code, result.output).toBe(0);
	const files = [...(await fingerprint(dist)).keys()];
	for (const slug of Object.values(names)) {
		for (const script of ['hans', 'hant']) expect(files, slug).toContain(`${script}/texts/${slug}/index.html`);
		expect(files, slug).toContain(`data/texts/${slug}.json`);
	}
	// Every link between them resolves: the catalogue's, the script switch's, the records'.
	const { broken, checked } = findBrokenLinks(await readBuiltSite(dist, '/'), new URL(defaultSiteUrl).origin);
	expect(checked).toBeGreaterThan(0);
	expect(broken).toEqual([]);
	before = await fingerprint(dist);
});

test('a good corpus then replaces the site, and leaves no staging folder behind', async () => {
	test.setTimeout(120_000);
	const result = await build(await corpus('better', { 'better.txt': article }));
	expect(result.code, result.output).toBe(0);
	const after = await fingerprint(dist);
	expect([...after.keys()]).toContain('hans/texts/better/index.html');
	expect([...after.keys()]).not.toContain('hans/texts/good/index.html');
	expect((await readdir(work)).filter((entry) => entry.includes('staging') || entry.includes('retired'))).toEqual([]);
});
