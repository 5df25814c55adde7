/**
 * A result leads to its passage in the reader's script, scrolled into view, with the words found
 * highlighted there (CSS Custom Highlight API, which leaves the text itself as it was).
 */
import { expect, test } from '@playwright/test';
import { redactionShown } from '../../src/lib/passages/shownSpans.ts';
import { publishedCorpus } from './edition-record/support.ts';
import { searchPath, searchSettled } from './search/support.ts';
import { textPath } from './support/site.ts';

for (const { script, query, words } of [
	{ script: 'hans', query: '型升级', words: '型升级' },
	{ script: 'hant', query: '型升级', words: '型升級' },
	{ script: 'hant', query: '愛崗敬業', words: '愛崗敬業' },
] as const) {
	test(`a result for “${query}” in ${script} opens its passage with “${words}” marked`, async ({ page }) => {
		await page.goto(searchPath(script, query));
		await searchSettled(page, query);
		const first = page.locator('ol.results a.result-link').first();
		// The excerpt marks the words found, in the reader's script.
		await expect(page.locator('ol.results li').first().locator('mark').first()).toHaveText(words);
		const href = (await first.getAttribute('href'))!;
		expect(href).toContain(`/${script}/texts/`);
		await first.click();

		const id = new URL(page.url()).hash.slice(1);
		expect(id).toMatch(/^p\d+$/);
		const passage = page.locator(`[id="${id}"]`);
		await expect(passage).toBeInViewport();
		// The marking code loads after the page: wait for it.
		const markedRanges = () => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => (range as Range).toString()));
		await expect.poll(async () => (await markedRanges()).length).toBeGreaterThan(0);
		const marked = await markedRanges();
		for (const text of marked) expect(text).toBe(words);
		// Every marked range lies inside the passage linked to.
		expect(await page.evaluate((passageId) => [...(CSS.highlights.get('search-hit') ?? [])].every((range) => document.getElementById(passageId)!.contains((range as Range).commonAncestorContainer)), id)).toBe(true);
	});
}

// A concordance line says where its use starts in the passage (`&at=`), counted in the text as the
// page shows it: a redaction reads as its label there (〔略〕).
test('a link that says where the words start marks that use alone, past a redaction', async ({ page, request }) => {
	const { records } = await publishedCorpus(request);
	const found = records.flatMap((record) =>
		record.passages.flatMap((passage) => {
			const text = passage.text.hans;
			const redaction = text.indexOf('**');
			if (redaction === -1) return [];
			const shown = text.replaceAll('**', redactionShown);
			// Two characters of the text that it also has before the redaction.
			for (let at = redaction + redactionShown.length; at + 2 <= shown.length; at++) {
				const words = shown.slice(at, at + 2);
				if (/^\p{Script=Han}{2}$/u.test(words) && shown.slice(0, redaction).includes(words)) return [{ record, passage: passage.id, words, at }];
			}
			return [];
		}),
	);
	expect(found.length, 'a passage with a redaction and words used on both sides of it').toBeGreaterThan(0);
	const { record, passage, words, at } = found[0];
	await page.goto(`${textPath(record.slug, 'hans')}?hl=${encodeURIComponent(words)}&at=${at}#${passage}`);
	const marked = () =>
		page.evaluate((id) => {
			const marker = document.getElementById(id)!.querySelector('.note-marker.redaction')!;
			return [...(CSS.highlights.get('search-hit') ?? [])].map((range) => [(range as Range).toString(), Boolean(marker.compareDocumentPosition((range as Range).startContainer) & Node.DOCUMENT_POSITION_FOLLOWING)]);
		}, passage);
	await expect.poll(marked).toEqual([[words, true]]);
});
