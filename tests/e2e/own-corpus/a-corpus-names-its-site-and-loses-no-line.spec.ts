/**
 * A corpus unlike the bundled one, built as a user builds it (`npm run build`): a classic with one
 * saying per line and a collection of poems, with a corpus.yaml and no glossary. The site must
 * carry the corpus's name and nothing of the bundled corpus's, have no glossary page or link,
 * print no warning, and show every line of every source as text. Under .test-build/own-corpus/.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBuiltSite } from '../../../scripts/lib/readBuiltSite.ts';
import { findBrokenLinks } from '../../../src/lib/site/findBrokenLinks.ts';
import { defaultSiteUrl } from '../../../src/lib/site/siteAddress.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { buildOwnCorpus } from '../support/ownCorpus.ts';
import { testBuildDir } from '../support/paths.ts';

const work = path.join(testBuildDir, 'own-corpus');
const dist = path.join(work, 'dist');
const texts = path.join(work, 'texts');

const sources = {
	// A classic: a chapter title, then one saying per line, the shortest first.
	'lunyu.txt': ['論語·為政', '', '子曰：「為政以德，譬如北辰，居其所而眾星共之。」', '子曰：「詩三百，一言以蔽之，曰：思無邪。」', '子曰：「君子不器。」', '子曰：「學而不思則罔，思而不學則殆。」', '子曰：「由，誨女知之乎？知之為知之，不知為不知，是知也。」', ''].join('\n'),
	// A collection: no collection title, each poem a title, its poet, its lines.
	'poems.txt': ['静夜思', '李白', '床前明月光', '疑是地上霜', '举头望明月', '低头思故乡', '', '春晓', '孟浩然', '春眠不觉晓', '处处闻啼鸟', '夜来风雨声', '花落知多少', ''].join('\n'),
	'corpus.yaml': [
		'title: 古典詩文選',
		'description: 幾篇古典詩文，用來試驗任何一個文庫都能建成網站。',
		'publisher: 某大學中文系',
		'licence: CC BY 4.0',
		'licenceUrl: https://creativecommons.org/licenses/by/4.0/',
		'repository: https://github.com/example/classics',
		'defaultScript: hant',
		'',
	].join('\n'),
};

let output = '';
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	output = await buildOwnCorpus(work, sources);
});
test.afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

const page = (file: string) => readFile(path.join(dist, file), 'utf8');

test('the build prints no warning', () => {
	expect(output).not.toMatch(/warn/i);
});

test('every non-blank line of every source is in the reading text, none set aside', async () => {
	for (const file of ['lunyu.txt', 'poems.txt']) {
		const lines = sources[file as keyof typeof sources].split('\n');
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, `${file.replace('.txt', '')}.json`), 'utf8'));
		expect(record.chrome, file).toEqual([]);
		expect(record.passages.map((p) => p.line), file).toEqual(lines.flatMap((line, i) => (line.trim() ? [i + 1] : [])));
	}
});

test('the corpus’s name is on every page in the page’s script, its description on each home page, and nothing of the bundled corpus is', async () => {
	const site = await readBuiltSite(dist, '/');
	const pages = [...site].filter(([, html]) => html !== null) as [string, string][];
	expect(pages.map(([url]) => url)).toEqual(expect.arrayContaining(['/index.html', '/404.html', '/hans/index.html', '/hant/index.html']));
	for (const [url, html] of pages) {
		expect(html, url).not.toMatch(/劳模精神文库|勞模精神文庫/);
		// The pages outside the script folders (the entry page, the not-found page) are in the default script: traditional here.
		expect(html, url).toContain(url.startsWith('/hans/') ? '古典诗文选' : '古典詩文選');
	}
	expect(await page('hans/index.html')).toContain('几篇古典诗文，用来试验任何一个文库都能建成网站。');
	expect(await page('hant/index.html')).toContain('幾篇古典詩文，用來試驗任何一個文庫都能建成網站。');
});

test('a footer names the publisher, links the licence and the repository', async () => {
	const html = await page('hans/about/index.html');
	expect(html).toMatch(/<dt[^>]*>编者<\/dt>\s*<dd[^>]*>某大学中文系<\/dd>/);
	expect(html).toMatch(/<a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/" rel="license"[^>]*>CC BY 4.0<\/a>/);
	expect(html).toMatch(/<a href="https:\/\/github.com\/example\/classics"[^>]*>github.com\/example\/classics<\/a>/);
});

test('without a glossary there is no glossary page, and no page links to one', async () => {
	const site = await readBuiltSite(dist, '/');
	expect([...site.keys()].filter((url) => url.includes('/glossary/'))).toEqual([]);
	expect(findBrokenLinks(site, defaultSiteUrl).broken).toEqual([]);
	expect(await page('hans/index.html')).not.toContain('术语表');
});

test('the entry page opens the corpus’s default script, traditional here', async () => {
	const html = await page('index.html');
	expect(html).toContain('<html lang="zh-Hant"');
	// Without JavaScript it offers both, the default first; with it, it goes on to the default (a canonical link names it).
	expect(html).toMatch(/<a href="\/hant\/">[^<]+<\/a> · <a href="\/hans\/"/);
	expect(html).toMatch(/<link rel="canonical" href="[^"]*\/hant\/"/);
	expect(html).toContain('<h1>古典詩文選</h1>');
});
