/**
 * Builds a corpus of the test's own as a user builds theirs (`npm run build`, at the root path):
 * its files are written to `<work>/corpus`, the texts go to `<work>/texts` and the site to
 * `<work>/dist`. Returns what the build printed.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.ts';

export async function buildOwnCorpus(work: string, files: Record<string, string>): Promise<string> {
	const corpusDir = path.join(work, 'corpus');
	await rm(work, { recursive: true, force: true });
	await mkdir(corpusDir, { recursive: true });
	for (const [file, content] of Object.entries(files)) await writeFile(path.join(corpusDir, file), content);
	const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', path.join(work, 'dist')], {
		cwd: repoRoot,
		env: { ...process.env, CORPUS_DIR: corpusDir, TEXTS_DIR: path.join(work, 'texts'), BASE_PATH: '', SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return stdout + stderr;
}
