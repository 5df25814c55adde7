/**
 * The quote check finds the passage a quote comes from although its script, punctuation or a
 * character differ, and marks each difference. The quotes are cut from a published record and
 * then altered as a newspaper might; the passage they must lead to is the one they were cut from.
 */
import { expect, test } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { convertScript } from '../../src/lib/script/convertScript.ts';
import { fetchJson } from './edition-record/support.ts';
import { searchPath } from './search/support.ts';

const slug = '002_cb0b64c34cfde53f';

async function checkQuote(page: import('@playwright/test').Page, quote: string) {
	await page.goto(searchPath('hans'));
	await page.locator('#quote-text').fill(quote);
	await page.getByRole('button', { name: '核对' }).click();
	await expect(page.locator('corpus-search')).toHaveAttribute('data-quote-state', 'done', { timeout: 15_000 });
}

test.describe('the quote check', () => {
	let passageId = '';
	/** The quote as cut from the passage, in each script. */
	let original = '';
	let originalHant = '';

	test.beforeAll(async ({ request }) => {
		const record = await fetchJson<EditionRecord>(request, `data/texts/${slug}.json`);
		// The first paragraph with a run of 24 characters holding punctuation in its middle.
		for (const passage of record.passages.filter((p) => p.role === 'paragraph')) {
			const run = [...passage.text.hans].slice(0, 40).join('');
			const cut = /[,，、。；：]/.exec(run.slice(8, 30));
			if (!cut) continue;
			// 32 characters from the first letter, ending in a letter (the words the passage has, no quotation mark around them).
			const start = [...passage.text.hans].findIndex((c) => /[\p{L}\p{N}]/u.test(c));
			let end = start + 32;
			while (!/[\p{L}\p{N}]/u.test([...passage.text.hans][end - 1])) end--;
			passageId = passage.id;
			original = [...passage.text.hans].slice(start, end).join('');
			originalHant = [...passage.text.hant].slice(start, end).join('');
			break;
		}
		expect(original).not.toBe('');
	});

	const cases: { name: string; alter: (quote: string) => string; verdict: RegExp; comparedIn?: 'hant' }[] = [
		{ name: 'an exact quote', alter: (q) => q, verdict: /一字不差/ },
		// Compared with the traditional view, where it is exact.
		{ name: 'the quote in the other script', alter: (q) => convertScript(q, 'hant'), verdict: /一字不差/, comparedIn: 'hant' },
		{ name: 'altered punctuation', alter: (q) => q.replace(/[,，、。；：]/, (mark) => (mark === '、' ? '，' : '、')), verdict: /标点或空格不同/ },
		{ name: 'a changed character', alter: (q) => { const c = [...q]; c[5] = c[5] === '国' ? '家' : '国'; return c.join(''); }, verdict: /改动 1 字，漏掉 0 字，多出 0 字/ },
		{ name: 'a dropped character', alter: (q) => { const c = [...q]; c.splice(6, 1); return c.join(''); }, verdict: /改动 0 字，漏掉 1 字，多出 0 字/ },
	];

	for (const { name, alter, verdict, comparedIn } of cases) {
		test(`finds the passage of ${name} and says how it differs`, async ({ page }) => {
			const quote = alter(original);
			await checkQuote(page, quote);
			await expect(page.locator('.quote-status')).toHaveText(verdict);
			await expect(page.locator('.quote-result a')).toHaveAttribute('href', new RegExp(`/texts/${slug}/#${passageId}$`));
			// The comparison shown: without what the quote added (<ins>) it reads as the passage; without
			// what the quote dropped (<del>) it reads as the quote, in the passage's forms of its characters.
			const side = (remove: 'ins' | 'del') =>
				page.locator('.quote-result blockquote').evaluate((node, tag) => {
					const clone = node.cloneNode(true) as HTMLElement;
					clone.querySelectorAll(`.visually-hidden, ${tag}`).forEach((element) => element.remove());
					return clone.textContent;
				}, remove);
			const passageWords = comparedIn === 'hant' ? originalHant : original;
			expect(await side('ins')).toBe(passageWords);
			expect(convertScript((await side('del'))!, 'hans')).toBe(convertScript(quote, 'hans'));
		});
	}

	test('marks a changed character as one dropped from the passage and one added by the quote', async ({ page }) => {
		const characters = [...original];
		const replaced = characters[5];
		characters[5] = replaced === '国' ? '家' : '国';
		await checkQuote(page, characters.join(''));
		await expect(page.locator('.quote-result blockquote del')).toHaveCount(1);
		await expect(page.locator('.quote-result blockquote del')).toHaveText(new RegExp(`${replaced}$`));
		await expect(page.locator('.quote-result blockquote ins')).toHaveText(new RegExp(`${characters[5]}$`));
	});

	test('says so when the corpus holds no passage for the quote', async ({ page }) => {
		await checkQuote(page, '今天天气很好我们一起去公园散步吧');
		await expect(page.locator('.quote-status')).toHaveText(/没有找到/);
		await expect(page.locator('.quote-result a')).toHaveCount(0);
	});
});
