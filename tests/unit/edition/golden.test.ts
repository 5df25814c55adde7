/**
 * Golden files: for each seed, tests/golden/<slug>.json holds its edition record (indented, so a
 * change reads as a diff line by line) and tests/golden/<slug>.mdx the MDX page source, byte for
 * byte: loaded with scripts/lib/loadCorpus.ts (sidecar, emendations, annotations, glossary), then
 * `buildEdition` and `renderMdx`, as scripts/build-corpus.ts does (buildCorpusCli.test.ts checks
 * that the CLI writes these same records and files). After an intended change to the output,
 * regenerate them with
 *
 *     UPDATE_GOLDEN=1 npm run test:unit
 *
 * then read the diff of tests/golden/ before committing it: it is the review of the change.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMdx } from '../../../src/lib/edition/renderMdx.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { recordOfSeed, root, seedFiles } from '../support/corpus.ts';

const goldenDir = path.join(root, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** Compares output with its golden file, writing the golden file first under UPDATE_GOLDEN=1. */
async function expectGolden(name: string, output: string) {
	const golden = path.join(goldenDir, name);
	if (update) {
		await mkdir(goldenDir, { recursive: true });
		await writeFile(golden, output);
	}
	expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit`).toBe(true);
	const expected = await readFile(golden);
	// Compare as text first for a readable diff, then as bytes.
	expect(output).toBe(expected.toString('utf8'));
	expect(Buffer.from(output).equals(expected)).toBe(true);
}

describe('golden files', () => {
	test.each([...seedFiles])('builds the record of %s exactly as its golden file', async (file) => {
		await expectGolden(`${textName(file)}.json`, `${JSON.stringify(await recordOfSeed(file), null, '\t')}\n`);
	});

	test.each([...seedFiles])('renders the MDX of %s exactly as its golden file', async (file) => {
		await expectGolden(`${textName(file)}.mdx`, renderMdx(await recordOfSeed(file)));
	});

	test('keeps a record and an MDX golden file per seed and no other', async () => {
		const names = (await readdir(goldenDir)).sort();
		expect(names).toEqual(seedFiles.flatMap((f) => [`${textName(f)}.json`, `${textName(f)}.mdx`]).sort());
	});
});
