import { expect, test, type Page } from '@playwright/test';
import { readingText, textPath } from './support/site.ts';

const slug = '000_fc2dc3fa00e2669f';

/** Every ruby on the page as its base text and its reading. */
async function readRubies(page: Page): Promise<{ base: string; reading: string }[]> {
	return page.locator('ruby').evaluateAll((rubies) =>
		rubies.map((ruby) => ({
			base: [...ruby.childNodes]
				.filter((node) => node.nodeName !== 'RT' && node.nodeName !== 'RP')
				.map((node) => node.textContent)
				.join(''),
			reading: [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent).join(''),
		})),
	);
}

test('a source reading renders as ruby on its character in the traditional view', async ({ page }) => {
	await page.goto(textPath(slug, 'hant'));
	expect(await readRubies(page)).toContainEqual({ base: '發', reading: 'fā' });
});

test('a source reading stays on the converted character in the simplified view', async ({ page }) => {
	await page.goto(textPath(slug, 'hans'));
	expect(await readRubies(page)).toContainEqual({ base: '发', reading: 'fā' });
});

test('readings are taken out of the reading text', async ({ page }) => {
	// The source's title line is `弘揚勞模精神 凝聚發(fā)展合力`.
	await page.goto(textPath(slug, 'hant'));
	expect(await readingText(page, 'p1')).toContain('弘揚勞模精神 凝聚發展合力');
});

test('the repaired passage p10 reads 勞模“圍繞中心 in the traditional view', async ({ page }) => {
	await page.goto(textPath(slug, 'hant'));
	const reading = await readingText(page, 'p10');
	expect(reading).toContain('勞模“圍繞中心');
	expect(reading).not.toContain('!皣@');
});
