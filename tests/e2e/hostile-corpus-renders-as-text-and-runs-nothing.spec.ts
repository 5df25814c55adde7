/**
 * Builds a second site from tests/fixtures/hostile-corpus, whose text is full of MDX, JSX, HTML and
 * JavaScript, and checks that every character of it shows as text and none of it runs, at build
 * time or in the browser. The build goes to folders of its own under .test-build/, with its own
 * content cache, and is served by a small static server on another port.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { basePath, repoRoot, siteDir, testBuildDir } from './support/paths.ts';
import { diffSnapshots, snapshotFiles } from './support/snapshotFiles.ts';
import { cataloguePath, readPassages, slugs, textPath, views, watchForProblems } from './support/site.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';
import { htmlErrors } from './support/validateHtml.ts';

const fixtureDir = path.join(repoRoot, 'tests', 'fixtures', 'hostile-corpus');
const workDir = path.join(testBuildDir, 'hostile');
const hostile = {
	texts: path.join(workDir, 'texts'),
	site: path.join(workDir, 'site'),
	cache: path.join(workDir, 'cache'),
};
/** A second build of the bundled corpus after the hostile one, to catch anything the cache carried over. */
const rebuildDir = path.join(testBuildDir, 'rebuild');
/** Astro's content cache for builds of the bundled corpus. */
const mainCacheFile = path.join(repoRoot, 'node_modules', '.astro', 'data-store.json');

/** Strings of the fixture that must show verbatim, and the text each one is in. */
const hostileStrings = {
	'hostile-lines': [
		'{',
		'}',
		'{globalThis.pwned = 1}',
		'<script>window.pwned = 1</script>',
		'<img src=x onerror="window.pwned=1">',
		'<Foo/>',
		'&amp;',
		"import fs from 'node:fs'",
		'export const x = 1',
		"{process.getBuiltinModule('node:fs').writeFileSync('pwned',",
	],
	'hostile-title': ['&amp;<Foo/>{globalThis.pwned = 1}', `<script>alert('pwned')</script><svg onload="alert('pwned')"></svg>`],
};
const hostileSlugs = Object.keys(hostileStrings) as (keyof typeof hostileStrings)[];
/** The same strings inside a line of Chinese, which each view shows in its own script. */
const mixedLine = {
	hans: '正文中间的花括号{globalThis.pwned = 1}、标签<Foo/>和实体&amp;也都一样',
	hant: '正文中間的花括號{globalThis.pwned = 1}、標籤<Foo/>和實體&amp;也都一樣',
};

const run = promisify(execFile);
let server: StaticServer;
let filesChanged: string[];
let mainCacheChanged: boolean;
let markers: string[];
let buildFailure: string | undefined;

