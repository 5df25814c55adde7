/**
 * Reads the built site in `dist/` and fails on any internal link, asset or `#fragment` that does
 * not resolve, and on any same-page id reference that names no element.
 *
 * Usage: `npm run check:links` after `npm run build`. The base path and site origin are those the
 * site was built with (`BASE_PATH`, `SITE_URL`); the checker reads them from the environment.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../src/lib/site/findBrokenLinks.ts';
import { basePath, siteUrl } from '../src/lib/site/siteAddress.ts';
import { readBuiltSite } from './lib/readBuiltSite.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function run(): Promise<number> {
	// 1. Read every file of the built site, keyed by the URL path it is served at.
	const dist = path.resolve(root, process.env.DIST_DIR || 'dist');
	const site = await readBuiltSite(dist, basePath());
	if (![...site.keys()].some((p) => p.endsWith('.html'))) {
		console.error(`No built pages in ${dist}: run \`npm run build\` first.`);
		return 1;
	}
	// 2. Resolve every reference.
	const origin = new URL(siteUrl()).origin;
	const { broken, checked, external } = findBrokenLinks(site, origin);
	// 3. Report.
	for (const b of broken) console.error(`✗ ${b.page}: ${b.ref} — ${b.problem}`);
	console.log(`Links: ${checked} internal references checked, ${broken.length} broken; ${external} external not checked.`);
	return broken.length ? 1 : 0;
}

process.exitCode = await run();
