/**
 * What the reader copies is what the text says: selecting a whole paragraph and copying it (the
 * browser's copy, to the real clipboard) gives exactly the passage's text from its edition record,
 * without the passage id, the cite button, the note markers' labels or the source readings,
 * whether the readings are shown or hidden, and with a redaction as its source wrote it (the page
 * shows a label in its place). Words selected within a passage can be copied with their citation,
 * or as a link that names them.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { fetchJson } from './edition-record/support.ts';
import { textPath, views } from './support/site.ts';

const slug = '000_fc2dc3fa00e2669f';
/** What a passage shows that no quotation holds: its id, its cite button, readings, note markers. */
const notQuoted = '.pn, .cite-passage, rt, rp, button';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const { script } of views) {
	for (const readings of ['shown', 'hidden'] as const) {
		test(`copying each paragraph of ${slug} in ${script}, readings ${readings}, gives exactly its words`, async ({ page, request }) => {
			const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
			const paragraphs = record.passages.filter((p) => p.n !== null);
			// The paragraphs hold what could leak into a copy: readings, and the markers of notes.
			const kinds = paragraphs.flatMap((p) => p.nodes[script].map((node) => node.kind));
			expect(kinds).toEqual(expect.arrayContaining(['gloss', 'emendation']));

			await page.goto(textPath(slug, script));
			const toggle = page.locator('corpus-preference-toggle[data-preference=readings] button');
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

test.describe('a text whose source leaves a name out', () => {
	const redacted = '001_829f82963481a026';
	for (const { script } of views) {
		test(`copying each of its passages with a redaction in ${script} gives the source's placeholder, not the label shown`, async ({ page, request }) => {
			const record = await fetchJson<EditionRecord>(request, `data/texts/${redacted}.json`);
			const passages = record.passages.filter((p) => p.nodes[script].some((node) => node.kind === 'redaction'));
			expect(passages.length).toBeGreaterThan(0);
			await page.goto(textPath(redacted, script));
			for (const passage of passages) {
				await page.locator(`#${passage.id}`).evaluate((element) => getSelection()!.selectAllChildren(element));
				await page.keyboard.press('Control+C');
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				expect(copied, passage.id).toBe(passage.text[script]);
				expect(copied, passage.id).not.toContain('〔');
			}
		});
	}
});

test('words selected in a passage can be copied with their citation, or as a link that lands on them', async ({ page, request }) => {
	const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
	const passage = record.passages.find((p) => p.id === 'p12')!;
	await page.goto(textPath(slug, 'hans'));
	const address = await page.locator('link[rel="alternate"][hreflang="zh-Hans"]').getAttribute('href');
	// Select ten characters of the passage's own text: the first run of at least twelve between its readings and markers.
	const quote = await page.locator('#p12').evaluate((element, notQuoted) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement!.closest(notQuoted) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
		let run = walker.nextNode() as Text;
		while (run.data.length < 12) run = walker.nextNode() as Text;
		const range = document.createRange();
		range.setStart(run, 1);
		range.setEnd(run, 11);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		return range.toString();
	}, notQuoted);
	expect(passage.text.hans).toContain(quote);
	const tools = page.getByRole('toolbar', { name: '所选文字' });
	await expect(tools).toBeVisible();
	await tools.getByRole('button', { name: '复制引文链接' }).click();
	await expect(tools.getByRole('status')).toHaveText('已复制。');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	// The words shown as they are, and once on the page: the link names them twice, for the page to mark and for the browser to find.
	expect(link).toBe(`${address}?${new URLSearchParams({ hl: quote })}#p12:~:text=${encodeURIComponent(quote)}`);

	await tools.getByRole('button', { name: '复制引文及出处' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(link);
	// The words, then the footnote in the default style (GB/T 7714, which gives the reference in full), ending with the passage's link.
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.startsWith(`${quote}\n张跃峰. 弘扬劳模精神 凝聚发展合力[N/OL]. 中工网—《河北工人报》, 2015-04-29[`), copied).toBe(true);
	expect(copied.endsWith(`. ${address}#p12.`), copied).toBe(true);

	// The link lands on the passage, with the words marked. (The site's public address is not the test server's: the link is followed on the test server.)
	await followAndExpectMarked(page, link, 'p12', quote);
});

/** Follows a quote link on the test server, and expects its passage targeted and exactly its words marked. */
async function followAndExpectMarked(page: Page, link: string, passage: string, quote: string): Promise<void> {
	const { pathname, search, hash } = new URL(link);
	await page.goto(pathname + search + hash);
	expect(await page.evaluate(() => location.hash)).toBe(`#${passage}`);
	await expect(page.locator('.passage:target')).toHaveAttribute('id', passage);
	// What the marked ranges hold, without the readings and note markers inside them.
	const marked = () =>
		page.evaluate(() =>
			[...(CSS.highlights.get('search-hit') ?? [])]
				.map((range) => {
					const words = (range as Range).cloneContents();
					for (const extra of words.querySelectorAll('rt, rp, button')) extra.remove();
					return words.textContent;
				})
				.join(''),
		);
	await expect.poll(marked).toBe(quote);
}

test('words selected across source readings get a link that still marks them, without a text fragment the browser could not match', async ({ page, request }) => {
	await page.goto(textPath(slug, 'hans'));
	// From the start of p10's text to the end of its first text after a reading: the selection holds a reading (shown by default).
	const quote = await page.locator('#p10').evaluate((element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement!.closest('.pn, .cite-passage, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
		const texts: Text[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
		const reading = texts.findIndex((text) => text.parentElement!.closest('rt'));
		const range = document.createRange();
		range.setStart(texts[0], 0);
		range.setEnd(texts[reading + 1], texts[reading + 1].data.length);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		const words = range.cloneContents();
		for (const extra of words.querySelectorAll('rt, rp, button')) extra.remove();
		return words.textContent!;
	});
	// The passage's words from its start, as its record has them.
	const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
	expect(record.passages.find((p) => p.id === 'p10')!.text.hans.startsWith(quote)).toBe(true);
	const tools = page.getByRole('toolbar', { name: '所选文字' });
	await tools.getByRole('button', { name: '复制引文链接' }).click();
	await expect(tools.getByRole('status')).toHaveText('已复制。');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).not.toContain(':~:');
	expect(new URL(link).searchParams.get('hl')).toBe(quote);
	await followAndExpectMarked(page, link, 'p10', quote);
});

test('a link to words its passage holds more than once lands on the ones selected, and marks them alone', async ({ page }) => {
	await page.goto(textPath('002_cb0b64c34cfde53f', 'hans'));
	// The second time a passage's text has four characters it had before, selected within one run of text.
	const selected = await page.locator('.text .passage[id]').evaluateAll((passages, notQuoted) => {
		for (const passage of passages) {
			const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement!.closest(notQuoted) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
			let text = '';
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				for (let offset = 0; offset + 4 <= node.data.length; offset++) {
					const words = node.data.slice(offset, offset + 4);
					if (/^\p{Script=Han}{4}$/u.test(words) && (text + node.data.slice(0, offset)).includes(words)) {
						const range = document.createRange();
						range.setStart(node, offset);
						range.setEnd(node, offset + 4);
						getSelection()!.removeAllRanges();
						getSelection()!.addRange(range);
						return { passage: passage.id, words, at: text.length + offset };
					}
				}
				text += node.data;
			}
		}
		return undefined;
	}, notQuoted);
	expect(selected, 'a passage with four characters twice').toBeDefined();
	const { passage, words, at } = selected!;
	const tools = page.getByRole('toolbar', { name: '所选文字' });
	await tools.getByRole('button', { name: '复制引文链接' }).click();
	await expect(tools.getByRole('status')).toHaveText('已复制。');
	const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(link.searchParams.get('hl')).toBe(words);
	expect(link.searchParams.get('at')).toBe(String(at));
	// No text fragment: the browser would take the first match.
	expect(link.hash).toBe(`#${passage}`);

	await page.goto(link.pathname + link.search + link.hash);
	// Each marked range, as where it starts in the passage's text (as the selection was counted above).
	const marked = () =>
		page.evaluate(([id, notQuoted]) => {
			const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement!.closest(notQuoted) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
			const starts = new Map<Node, number>();
			let length = 0;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				starts.set(node, length);
				length += (node as Text).data.length;
			}
			return [...(CSS.highlights.get('search-hit') ?? [])].map((range) => [(range as Range).toString(), starts.get((range as Range).startContainer)! + (range as Range).startOffset]);
		}, [passage, notQuoted] as const);
	await expect.poll(marked).toEqual([[words, at]]);
});

test('a link to words selected across a redaction marks them, the label with them', async ({ page }) => {
	await page.goto(textPath('001_829f82963481a026', 'hans'));
	// Two characters either side of a redaction's label, each side within one run of text.
	const passage = await page.locator('.text .passage[id]').evaluateAll((passages) => {
		for (const passage of passages) {
			const marker = passage.querySelector('.note-marker.redaction');
			const [before, after] = [marker?.previousSibling, marker?.nextSibling];
			if (!(before instanceof Text && after instanceof Text && before.data.length >= 2 && after.data.length >= 2)) continue;
			const range = document.createRange();
			range.setStart(before, before.data.length - 2);
			range.setEnd(after, 2);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return passage.id;
		}
		return undefined;
	});
	expect(passage, 'a redaction with text either side').toBeDefined();
	const tools = page.getByRole('toolbar', { name: '所选文字' });
	await tools.getByRole('button', { name: '复制引文链接' }).click();
	await expect(tools.getByRole('status')).toHaveText('已复制。');
	const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	// The quotation gives the redaction as its source wrote it.
	const quote = link.searchParams.get('hl')!;
	expect(quote).not.toContain('〔');

	await page.goto(link.pathname + link.search + link.hash);
	// Each marked range's words, the redaction's label given as its placeholder.
	const marked = () =>
		page.evaluate(() =>
			[...(CSS.highlights.get('search-hit') ?? [])].map((range) => {
				const words = (range as Range).cloneContents();
				for (const extra of words.querySelectorAll('rt, rp')) extra.remove();
				for (const redaction of words.querySelectorAll<HTMLElement>('.note-marker.redaction')) redaction.replaceWith(redaction.dataset.placeholder!);
				return words.textContent;
			}),
		);
	await expect.poll(marked).toEqual([quote]);
});
