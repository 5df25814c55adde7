import { expect, type Page } from '@playwright/test';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';

/** The search page of a script, relative to the base path. */
export function searchPath(script: 'hans' | 'hant', query?: string): string {
	return `${script}/search/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;
}

/** Waits until the search page has shown the outcome of the search for `query`. */
export async function searchSettled(page: Page, query: string): Promise<void> {
	await expect(page.locator('corpus-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
	await expect(page.locator('#search-query')).toHaveValue(query);
}

/** Types a query into the search page's own box and submits it, then waits for the outcome. */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.locator('#search-query').fill(query);
	await page.locator('#search-query').press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
	await searchSettled(page, query);
}

/** Every result listed, as `slug#passage`, after showing them all ("more results" until there are no more). */
export async function allResults(page: Page): Promise<string[]> {
	const more = page.locator('button.more');
	while (await more.isVisible()) {
		const before = await page.locator('ol.results > li').count();
		await more.click();
		await expect.poll(() => page.locator('ol.results > li').count()).toBeGreaterThan(before);
	}
	return page.locator('ol.results a.result-link').evaluateAll((links) =>
		links.map((link) => {
			const url = new URL((link as HTMLAnchorElement).href);
			const slug = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1)!);
			return `${slug}${url.hash}`;
		}),
	);
}

/** A passage's text with only letters and digits, lower case: what "contains" means for a search. */
export function lettersOf(text: string): string {
	return [...text.normalize('NFKC').toLowerCase()].filter((character) => /[\p{L}\p{N}]/u.test(character)).join('');
}

/**
 * The passages that hold every term in either script, computed from the edition records: a term
 * is held when the passage's simplified text contains its simplified form, or its traditional
 * text its traditional form (punctuation and spacing aside).
 */
export function passagesHolding(records: EditionRecord[], terms: { hans: string; hant: string }[]): string[] {
	return records
		.flatMap((record) => record.passages.map((passage) => ({ record, passage })))
		.filter(({ passage }) => terms.every((term) => lettersOf(passage.text.hans).includes(lettersOf(term.hans)) || lettersOf(passage.text.hant).includes(lettersOf(term.hant))))
		.map(({ record, passage }) => `${record.slug}#${passage.id}`)
		.sort();
}
