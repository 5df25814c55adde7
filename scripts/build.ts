/**
 * Builds the site: the corpus pipeline (scripts/build-corpus.ts), then Astro, then the search index
 * (scripts/build-search.ts), then the downloads and the sitemap (scripts/build-downloads.ts). All
 * but the first write into a staging folder beside the output folder, which replaces it only once
 * every stage has succeeded, so a failure at any stage leaves the previous site exactly as it was.
 *
 * Usage: `npm run build` (into dist/), or `npm run build -- --outDir <folder>`.
 *        The environment of `npm run corpus` and of Astro applies (CORPUS_DIR, TEXTS_DIR,
 *        SITE_URL, BASE_PATH). `DEBUG=1` adds stack traces to internal errors.
 * Exits non-zero when any stage fails, saying which, and that the site was left as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStagingFolder } from './lib/writeAtomically.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a stage as a child process, its output going straight to ours; whether it succeeded. */
function stage(args: string[]): boolean {
	return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

async function run(): Promise<number> {
	const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
	const outDir = path.resolve(root, values.outDir);
	const unchanged = `${path.relative(root, outDir) || outDir} was left as it was.`;

	// 1. The corpus: records and MDX into TEXTS_DIR (which it replaces only when every text is good).
	if (!stage([path.join(root, 'scripts', 'build-corpus.ts')])) {
		console.error(`Site build stopped: the corpus could not be built (see above). ${unchanged}`);
		return 1;
	}

	// 2. The site, into a staging folder beside the output folder.
	const staging = await openStagingFolder(outDir);
	if (!stage([path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', staging.path])) {
		await staging.discard();
		console.error(`Site build failed in Astro (see above). ${unchanged}`);
		return 1;
	}

	// 3. The search index, into the same staging folder.
	if (!stage([path.join(root, 'scripts', 'build-search.ts'), '--outDir', staging.path])) {
		await staging.discard();
		console.error(`Site build failed in the search index (see above). ${unchanged}`);
		return 1;
	}

	// 4. The downloads (references, plain text, the corpus in one file) and the sitemap.
	if (!stage([path.join(root, 'scripts', 'build-downloads.ts'), '--outDir', staging.path])) {
		await staging.discard();
		console.error(`Site build failed writing the downloads (see above). ${unchanged}`);
		return 1;
	}

	// 5. Put the new site in place of the old one.
	await staging.commit();
	return 0;
}

process.exitCode = await run();
