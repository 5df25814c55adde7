/**
 * Every text page, in each script, names its title, each author, its date, outlet, language and
 * address in the tags reference managers read (Highwire `citation_*`, Dublin Core, Open Graph) and
 * in schema.org JSON-LD, as the text's published record says them.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { slugs, textPath, views } from './support/site.ts';

const contents = (page: Page, selector: string) => page.locator(`head meta[${selector}]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));

for (const slug of slugs) {
	for (const { script, lang } of views) {
		test(`the ${script} page of ${slug} describes itself as its record does`, async ({ page, request }) => {
			const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
			await page.goto(textPath(slug, script));
			const authors = record.author ? record.author[script].split('、') : [];
			const outlet = record.outlet?.[script];
			expect(await contents(page, 'name="citation_title"')).toEqual([record.title[script]]);
			expect(await contents(page, 'name="citation_author"')).toEqual(authors);
			expect(await contents(page, 'name="citation_publication_date"')).toEqual(record.date ? [record.date.replaceAll('-', '/')] : []);
			expect(await contents(page, 'name="citation_publisher"')).toEqual(outlet ? [outlet] : []);
			expect(await contents(page, 'name="citation_language"')).toEqual([lang]);
			// The site's public address, at this page's path (the test server's origin is not the site's).
			const [publicUrl] = await contents(page, 'name="citation_public_url"');
			expect(new URL(publicUrl!).pathname).toBe(new URL(page.url()).pathname);
			expect(await contents(page, 'property="og:url"')).toEqual([publicUrl]);
			expect(await contents(page, 'name="DC.type"')).toEqual([outlet ? 'NewsItem' : 'Text']);
			expect(await contents(page, 'property="og:site_name"')).toEqual(outlet ? [outlet] : []);
			const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '');
			expect(jsonLd).toMatchObject({ '@type': outlet ? 'NewsArticle' : 'Article', headline: record.title[script], inLanguage: lang });
		});
	}
}
