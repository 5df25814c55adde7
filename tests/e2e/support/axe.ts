import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Colour schemes a page is checked in. */
const colorSchemes = ['light', 'dark'] as const;

/**
 * The WCAG 2 A and AA violations axe finds on the page as it stands, each as `rule: selectors`.
 * Legacy mode runs axe in the page itself: the default opens a second page to assemble results
 * across frames, which these pages (no iframes) do not need, at about half a second a check.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).setLegacyMode(true).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The violations in each colour scheme, switching the page's scheme in place (no reload, so the page's state stays). */
export async function wcagViolationsBySchemes(page: Page): Promise<Record<(typeof colorSchemes)[number], string[]>> {
	const found = { light: [] as string[], dark: [] as string[] };
	for (const colorScheme of colorSchemes) {
		await page.emulateMedia({ colorScheme });
		found[colorScheme] = await wcagViolations(page);
	}
	return found;
}
