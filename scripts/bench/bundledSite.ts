import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The base path the bench builds the bundled site under, as on GitHub Pages. */
export const benchBasePath = '/corpus/';

/**
 * Builds the bundled corpus into `outDir` as `npm run build` does, under `benchBasePath`, with its
 * texts in the default folder: Astro's content cache (.astro/) would keep naming the files of
 * another texts folder once it is removed.
 */
export function buildBundledSite(root: string, outDir: string): void {
	const env = { ...process.env, BASE_PATH: benchBasePath, CORPUS_DIR: '', TEXTS_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' };
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.ts'), '--outDir', outDir], { cwd: root, env, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr.slice(-2000)}`);
}
