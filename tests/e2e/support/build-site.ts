/**
 * Builds the site into a folder of its own, with its own content cache, for tests that need a
 * second site beside the one `astro preview` serves.
 *
 * Usage: `node tests/e2e/support/build-site.ts <outDir> [cacheDir]`, from the repository root
 * (Astro writes its prerender bundle under the working directory). `TEXTS_DIR` and `BASE_PATH`
 * choose the generated texts and the base path, as for `npm run build`.
 * Exits 3 if anything set `globalThis.pwned` while building: the hostile fixture tries to.
 */
import path from 'node:path';
import { build } from 'astro';
import { repoRoot } from './paths.ts';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: node tests/e2e/support/build-site.ts <outDir> [cacheDir]');

await build({
	root: repoRoot,
	outDir: path.resolve(outDir),
	...(cacheDir ? { cacheDir: path.resolve(cacheDir) } : {}),
	logLevel: 'error',
});
if ('pwned' in globalThis) {
	console.error('Code from the corpus ran during the build: globalThis.pwned is set.');
	process.exitCode = 3;
}