/** Runs a Node script from the repository root with the given environment on top of ours. */
async function node(args: string[], env: Record<string, string>): Promise<void> {
	try {
		await run(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`node ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error });
	}
}

async function hashFile(file: string): Promise<string | null> {
	const bytes = await readFile(file).catch(() => null);
	return bytes && createHash('sha256').update(bytes).digest('hex');
}

/** The slugs of the texts a built site has pages for. */
async function textSlugs(dir: string): Promise<string[]> {
	const slugs = (await htmlFiles(dir)).map((file) => file.match(/^han[st]\/texts\/([^/]+)\/index\.html$/)?.[1]);
	return [...new Set(slugs.filter((slug) => slug !== undefined))].sort();
}

/** Every HTML file of a built site, relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((file) => file.endsWith('.html')).sort();
}

// One build for the whole file: run its tests in order in one worker, without skipping on failure.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	await rm(workDir, { recursive: true, force: true });
	// Everything but the hostile build's own folders must stay as it was, except Astro's state
	// (.astro/, checked by the rebuild test below) and folders other tools write to meanwhile.
	const skip = ['.git', 'node_modules', '.astro', 'test-results', 'playwright-report', '.bench', path.relative(repoRoot, workDir), path.relative(repoRoot, rebuildDir)];
	const before = await snapshotFiles(repoRoot, skip);
	const mainCache = await hashFile(mainCacheFile);

	// A failed build is reported by the first test, together with what it left behind.
	try {
		await node(['scripts/build-corpus.ts'], { CORPUS_DIR: fixtureDir, TEXTS_DIR: hostile.texts });
		await node(['tests/e2e/support/build-site.ts', hostile.site, hostile.cache], { TEXTS_DIR: hostile.texts, BASE_PATH: basePath });
	} catch (error) {
		buildFailure = (error as Error).message;
	}

	filesChanged = diffSnapshots(before, await snapshotFiles(repoRoot, skip));
	mainCacheChanged = (await hashFile(mainCacheFile)) !== mainCache;
	markers = [...(await snapshotFiles(repoRoot, ['.git', 'node_modules'])).keys()].filter((file) => path.basename(file) === 'pwned');
	server = await serveStatic(hostile.site, basePath);
});

test.beforeEach(() => {
	test.skip(buildFailure !== undefined && test.info().title !== firstTestTitle, 'the hostile build failed: see the first test');
});

test.afterAll(async () => {
	await server?.close();
});

const firstTestTitle = 'the hostile build runs no code from the corpus and writes nothing outside its own folders';
test(firstTestTitle, () => {
	// build-site.ts fails the build if `globalThis.pwned` was set while rendering.
	expect.soft(buildFailure).toBeUndefined();
	expect.soft(filesChanged).toEqual([]);
	expect.soft(markers, 'files named pwned, which the fixture tries to write').toEqual([]);
	expect(mainCacheChanged, 'the content cache of the bundled corpus was touched').toBe(false);
});

for (const slug of hostileSlugs) {
	for (const { script, lang } of views) {
		test(`${slug} in ${script} shows every hostile string as text and runs none of it`, async ({ page }) => {
			const problems = watchForProblems(page);
			expect((await page.goto(server.url + textPath(slug, script)))?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);

			const text = (await readPassages(page)).map((passage) => passage.reading).join('\n');
			for (const string of hostileStrings[slug]) expect.soft(text).toContain(string);
			if (slug === 'hostile-lines') expect.soft(text).toContain(mixedLine[script]);
			if (slug === 'hostile-title') expect.soft(await page.title()).toContain(hostileStrings[slug][0]);

			expect.soft(await page.evaluate(() => 'pwned' in window), 'window.pwned is set').toBe(false);
			await expect.soft(page.locator('foo')).toHaveCount(0);
			await expect.soft(page.locator('img[src="x"], [onerror], [onload]')).toHaveCount(0);
			await expect.soft(page.locator('script', { hasText: 'pwned' })).toHaveCount(0);
			expect(problems).toEqual([]);
		});
	}
}

for (const { script } of views) {
	test(`the hostile ${script} catalogue shows the hostile title as text`, async ({ page }) => {
		const problems = watchForProblems(page);
		await page.goto(server.url + cataloguePath(script));
		await expect(page.getByRole('main')).toContainText(hostileStrings['hostile-title'][0]);
		await expect(page.locator('foo')).toHaveCount(0);
		expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
		expect(problems).toEqual([]);
	});
}

test('html-validate finds no error on any page of the hostile site: its text never breaks the markup', async () => {
	const { pages, errors } = await htmlErrors(hostile.site);
	expect(pages).toBeGreaterThan(hostileSlugs.length * 2);
	expect(errors).toEqual([]);
});

test('the two builds keep their content apart', async ({ request }) => {
	test.setTimeout(120_000);
	// Each site has its own texts and nothing of the other's...
	expect(await textSlugs(hostile.site)).toEqual([...hostileSlugs].sort());
	expect(await textSlugs(siteDir)).toEqual(slugs);
	expect((await request.get(textPath('hostile-lines', 'hans'))).status()).toBe(404);
	// ...and building the bundled corpus again after the hostile build gives the same site, page for page.
	await rm(rebuildDir, { recursive: true, force: true });
	await node(['tests/e2e/support/build-site.ts', rebuildDir], { TEXTS_DIR: '', BASE_PATH: basePath });
	const pages = await htmlFiles(siteDir);
	expect(await htmlFiles(rebuildDir)).toEqual(pages);
	for (const page of pages) {
		expect(await readFile(path.join(rebuildDir, page), 'utf8'), page).toBe(await readFile(path.join(siteDir, page), 'utf8'));
	}
	await rm(rebuildDir, { recursive: true, force: true });
});
