import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';
import { basePath, siteDir } from './tests/e2e/support/paths.ts';

/** Port of the preview server; `E2E_PORT` moves it if 4329 is taken. */
const port = Number(process.env.E2E_PORT || 4329);
const siteUrl = `http://127.0.0.1:${port}${basePath}`;

if (!existsSync(chromiumLaunchOptions.executablePath!)) {
	throw new Error(
		`No Chromium at ${chromiumLaunchOptions.executablePath}. Install Debian's package (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chrome or Chromium binary.`,
	);
}

/**
 * Specs that build a site of their own, from another corpus: two Astro builds at once in one
 * checkout disturb each other (each sees the other's files appear, and a render can fail), so
 * they run one at a time, beside the specs of the bundled site.
 */
const ownBuilds = [/hostile-corpus-renders-as-text/, /hostile-corpora\//, /own-corpus\//, /passage-links-last\//];

/**
 * End-to-end tests: the bundled corpus is built under a non-root base path into `.test-build/site`
 * (so `dist/`, the `/` build of `npm run build`, is left alone) and served by `astro preview`.
 * The web server command builds first, so `npm run test:e2e` works on a fresh clone.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	// What CI keeps of a run is what it printed: an HTML report or a trace would not be read, and
	// recording traces made every test about a fifth slower.
	reporter: [['list']],
	use: {
		baseURL: siteUrl,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions,
	},
	projects: [
		{ name: 'site', testIgnore: ownBuilds },
		{ name: 'own builds', testMatch: ownBuilds, workers: 1 },
	],
	webServer: {
		// `npm run build` (corpus, then site) into a separate output folder, then a server for it.
		command: `npm run build -- --outDir ${JSON.stringify(siteDir)} && astro preview --ignore-lock --outDir ${JSON.stringify(siteDir)} --host 127.0.0.1 --port ${port}`,
		// Under a base path the bare root is a 404: wait for the base itself.
		url: siteUrl,
		env: {
			BASE_PATH: basePath,
			// The tests are about the bundled corpus, whatever the shell has set.
			CORPUS_DIR: '',
			TEXTS_DIR: '',
			// Keep `astro preview` in the foreground (Astro 7 backgrounds it when it detects an agent).
			ASTRO_PREVIEW_BACKGROUND: '0',
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
