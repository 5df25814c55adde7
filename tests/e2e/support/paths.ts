import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Everything the end-to-end tests build goes under here, never into `dist/` or `src/content/texts/`. */
export const testBuildDir = path.join(repoRoot, '.test-build');
/** The bundled corpus, built into `site/` and served by `astro preview` for the tests. */
export const siteDir = path.join(testBuildDir, 'site');
/** The base path the test site is built under, as on GitHub Pages: a bare `/` would hide base-path bugs. */
export const basePath = '/corpus/';
/** The bundled sources. */
export const sourcesDir = path.join(repoRoot, 'content', 'sources');
