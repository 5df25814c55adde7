/** Runs scripts/build-corpus.ts as a user does, on corpus folders of a test's own, in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { root } from './corpus.ts';

/** The project's own Node (from node_modules), which the npm scripts run on. */
export const node = path.join(root, 'node_modules', '.bin', 'node');
const script = path.join(root, 'scripts', 'build-corpus.ts');
const sentinel = 'sentinel.mdx';
const sentinelText = 'left by a previous build\n';

/** What one run of the CLI did. */
export interface CliRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/**
 * A temporary work folder for a test file (removed after it), with helpers: `setUp` makes a corpus
 * folder holding the given files (and whatever `extra` adds) and an output folder holding only a
 * sentinel; `runCli` runs the CLI on them; `expectUntouched` checks that the output folder is as
 * it was and nothing was staged beside it.
 */
export function cliWorkspace(prefix: string) {
	let work = '';
	beforeAll(async () => {
		work = await mkdtemp(path.join(tmpdir(), prefix));
	});
	afterAll(async () => {
		await rm(work, { recursive: true, force: true });
	});
	return {
		/** The work folder itself. */
		dir: () => work,
		async setUp(name: string, files: Record<string, string | Uint8Array>, extra?: (corpus: string) => Promise<void>): Promise<{ corpus: string; texts: string }> {
			const corpus = path.join(work, name, 'corpus');
			const texts = path.join(work, name, 'texts');
			await mkdir(corpus, { recursive: true });
			await mkdir(texts, { recursive: true });
			for (const [file, content] of Object.entries(files)) {
				await mkdir(path.dirname(path.join(corpus, file)), { recursive: true });
				await writeFile(path.join(corpus, file), content);
			}
			await extra?.(corpus);
			await writeFile(path.join(texts, sentinel), sentinelText);
			return { corpus, texts };
		},
		runCli(corpus: string, texts: string, env: Record<string, string> = {}): CliRun {
			if (!texts.startsWith(work)) throw new Error(`refusing to write outside the test folder: ${texts}`);
			const result = spawnSync(node, [script], { cwd: root, env: { ...process.env, CORPUS_DIR: corpus, TEXTS_DIR: texts, ...env }, encoding: 'utf8', timeout: 60_000 });
			if (result.error) throw result.error;
			return { status: result.status, stdout: result.stdout, stderr: result.stderr };
		},
		async expectUntouched(texts: string) {
			expect(await readdir(texts)).toEqual([sentinel]);
			expect(await readFile(path.join(texts, sentinel), 'utf8')).toBe(sentinelText);
			expect(await readdir(path.dirname(texts))).toEqual(['corpus', 'texts']);
		},
	};
}
