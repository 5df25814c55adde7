import { expect, test, type Page } from '@playwright/test';
import { basePath } from './support/paths.ts';
import { readPassages, textPath } from './support/site.ts';

/** A phrase with no pinyin glosses in it, in the source's script and converted. */
const cases = [
	{ slug: '000_fc2dc3fa00e2669f', source: 'hant', hant: '勞模精神是時代的先進文化', hans: '劳模精神是时代的先进文化' },
	{ slug: '001_829f82963481a026', source: 'hans', hant: '面對經濟下行壓力和日趨嚴峻的疫情防控形勢', hans: '面对经济下行压力和日趋严峻的疫情防控形势' },
] as const;

/** The reading text of every passage on the page. */
async function readingOf(page: Page): Promise<string> {
	return (await readPassages(page)).map((passage) => passage.reading).join('\n');
}

for (const { slug, source, hans, hant } of cases) {
	const other = source === 'hans' ? 'hant' : 'hans';
	test(`the ${other} view of the ${source} source ${slug} shows converted text`, async ({ page }) => {
		await page.goto(textPath(slug, other));
		const reading = await readingOf(page);
		expect(reading).toContain(other === 'hans' ? hans : hant);
		expect(reading).not.toContain(other === 'hans' ? hant : hans);
	});

	test(`the ${source} view of ${slug} keeps the source's own script`, async ({ page }) => {
		await page.goto(textPath(slug, source));
		expect(await readingOf(page)).toContain(source === 'hans' ? hans : hant);
	});
}

test('the page title follows the script of the view', async ({ page }) => {
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hans'));
	await expect(page).toHaveTitle(/弘扬劳模精神/);
	await page.goto(textPath('000_fc2dc3fa00e2669f', 'hant'));
	await expect(page).toHaveTitle(/弘揚勞模精神/);
});

for (const script of ['hans', 'hant'] as const) {
	test(`the ${script} about page quotes its conversion examples as written, each marked with its script`, async ({ page }) => {
		await page.goto(`${basePath}${script}/about/`);
		const examples = page.locator('main section p span[lang]');
		const quoted = await examples.evaluateAll((spans) => spans.map((span) => `${span.textContent}:${span.getAttribute('lang')}`));
		// Examples in the page's own script need no mark; the others carry their language.
		const all = ['發(fā)展:zh-Hant', '干部:zh-Hans', '幹部:zh-Hant', '干净:zh-Hans', '乾淨:zh-Hant', '台:zh-Hans', '臺:zh-Hant', '头发:zh-Hans', '頭發:zh-Hant'];
		expect(quoted).toEqual(all.filter((example) => !example.endsWith(script === 'hans' ? 'zh-Hans' : 'zh-Hant')));
		const body = await page.locator('main').innerText();
		expect(body).toContain(script === 'hans' ? '例如“干部”转为“幹部”，“干净”转为“乾淨”' : '例如“干部”轉為“幹部”，“干净”轉為“乾淨”');
		// A traditional source's own conversion error, quoted as it stands in either view.
		expect(body).toContain('“头发”');
		expect(body).toContain('“頭發”');
	});
}
