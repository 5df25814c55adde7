/**
 * Record → MDX → page: each text page, in each script, loads without an error and shows exactly
 * the passages of the text's published edition record, in order, each reading as the record's
 * text for that script (the passage id, its cite button, note markers and source readings left
 * out, a placeholder read as the source writes it). The source's datelines are shown too, under
 * their ids, with the provenance after the text (they are the page's header, not its reading
 * text). With JavaScript disabled the page shows the same passages, readings and markers included.
 *
 * One test per page does all of this on one load with JavaScript and one without: loading the ten
 * text pages is most of what these checks cost.
 */
import { expect, test } from '@playwright/test';
import { readPassages, slugs, textPath, views, watchForProblems } from '../support/site.ts';
import { fetchJson } from './support.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';

test('the bundled corpus has texts to test', () => {
	expect(slugs.length).toBeGreaterThan(0);
});

for (const slug of slugs) {
	for (const { script, lang } of views) {
		test(`the ${script} page of ${slug} loads cleanly and reads as its record, passage by passage, with JavaScript or without`, async ({ browser, page, request }) => {
			const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
			const problems = watchForProblems(page);
			const response = await page.goto(textPath(slug, script));
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);

			const shown = await page
				.getByRole('main')
				.locator('.passage[id], .dateline[id]')
				.evaluateAll((elements) =>
					elements.map((element) => {
						const copy = element.cloneNode(true) as Element;
						for (const extra of copy.querySelectorAll('.pn, .cite-passage, rt, rp, button.note-marker:not(.redaction)')) extra.remove();
						// A redaction's marker stands where the source had its placeholder: keep which one.
						for (const marker of copy.querySelectorAll('button.redaction')) marker.replaceWith(`\u0000${marker.getAttribute('popovertarget')}\u0000`);
						return { id: element.id, text: copy.textContent ?? '' };
					}),
				);
			const placeholders = new Map(record.notes.flatMap((n) => (n.kind === 'redaction' ? [[`note-${n.id}`, n.source]] : [])));
			const read = shown.map(({ id, text }) => ({ id, text: text.replace(/\u0000([^\u0000]+)\u0000/g, (_, anchor: string) => placeholders.get(anchor) ?? `[unknown ${anchor}]`) }));
			const inText = record.passages.filter((p) => p.role !== 'dateline');
			const datelines = record.passages.filter((p) => p.role === 'dateline');
			expect(read).toEqual([...inText, ...datelines].map((p) => ({ id: p.id, text: p.text[script] })));

			// The same page without JavaScript: the same passages, as laid out (readings and markers included).
			const withScript = await readPassages(page);
			const context = await browser.newContext({ javaScriptEnabled: false });
			try {
				const noScript = await context.newPage();
				expect((await noScript.goto(textPath(slug, script)))?.status()).toBe(200);
				await expect(noScript.locator('html')).toHaveAttribute('lang', lang);
				expect(await readPassages(noScript)).toEqual(withScript);
			} finally {
				await context.close();
			}
		});
	}
}
