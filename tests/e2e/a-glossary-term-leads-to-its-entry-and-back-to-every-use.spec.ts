/**
 * The glossary as a reader uses it: a term opened in a text leads to its entry; the entry's
 * concordance counts what the published records hold and each line leads back to its passage
 * with the words marked; a term is marked at its first use in a text, every use on request.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EditionRecord } from '../../src/lib/edition/recordSchema.ts';
import { publishedCorpus } from './edition-record/support.ts';
import { textPath } from './support/site.ts';

const slug = '002_cb0b64c34cfde53f';
const term = { id: 'laomo-jingshen', hans: '劳模精神', hant: '勞模精神' };
const entryLink = { hans: '术语表条目与全部用例', hant: '術語表條目與全部用例' };
const markEvery = { hans: '标出每处术语', hant: '標出每處術語' };

/** The term markers a reader sees for the entry, and the note each opens. */
async function shownMarkers(page: Page, note: string) {
	return page.locator(`.text .note-marker[popovertarget="${note}"]`).filter({ visible: true }).count();
}

/** The uses of the entry in a record, from its notes. */
const usesIn = (record: EditionRecord) => record.notes.filter((n) => n.kind === 'term' && n.term === term.id);

for (const script of ['hans', 'hant'] as const) {
	test(`in ${script}, a term opened in a text leads to its entry, whose concordance counts the records’ uses and leads back to each passage`, async ({ page, request }) => {
		const { records } = await publishedCorpus(request);
		await page.goto(textPath(slug, script));
		const firstUse = usesIn(records.find((r) => r.slug === slug)!)[0];
		const marker = page.locator(`#${firstUse.passage}`).locator(`.annotated:has-text("${term[script]}") + .note-marker`).first();
		await marker.click();
		const note = page.locator(`#${await marker.getAttribute('popovertarget')}`);
		await expect(note).toBeVisible();
		await note.getByRole('link', { name: entryLink[script] }).click();

		await expect(page).toHaveURL(new RegExp(`/${script}/glossary/${term.id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(term[script]);
		const uses = records.flatMap((record) => usesIn(record).map((use) => ({ record, use })));
		const texts = new Set(uses.map(({ record }) => record.slug));
		await expect(page.locator('#concordance + p')).toContainText(`${uses.length}`);
		await expect(page.locator('#concordance + p')).toContainText(`${texts.size}`);
		const lines = page.locator('ol.concordance > li');
		await expect(lines).toHaveCount(uses.length);
		for (const year of new Set(uses.map(({ record }) => record.date?.slice(0, 4)))) {
			const counted = uses.filter(({ record }) => record.date?.slice(0, 4) === year).length;
			const row = page.locator('.use-counts table').nth(1).locator('tbody tr', { hasText: year ?? (script === 'hans' ? '不详' : '不詳') });
			await expect(row.locator('td').last()).toHaveText(String(counted));
		}

		// A line leads to its passage, with its own use of the words marked there: here the second
		// use in a passage that uses the term twice or more (the lines of a text are in reading order).
		const { record, use } = uses.find(({ record, use }, i) => uses.findIndex((other) => other.record === record && other.use.passage === use.passage) < i)!;
		const line = lines.filter({ has: page.locator(`a[href*="/texts/${record.slug}/"][href$="#${use.passage}"]`) }).nth(1);
		await line.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/${script}/texts/${record.slug}/\\?hl=.+#${use.passage}$`));
		// Which of the passage's uses of the term each marked range is in.
		const marked = () => page.evaluate(([passage, words]) => {
			const withoutReadings = (span: Element) => {
				const copy = span.cloneNode(true) as Element;
				for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
				return copy.textContent;
			};
			const uses = [...document.getElementById(passage)!.querySelectorAll('.annotated')].filter((span) => withoutReadings(span) === words);
			return [...(CSS.highlights.get('search-hit') ?? [])].map((range) => [(range as Range).toString(), uses.findIndex((span) => (range as Range).intersectsNode(span))]);
		}, [use.passage, term[script]] as const);
		await expect.poll(marked).toEqual([[term[script], 1]]);
		await expect(page.locator(`#${use.passage}`)).toBeInViewport();
	});

	test(`in ${script}, a term is marked at its first use in a text; every use when the reader asks, remembered on the next page`, async ({ page, request }) => {
		const { records } = await publishedCorpus(request);
		const uses = usesIn(records.find((r) => r.slug === slug)!);
		expect(uses.length).toBeGreaterThan(2);
		await page.goto(textPath(slug, script));
		const note = `note-${uses[0].id}`;
		expect(await shownMarkers(page, note)).toBe(1);
		// A later use's words are not underlined until every use is marked.
		const later = page.locator(`#${uses[2].passage} .annotated.later-use`).first();
		await expect(later).toHaveCSS('text-decoration-line', 'none');

		const toggle = page.getByRole('button', { name: markEvery[script] });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await shownMarkers(page, note)).toBe(uses.length);
		await expect(later).toHaveCSS('text-decoration-line', 'underline');
		// A later use's marker opens the term's one note.
		const laterMarker = page.locator(`.text .note-marker[popovertarget="${note}"]`).last();
		await laterMarker.click();
		await expect(page.locator(`#${note}`)).toBeVisible();
		await expect(page.locator(`#${note}`)).toContainText(term[script]);

		await page.goto(textPath('001_829f82963481a026', script));
		await expect(page.getByRole('button', { name: markEvery[script] })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: markEvery[script] }).click();
		await page.goto(textPath(slug, script));
		expect(await shownMarkers(page, note)).toBe(1);
	});
}

test('the glossary lists its entries by kind, sorted by pinyin, and sorts a kind by how often it is used', async ({ page }) => {
	await page.goto('hans/glossary/');
	const kinds = page.getByRole('heading', { level: 2 });
	await expect(kinds.first()).toHaveText('术语');
	expect(await kinds.count()).toBeGreaterThan(3);
	const table = page.locator('section').first().locator('table');
	const column = (n: number) => table.locator(`tbody tr td:nth-child(${n})`).allInnerTexts();
	const pinyin = await column(2);
	expect(pinyin).toEqual([...pinyin].sort(new Intl.Collator('en').compare));
	await table.getByRole('button', { name: '用例' }).click();
	const uses = (await column(3)).map(Number);
	expect(uses).toEqual([...uses].sort((a, b) => b - a));
	expect(uses[0]).toBeGreaterThan(uses.at(-1)!);
	await expect(table.locator('th[aria-sort="descending"] button')).toHaveText('用例');
});
