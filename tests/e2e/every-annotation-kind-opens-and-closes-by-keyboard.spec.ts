import { expect, test } from '@playwright/test';
import { textPath } from './support/site.ts';

/** One annotation of each kind, the button that opens it, and words its note must show (a private-use character by its code point, wherever the note quotes it). */
const annotations = [
	{ kind: 'emendation', slug: '000_fc2dc3fa00e2669f', script: 'hant', passage: 'p10', button: '校勘', shows: ['校勘：勞模“圍繞', '編者校訂', '勞!皣U+E30F@', '字節錯位時，重新配對的引號前丟了一個字。', 'lost in the byte shift', '自動將“!皣U+E30F@”修復為', 'repair of “!皣U+E30F@”'] },
	{ kind: 'term', slug: '002_cb0b64c34cfde53f', script: 'hans', passage: 'p8', button: '术语', shows: ['劳模精神', 'láomó jīngshén', 'model workers'] },
	// A glossary entry that is not a term says what it names: here a place.
	{ kind: 'place', slug: '001_829f82963481a026', script: 'hant', passage: 'p7', button: '地名', shows: ['府谷', 'Fǔgǔ'] },
	{ kind: 'note', slug: '000_fc2dc3fa00e2669f', script: 'hant', passage: 'p14', button: '註釋', shows: ['韓非子', 'Hanfeizi'] },
	{ kind: 'redaction', slug: '001_829f82963481a026', script: 'hans', passage: 'p3', button: '〔略〕', shows: ['**'] },
] as const;

for (const a of annotations) {
	test(`${a.kind === 'emendation' ? 'an' : 'a'} ${a.kind} opens with Enter, shows its note, closes with Escape and moves nothing`, async ({ page }) => {
		await page.goto(textPath(a.slug, a.script));
		const passage = page.locator(`#${a.passage}`);
		const button = passage.getByRole('button', { name: a.button }).first();
		const note = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await button.focus();
		// Where the passage stands in the page (the page may scroll to keep the words clear of the note; the text must not move).
		const inPage = () => passage.evaluate((element) => {
			const box = element.getBoundingClientRect();
			return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
		});
		const before = await inPage();
		await page.keyboard.press('Enter');
		await expect(note).toBeVisible();
		for (const words of a.shows) await expect(note).toContainText(words);
		expect(await inPage()).toEqual(before);

		await page.keyboard.press('Escape');
		await expect(note).toBeHidden();
		await expect(button).toBeFocused();
	});
}

test('a note opens by tap and closes with its close button', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(textPath('003_b7a5152ad6829bcd', 'hant'));
	const button = page.locator('#p9').getByRole('button', { name: '校勘' }).first();
	await button.tap();
	const note = page.locator(`#${await button.getAttribute('popovertarget')}`);
	await expect(note).toBeVisible();
	await expect(note).toContainText('兼備');
	await note.getByRole('button', { name: '關閉' }).tap();
	await expect(note).toBeHidden();
	await context.close();
});

test('notes open without JavaScript, giving the corrected reading in the page’s script and the original’s', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hans'));
	const button = page.locator('#p16').getByRole('button', { name: '校勘' });
	await button.click();
	const note = page.locator(`#${await button.getAttribute('popovertarget')}`);
	await expect(note).toBeVisible();
	await expect(note).toContainText('劳模“雷厉风');
	await expect(note).toContainText('原文: 勞模“雷厲風');
	await context.close();
});

test('a glossary term written alike in both scripts is named once in its note', async ({ page }) => {
	await page.goto(textPath('003_b7a5152ad6829bcd', 'hant'));
	const note = page.locator('#note-p7-t-74ce8e');
	await page.locator('#p7 [popovertarget="note-p7-t-74ce8e"]').click();
	await expect(note.locator('strong')).toHaveText('十三五');
});

test('a marker says what kind of note it opens, and no number is glued onto the text', async ({ page }) => {
	await page.goto(textPath('001_829f82963481a026', 'hans'));
	expect(await page.locator('#p3').innerText()).toContain('“五个〔略〕”');
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hant'));
	const labels = await page.locator('.text .note-marker').evaluateAll((markers) => markers.map((m) => `${m.textContent}${getComputedStyle(m, '::after').content}`));
	// 000 names a person (張躍峰), places (峰峰礦區, 邯鄲) and an organization (中共) in its text, besides its terms.
	expect(new Set(labels)).toEqual(new Set(['校勘none', '術語none', '人物none', '地名none', '機構none', '註釋none', '字形none']));
});
