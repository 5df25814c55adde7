/**
 * What the reader copies is what the text says: selecting a whole paragraph and copying it (the
 * browser's own copy, to the real clipboard) gives exactly the passage's text from its edition
 * record, without the paragraph number, the note markers' labels or the source readings, whether
 * the readings are shown or hidden.
 */
import { expect, test } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { textPath, views } from './support/site.ts';

const slug = '000_fc2dc3fa00e2669f';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const { script } of views) {
	for (const readings of ['shown', 'hidden'] as const) {
		test(`copying each paragraph of ${slug} in ${script}, readings ${readings}, gives exactly its words`, async ({ page, request }) => {
			const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
			// A redaction's marker stands for words the source left out; those paragraphs are another matter.
			const paragraphs = record.passages.filter((p) => p.n !== null && !p.nodes[script].some((node) => node.kind === 'redaction'));
			// The paragraphs hold what could leak into a copy: readings, and the markers of notes.
			const kinds = paragraphs.flatMap((p) => p.nodes[script].map((node) => node.kind));
			expect(kinds).toEqual(expect.arrayContaining(['gloss', 'emendation']));

			await page.goto(textPath(slug, script));
			const toggle = page.locator('corpus-readings-toggle button');
			if (readings === 'hidden') await toggle.click();
			await expect(toggle).toHaveAttribute('aria-pressed', String(readings === 'shown'));
			for (const passage of paragraphs) {
				await page.locator(`#${passage.id}`).evaluate((element) => {
					const range = document.createRange();
					range.selectNodeContents(element);
					getSelection()!.removeAllRanges();
					getSelection()!.addRange(range);
				});
				await page.keyboard.press('Control+C');
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				expect(copied.trim(), passage.id).toBe(passage.text[script]);
			}
		});
	}
}

test(`copying a selection across paragraphs of ${slug} gives their words, a paragraph a line`, async ({ page, request }) => {
	const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
	const paragraphs = record.passages.filter((p) => p.n !== null).slice(0, 3);
	await page.goto(textPath(slug, 'hant'));
	await page.evaluate(([first, last]) => {
		const range = document.createRange();
		range.setStartBefore(document.getElementById(first)!);
		range.setEndAfter(document.getElementById(last)!);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	}, [paragraphs[0].id, paragraphs.at(-1)!.id]);
	await page.keyboard.press('Control+C');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.split(/\n+/).map((line) => line.trim()).filter(Boolean)).toEqual(paragraphs.map((p) => p.text.hant));
});
