import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeBasePath } from '../../src/lib/site/siteAddress.ts';
import type { BuiltSite } from '../../src/lib/site/findBrokenLinks.ts';

/** Reads a build output folder as the URL paths it is served at under `base`; HTML pages keep their text. */
export async function readBuiltSite(dist: string, base: string): Promise<BuiltSite> {
	const prefix = normalizeBasePath(base);
	const site: BuiltSite = new Map();
	for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const urlPath = prefix + path.relative(dist, file).split(path.sep).join('/');
		site.set(urlPath, file.endsWith('.html') ? await readFile(file, 'utf8') : null);
	}
	return site;
}
