import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { concordancePages } from '../../src/lib/edition/outputFiles.ts';
import { siteDir } from './support/paths.ts';
import { slugs, textPath, views, watchForProblems } from './support/site.ts';

/** Every page the bundled corpus should produce, relative to the base path. */
const otherPages = ['', 'search/', ...views.flatMap(({ script }) => [`${script}/`, `${script}/glossary/`, `${script}/glossary/laomo-jingshen/`, `${script}/about/`, `${script}/search/`])];
const textPages = views.flatMap(({ script }) => slugs.map((slug) => textPath(slug, script)));

test('the build produced every page, and no other', async () => {
	// A page per glossary entry, and one more per further page of its uses, as the published glossary counts them (read once the site is built).
	const entries = JSON.parse(readFileSync(path.join(siteDir, 'data', 'glossary.json'), 'utf8')) as { id: string; uses: number }[];
	const entryPages = entries.flatMap(({ id, uses }) => views.flatMap(({ script }) => Array.from({ length: concordancePages(uses) }, (_, i) => `${script}/glossary/${id}/${i ? `${i + 1}/` : ''}`)));
	const pages = [...new Set([...otherPages, ...textPages, ...entryPages])];
	for (const page of pages) expect(existsSync(path.join(siteDir, page, 'index.html')), page).toBe(true);
	const built = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
	expect(built).toHaveLength(pages.length);
});

// Text pages are loaded with the same checks (and more) in edition-record/every-text-page-shows-the-passages-of-its-published-record.
for (const page of otherPages) {
	test(`/${page} loads with no console error and no failed request`, async ({ page: tab }) => {
		const problems = watchForProblems(tab);
		const response = await tab.goto(page);
		expect(response?.ok()).toBe(true);
		await tab.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}

test('a missing page gets the 404 page', async ({ page }) => {
	const response = await page.goto('hans/texts/no-such-text/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到此页');
	// Its two ways home say which script each is in, so a reader of either can tell them apart.
	await expect(page.getByRole('link', { name: '文库（简体）' })).toHaveAttribute('href', /\/hans\/$/);
	await expect(page.getByRole('link', { name: '文庫（繁體）' })).toHaveAttribute('href', /\/hant\/$/);
});
