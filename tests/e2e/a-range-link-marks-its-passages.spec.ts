/** A link to a range of passages (`#p8-p12`) marks each passage from the first to the last and brings the first into view. */
import { expect, test } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { textPath, views } from './support/site.ts';

const slug = '001_829f82963481a026';

for (const { script } of views) {
	test(`a range link in ${script} marks exactly the passages it spans, and the first is in view`, async ({ page, request }) => {
		const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
		const shown = record.passages.filter((p) => p.role !== 'dateline');
		const [first, last] = [shown[6], shown[9]];
		await page.goto(`${textPath(slug, script)}#${first.id}-${last.id}`);
		const spanned = shown.filter((p) => p.line >= first.line && p.line <= last.line).map((p) => p.id);
		await expect(page.locator('.passage.in-range')).toHaveCount(spanned.length);
		expect(await page.locator('.passage.in-range').evaluateAll((elements) => elements.map((el) => el.id))).toEqual(spanned);
		await expect(page.locator(`#${first.id}`)).toBeInViewport();

		// Another range replaces it.
		await page.evaluate((hash) => (location.hash = hash), `${shown[1].id}-${shown[2].id}`);
		await expect(page.locator('.passage.in-range')).toHaveCount(2);
		expect(await page.locator('.passage.in-range').evaluateAll((elements) => elements.map((el) => el.id))).toEqual([shown[1].id, shown[2].id]);
	});
}
