/**
 * `astro build`, but with Astro's cache (`cacheDir`, where the content layer keeps its data store
 * between builds) in a folder of its own: given a new folder, the build starts cold, and it never
 * reads or replaces the cache that the project's own builds keep in node_modules/.astro.
 * The `astro` command has no flag for `cacheDir`, hence Astro's programmatic `build()`, which is
 * what `astro build` itself calls with its flags.
 *
 * Usage: `node scripts/bench/coldAstroBuild.ts <outDir> <cacheDir>` from the project's root.
 */
import module from 'node:module';
import path from 'node:path';

const [outDir, cacheDir] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!outDir || !cacheDir) throw new Error('usage: node scripts/bench/coldAstroBuild.ts <outDir> <cacheDir>');

// Astro's bin (node_modules/astro/bin/astro.mjs) turns on Node's compile cache outside CI before it
// loads Astro; do the same, before the import, so that only `cacheDir` differs from `astro build`.
if (!process.env.CI) module.enableCompileCache?.();
const { build } = await import('astro');
await build({ root: process.cwd(), outDir, cacheDir });
