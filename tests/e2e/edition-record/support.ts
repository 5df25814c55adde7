import type { APIRequestContext } from '@playwright/test';
import type { CorpusIndex } from '../../../src/lib/edition/corpusIndex.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { basePath } from '../support/paths.ts';

/** A published data file, fetched from the test site; `url` may be absolute (as the index gives it) or relative to the base path. */
export async function fetchJson<T>(request: APIRequestContext, url: string): Promise<T> {
	// The index names files by the site's own URL (SITE_URL); the test server serves them under its base path.
	const path = URL.canParse(url) ? new URL(url).pathname.slice(basePath.length) : url;
	const response = await request.get(path);
	if (!response.ok()) throw new Error(`${url}: HTTP ${response.status()}`);
	return response.json() as Promise<T>;
}

/** The corpus index, and every record it lists. */
export async function publishedCorpus(request: APIRequestContext): Promise<{ index: CorpusIndex; records: EditionRecord[] }> {
	const index = await fetchJson<CorpusIndex>(request, 'data/index.json');
	const records = await Promise.all(index.texts.map((text) => fetchJson<EditionRecord>(request, text.record)));
	return { index, records };
}
