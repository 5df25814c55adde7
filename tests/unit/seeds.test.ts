/**
 * The five seed sources are evidence: they must stay byte-identical. tests/seeds.sha256 (the format
 * of `sha256sum` output, names only; check by hand with `cd content/sources && sha256sum -c
 * ../../tests/seeds.sha256`) pins them, and the shared seeds folder beside the clone, when there is
 * one, must hold the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isSourceFile } from '../../src/lib/source/sourceFiles.ts';
import { root, seedFiles, sourcesDir } from './support/corpus.ts';

const manifest = readFileSync(path.join(root, 'tests', 'seeds.sha256'), 'utf8');
const pinned = manifest
	.trimEnd()
	.split('\n')
	.map((line) => {
		const match = line.match(/^([0-9a-f]{64}) [ *](.+)$/);
		if (!match) throw new Error(`not a sha256sum line: ${line}`);
		return { hash: match[1], name: match[2] };
	});
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** /work/shared/seeds in the workspace: the folder `shared` beside the clone. */
const sharedSeeds = path.resolve(root, '..', 'shared', 'seeds');

describe('seed sources', () => {
	test('are listed in tests/seeds.sha256, by name only, one per line', () => {
		expect(pinned.map((p) => p.name)).toEqual([...seedFiles]);
		expect(pinned.every((p) => !p.name.includes('/'))).toBe(true);
		expect(manifest.endsWith('\n')).toBe(true);
	});

	test('are exactly the .txt files of content/sources', () => {
		const txt = readdirSync(sourcesDir).filter(isSourceFile).sort();
		expect(txt).toEqual(pinned.map((p) => p.name));
	});

	test.each(pinned)('keeps $name byte-identical to its pinned sha256', ({ name, hash }) => {
		expect(sha256(path.join(sourcesDir, name))).toBe(hash);
	});

	test.skipIf(!existsSync(sharedSeeds))('are the same files as the shared seeds folder beside the clone', () => {
		const shared = readdirSync(sharedSeeds).filter(isSourceFile).sort();
		expect(shared).toEqual(pinned.map((p) => p.name));
		for (const name of shared) {
			expect(readFileSync(path.join(sharedSeeds, name)).equals(readFileSync(path.join(sourcesDir, name))), name).toBe(true);
		}
	});
});
