/**
 * Golden files: tests/golden/<slug>.mdx holds, byte for byte, the MDX the pipeline writes for each
 * seed: loaded with scripts/lib/loadCorpus.ts (sidecar, emendations, annotations, glossary), then
 * buildText, annotateText and renderMdx, as scripts/build-corpus.ts does (buildCorpusCli.test.ts
 * checks that the CLI writes these same bytes). After an intended change to the output, regenerate
 * them with
 *
 *     UPDATE_GOLDEN=1 npm run test:unit
 *
 * then read the diff of tests/golden/ before committing it: it is the review of the change.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { renderSeed, root, seedFiles } from '../support/corpus.ts';

const goldenDir = path.join(root, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('renderMdx golden files', () => {
	test.each([...seedFiles])('renders %s exactly as its golden file', async (file) => {
		const rendered = Buffer.from(await renderSeed(file), 'utf8');
		const golden = path.join(goldenDir, `${textName(file)}.mdx`);
		if (update) {
			await mkdir(goldenDir, { recursive: true });
			await writeFile(golden, rendered);
		}
		expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit`).toBe(true);
		const expected = await readFile(golden);
		// Compare as text first for a readable diff, then as bytes.
		expect(rendered.toString('utf8')).toBe(expected.toString('utf8'));
		expect(rendered.equals(expected)).toBe(true);
	});

	test('keeps one golden file per seed and no other', async () => {
		const names = (await readdir(goldenDir)).sort();
		expect(names).toEqual(seedFiles.map((f) => `${textName(f)}.mdx`));
	});
});
