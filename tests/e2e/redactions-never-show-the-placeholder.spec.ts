import { expect, test } from '@playwright/test';
import { readPassages, textPath, views } from './support/site.ts';

const slug = '001_829f82963481a026';

for (const { script } of views) {
	test(`redactions in ${slug} do not show a literal ** in ${script}`, async ({ page }) => {
		await page.goto(textPath(slug, script));
		const passages = await readPassages(page);
		// The source has `“五个**”`: the text around the placeholder is still there...
		expect(passages.map((p) => p.reading).join('\n')).toContain(script === 'hans' ? '具有重要影响力的“五个' : '具有重要影響力的“五個');
		// ...but neither the passages nor anything else visible shows the placeholder itself.
		for (const passage of passages) expect(passage.text, `#${passage.id}`).not.toContain('**');
		expect(await page.locator('body').innerText()).not.toContain('**');
	});
}
