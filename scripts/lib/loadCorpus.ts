import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { z } from 'astro/zod';
import { annotationsFileSchema, glossaryFileSchema, type GlossaryEntry } from '../../src/lib/annotationSchema.ts';
import { emendationsFileSchema, type EditorialEmendation } from '../../src/lib/applyEmendations.ts';
import type { RawSource } from '../../src/lib/buildText.ts';
import type { SourcedAnnotation } from '../../src/lib/resolveAnnotations.ts';
import { sidecarSchema } from '../../src/lib/schema.ts';
import { SourceError } from '../../src/lib/sourceError.ts';
import { isSourceFile, textName } from '../../src/lib/sourceFiles.ts';

/** Name of the editorial emendations file inside a corpus folder. */
export const emendationsFileName = 'emendations.yaml';
/** Suffix of a text's sidecar metadata file: `name.txt` → `name.meta.yaml`. */
export const sidecarSuffix = '.meta.yaml';
/** Name of the glossary file inside a corpus folder. */
export const glossaryFileName = 'glossary.yaml';
/** Folder of annotation files (`*.yaml`) inside a corpus folder. */
export const annotationsDirName = 'annotations';

/** How many `.txt` sources a corpus folder holds (0 if it cannot be read: `loadCorpus` says why). */
export function countSources(dir: string): number {
	try {
		return readdirSync(dir).filter(isSourceFile).length;
	} catch {
		return 0;
	}
}

/** Everything a corpus folder holds, read and validated. */
export interface LoadedCorpus {
	sources: RawSource[];
	/** Each text's annotations, by text name, with the file each came from. */
	annotationsByText: Map<string, SourcedAnnotation[]>;
	/** Glossary entries by id. */
	glossary: Map<string, GlossaryEntry>;
	errors: SourceError[];
}

/**
 * Reads a corpus folder: every `.txt` source, each one's optional `.meta.yaml` sidecar, and the
 * optional `emendations.yaml`, `glossary.yaml` and `annotations/*.yaml`. Every problem is
 * collected, so one run names all bad files. Reads synchronously: the build has nothing else to
 * do meanwhile, and thousands of small asynchronous reads cost several times more.
 */
export function loadCorpus(dir: string): LoadedCorpus {
	const errors: SourceError[] = [];
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch (error) {
		return { sources: [], annotationsByText: new Map(), glossary: new Map(), errors: [new SourceError(dir, `cannot read the corpus folder (${(error as Error).message})`)] };
	}
	const present = new Set(names);
	const texts = names.filter(isSourceFile);
	if (texts.length === 0) errors.push(new SourceError(dir, 'the corpus folder has no .txt sources'));

	const editorial = present.has(emendationsFileName)
		? readYaml(dir, emendationsFileName, emendationsFileSchema, errors)
		: [];
	const stems = new Set(texts.map(textName));
	for (const entry of editorial ?? []) {
		if (!stems.has(entry.text)) errors.push(new SourceError(emendationsFileName, `an entry names the text ${entry.text}, which is not in the corpus`));
	}
	for (const name of names.filter((n) => n.endsWith(sidecarSuffix))) {
		if (!stems.has(name.slice(0, -sidecarSuffix.length))) errors.push(new SourceError(name, 'this sidecar has no matching .txt source'));
	}

	const glossaryEntries = present.has(glossaryFileName) ? ((readYaml(dir, glossaryFileName, glossaryFileSchema, errors)) ?? []) : [];
	const glossary = new Map(glossaryEntries.map((entry) => [entry.id, entry]));
	if (glossary.size < glossaryEntries.length) errors.push(new SourceError(glossaryFileName, 'two entries share an id'));
	const annotations: SourcedAnnotation[] = [];
	const annotationFiles = present.has(annotationsDirName) ? readdirSync(path.join(dir, annotationsDirName)).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
	for (const name of annotationFiles) {
		const file = `${annotationsDirName}/${name}`;
		for (const entry of (readYaml(dir, file, annotationsFileSchema, errors)) ?? []) {
			if (stems.has(entry.text)) annotations.push({ entry, file });
			else errors.push(new SourceError(file, `an annotation names the text ${entry.text}, which is not in the corpus`));
		}
	}

	const editorialByText = Map.groupBy<string, EditorialEmendation>(editorial ?? [], (entry) => entry.text);
	const sources: RawSource[] = [];
	for (const file of texts) {
		const stem = textName(file);
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path.join(dir, file));
		} catch (error) {
			errors.push(new SourceError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
			continue;
		}
		const sidecarName = stem + sidecarSuffix;
		const sidecar = present.has(sidecarName) ? readYaml(dir, sidecarName, sidecarSchema, errors) : undefined;
		sources.push({ file, bytes, sidecar, editorial: editorialByText.get(stem) ?? [], emendationsFile: emendationsFileName });
	}
	return { sources, annotationsByText: Map.groupBy(annotations, (a) => a.entry.text), glossary, errors };
}

/** Reads and validates a YAML data file of the corpus folder; a problem is recorded with the file named. */
function readYaml<T extends z.ZodType>(dir: string, name: string, schema: T, errors: SourceError[]): z.infer<T> | undefined {
	try {
		// The core schema, as YAML 1.2 has it: a date stays a string, nothing becomes a Date or binary.
		const result = schema.safeParse(load(readFileSync(path.join(dir, name), 'utf8'), { schema: CORE_SCHEMA, filename: name }));
		if (result.success) return result.data;
		const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
		errors.push(new SourceError(name, `invalid data:\n  ${issues.join('\n  ')}`));
	} catch (error) {
		errors.push(new SourceError(name, `cannot be read as YAML (${(error as Error).message})`));
	}
	return undefined;
}
