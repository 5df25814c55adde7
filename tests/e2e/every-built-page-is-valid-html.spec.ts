/**
 * A maintained HTML validator (html-validate, recommended rules) finds no error on any page of the
 * bundled corpus's site: every text page in both scripts, the catalogue, glossary, about, search,
 * entry and 404 pages. (The hostile corpus's pages are checked in its own spec.)
 */
import { expect, test } from '@playwright/test';
import { siteDir } from './support/paths.ts';
import { slugs } from './support/site.ts';
import { htmlErrors } from './support/validateHtml.ts';

test('html-validate finds no error on any built page', async () => {
	const { pages, errors } = await htmlErrors(siteDir);
	// Each text in two scripts, and at least the catalogue, about and search pages in two: nothing was skipped.
	expect(pages).toBeGreaterThanOrEqual(slugs.length * 2 + 6);
	expect(errors).toEqual([]);
});
