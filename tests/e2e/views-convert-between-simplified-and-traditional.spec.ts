import { expect, test, type Page } from '@playwright/test';
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
