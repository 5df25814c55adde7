import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { emendationsFileSchema, type EditorialEmendation } from '../../src/lib/applyEmendations.ts';
import type { RawSource } from '../../src/lib/buildText.ts';
import { sidecarSchema } from '../../src/lib/schema.ts';
import { SourceError } from '../../src/lib/sourceError.ts';

/** Name of the editorial emendations file inside a corpus folder. */
export const emendationsFileName = 'emendations.yaml';
/** Suffix of a text's sidecar metadata file: `name.txt` → `name.meta.yaml`. */
export const sidecarSuffix = '.meta.yaml';

/**
 * Reads a corpus folder: every `.txt` source, each one's optional `.meta.yaml` sidecar, and the
 * optional `emendations.yaml`. Every problem is collected, so one run names all bad files.
 */
export async function loadCorpus(dir: string): Promise<{ sources: RawSource[]; errors: SourceError[] }> {
	const errors: SourceError[] = [];
	let names: string[];
	try {
		names = (await readdir(dir)).sort();
	} catch (error) {
		return { sources: [], errors: [new SourceError(dir, `cannot read the corpus folder (${(error as Error).message})`)] };
	}
	const texts = names.filter((name) => name.toLowerCase().endsWith('.txt'));
	if (texts.length === 0) errors.push(new SourceError(dir, 'the corpus folder has no .txt sources'));

	const editorial = names.includes(emendationsFileName)
		? await readYaml(path.join(dir, emendationsFileName), emendationsFileSchema, errors)
		: [];
	const stems = new Set(texts.map((name) => name.replace(/\.txt$/i, '')));
	for (const entry of editorial ?? []) {
		if (!stems.has(entry.text)) errors.push(new SourceError(emendationsFileName, `an entry names the text ${entry.text}, which is not in the corpus`));
	}
	for (const name of names.filter((n) => n.endsWith(sidecarSuffix))) {
		if (!stems.has(name.slice(0, -sidecarSuffix.length))) errors.push(new SourceError(name, 'this sidecar has no matching .txt source'));
	}

	const sources: RawSource[] = [];
	for (const file of texts) {
		const stem = file.replace(/\.txt$/i, '');
		let bytes: Uint8Array;
		try {
			bytes = await readFile(path.join(dir, file));
		} catch (error) {
			errors.push(new SourceError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
			continue;
		}
		const sidecarName = stem + sidecarSuffix;
		const sidecar = names.includes(sidecarName) ? await readYaml(path.join(dir, sidecarName), sidecarSchema, errors) : undefined;
		sources.push({
			file,
			bytes,
			sidecar,
			editorial: (editorial ?? []).filter((entry: EditorialEmendation) => entry.text === stem),
			emendationsFile: emendationsFileName,
		});
	}
	return { sources, errors };
}

/** Reads and validates a YAML data file; a problem is recorded with the file named. */
async function readYaml<T extends z.ZodType>(file: string, schema: T, errors: SourceError[]): Promise<z.infer<T> | undefined> {
	const name = path.basename(file);
	try {
		const result = schema.safeParse(parse(await readFile(file, 'utf8')));
		if (result.success) return result.data;
		const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
		errors.push(new SourceError(name, `invalid data:\n  ${issues.join('\n  ')}`));
	} catch (error) {
		errors.push(new SourceError(name, `cannot be read as YAML (${(error as Error).message})`));
	}
	return undefined;
}
