import { expect, test } from '@playwright/test';
import { findBrokenLinks } from '../../src/lib/site/findBrokenLinks.ts';
import { defaultSiteUrl } from '../../src/lib/site/siteAddress.ts';
import { readBuiltSite } from '../../scripts/lib/readBuiltSite.ts';
import { basePath, siteDir } from './support/paths.ts';

test('every internal link, asset, fragment and same-page id reference of the built site resolves', async () => {
	const site = await readBuiltSite(siteDir, basePath);
	// The test site is built without SITE_URL, so absolute URLs (canonical, alternates) use the default.
	const { broken, checked } = findBrokenLinks(site, defaultSiteUrl);
	expect(checked).toBeGreaterThan(500);
	expect(broken).toEqual([]);
});
