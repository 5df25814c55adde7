/**
 * A glossary entry used more often than one page of its concordance holds (500 uses a page): a
 * corpus of one text that uses 工会 550 times, built as a user builds it (`npm run build`). The
 * entry's uses run over two pages in each script, numbered on from the first, linked both ways,
 * each page in the sitemap and valid HTML; the published concordance holds every use. Under
 * .test-build/long-concordance/.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBuiltSite } from '../../../scripts/lib/readBuiltSite.ts';
import { findBrokenLinks } from '../../../src/lib/site/findBrokenLinks.ts';
import { defaultSiteUrl } from '../../../src/lib/site/siteAddress.ts';
import { buildOwnCorpus } from '../support/ownCorpus.ts';
import { testBuildDir } from '../support/paths.ts';
import { htmlErrors } from '../support/validateHtml.ts';

const work = path.join(testBuildDir, 'long-concordance');
const dist = path.join(work, 'dist');

// Eleven paragraphs of fifty uses each: 550 uses, one page of 500 and one of 50.
const paragraph = (n: number) => `第${n}段：${Array.from({ length: 50 }, () => '工会').join('、')}。`;
const sources = {
	'gonghui.txt': ['一份报告', '', ...Array.from({ length: 11 }, (_, i) => paragraph(i + 1)), ''].join('\n'),
	'glossary.yaml': ['- id: gonghui', '  hans: 工会', '  hant: 工會', '  pinyin: gōnghuì', '  zh: 职工自愿结合的群众组织。', '  en: A trade union.', ''].join('\n'),
};

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	await buildOwnCorpus(work, sources);
});
test.afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

const page = (file: string) => readFile(path.join(dist, file), 'utf8');
/** The numbers of a page's concordance lines: from `start`, one per line. */
const lineNumbers = (html: string) => {
	const start = Number(/<ol class="concordance" start="(\d+)"/.exec(html)?.[1]);
	const lines = html.slice(html.indexOf('<ol class="concordance"')).split('</ol>')[0].match(/<li>/g)?.length ?? 0;
	return { first: start, last: start + lines - 1 };
};

for (const [script, other, entry] of [['hans', 'hant', '工会'], ['hant', 'hans', '工會']] as const) {
	test(`in ${script}, the entry's 550 uses run over two pages, numbered on and linked both ways`, async () => {
		const first = await page(`${script}/glossary/gonghui/index.html`);
		const second = await page(`${script}/glossary/gonghui/2/index.html`);
		expect(lineNumbers(first)).toEqual({ first: 1, last: 500 });
		expect(lineNumbers(second)).toEqual({ first: 501, last: 550 });
		expect(first).toContain(`<a rel="next" href="/${script}/glossary/gonghui/2/#concordance">`);
		expect(first).not.toContain('rel="prev"');
		expect(second).toContain(`<a rel="prev" href="/${script}/glossary/gonghui/#concordance">`);
		expect(second).not.toContain('rel="next"');
		expect(second).toContain('<span aria-current="page">2</span>');
		// The pages' links stand above the uses and again below them, a navigation landmark once.
		for (const html of [first, second]) {
			const list = html.indexOf('<ol class="concordance"');
			expect(html.indexOf('<nav class="uses-pages"')).toBeLessThan(list);
			expect(html.lastIndexOf('class="uses-pages"')).toBeGreaterThan(list);
			expect(html.match(/<nav class="uses-pages"/g)).toHaveLength(1);
			expect(html.match(/class="uses-pages"/g)).toHaveLength(2);
		}
		// Each page describes itself: the later page says which page of uses it is.
		expect(second).toMatch(/<meta name="description" content="用例第 2 [页頁]，共 2 [页頁]：/);
		// The later page says which page it is, keeps the entry's name, and offers itself in the other script.
		expect(second).toMatch(new RegExp(`<h1>${entry}`));
		expect(second).toMatch(/<title>[^<]*第 2 页，共 2 页|<title>[^<]*第 2 頁，共 2 頁/);
		expect(second).toContain(`hreflang="${other === 'hans' ? 'zh-Hans' : 'zh-Hant'}" href="${defaultSiteUrl.replace(/\/$/, '')}/${other}/glossary/gonghui/2/"`);
	});
}

test('there is no third page, the sitemap lists both, and no link is broken', async () => {
	const site = await readBuiltSite(dist, '/');
	expect([...site.keys()].filter((url) => url.includes('/glossary/gonghui/')).sort()).toEqual(['/hans/glossary/gonghui/2/index.html', '/hans/glossary/gonghui/index.html', '/hant/glossary/gonghui/2/index.html', '/hant/glossary/gonghui/index.html']);
	const sitemap = await page('sitemap.xml');
	for (const url of ['hans/glossary/gonghui/', 'hans/glossary/gonghui/2/', 'hant/glossary/gonghui/', 'hant/glossary/gonghui/2/', 'data/concordance/gonghui.json']) expect(sitemap).toContain(`${defaultSiteUrl.replace(/\/$/, '')}/${url}<`);
	expect(findBrokenLinks(site, defaultSiteUrl).broken).toEqual([]);
	expect((await htmlErrors(dist)).errors).toEqual([]);
});

test('the published glossary counts 550 uses in one text, and the published concordance holds them all', async () => {
	const [entry] = JSON.parse(await page('data/glossary.json')) as { id: string; uses: number; texts: number }[];
	expect([entry.id, entry.uses, entry.texts]).toEqual(['gonghui', 550, 1]);
	const concordance = JSON.parse(await page('data/concordance/gonghui.json')) as { byText: { uses: number }[]; uses: { passage: string; line: { hans: { words: string } } }[] };
	expect(concordance.byText.map((row) => row.uses)).toEqual([550]);
	expect(concordance.uses).toHaveLength(550);
	expect(new Set(concordance.uses.map((use) => use.line.hans.words))).toEqual(new Set(['工会']));
	expect(new Set(concordance.uses.map((use) => use.passage)).size).toBe(11);
});
