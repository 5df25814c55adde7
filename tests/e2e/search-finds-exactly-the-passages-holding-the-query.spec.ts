/**
 * The search page, under the test site's base path, finds exactly the passages that hold the
 * query, in whichever script it is typed: for each query of the table, in both scripts, the set
 * of passages listed equals the set computed from the published edition records.
 */
import { expect, test } from '@playwright/test';
import { convertScript } from '../../src/lib/script/convertScript.ts';
import { publishedCorpus } from './edition-record/support.ts';
import { queries } from './search/queries.ts';
import { allResults, passagesHolding, searchFor, searchPath } from './search/support.ts';

test.describe.configure({ mode: 'serial' });

test('the query table holds at least 40 queries of every kind the issue names', () => {
	expect(queries.length).toBeGreaterThanOrEqual(40);
	expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['word', 'cross-boundary', 'name', 'idiom', 'repaired', 'quoted', 'several terms', 'single character']));
});

for (const script of ['hans', 'hant'] as const) {
	test(`every query typed in ${script} lists exactly the passages that hold it`, async ({ page, request }) => {
		test.setTimeout(240_000);
		const { records } = await publishedCorpus(request);
		await page.goto(searchPath(script));
		for (const { query, terms = [query] } of queries) {
			const typed = script === 'hans' ? query : convertScript(query, 'hant');
			const expected = passagesHolding(
				records,
				terms.map((term) => ({ hans: term, hant: convertScript(term, 'hant') })),
			);
			expect(expected.length, `“${query}” is in the corpus`).toBeGreaterThan(0);
			await searchFor(page, typed);
			expect((await allResults(page)).sort(), `results for “${typed}”`).toEqual(expected);
		}
	});
}
