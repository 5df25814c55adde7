import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { z } from 'astro/zod';
import { annotationsFileSchema } from '../../src/lib/annotations/annotationSchema.ts';
import { glossaryFileSchema, type GlossaryEntry } from '../../src/lib/annotations/glossarySchema.ts';
import { emendationsFileSchema, type EditorialEmendation } from '../../src/lib/passages/editorialEmendationSchema.ts';
import { originalFormsFileSchema, type OriginalFormDecision } from '../../src/lib/passages/originalFormSchema.ts';
import type { RawSource } from '../../src/lib/edition/buildText.ts';
import type { SourcedAnnotation } from '../../src/lib/annotations/resolveAnnotations.ts';
import { decodeSource } from '../../src/lib/source/decodeSource.ts';
import { sidecarSchema, type Sidecar } from '../../src/lib/source/sidecarSchema.ts';
import { SourceError } from '../../src/lib/source/sourceError.ts';
import { corpusFileSchema, type CorpusFile } from '../../src/lib/edition/corpusSettings.ts';
import { conversionTableSchema, type ConversionTable } from '../../src/lib/script/conversionTableSchema.ts';
import { isSourceFile, textName } from '../../src/lib/source/sourceFiles.ts';
import { slugCollisions, slugProblem, textSlug } from '../../src/lib/source/textSlug.ts';
import { maxDataBytes, maxSourceBytes } from '../../src/lib/source/sourceLimits.ts';
import { passageChangesSchema, passageLockSchema, type PassageChanges, type PassageLock } from '../../src/lib/stability/passageLockSchema.ts';
import { readCorpusFile } from './readCorpusFile.ts';

/** Name of the editorial emendations file inside a corpus folder. */
export const emendationsFileName = 'emendations.yaml';
/** Name of the file of decisions on the forms of traditional-script originals (`markForms`). */
export const originalFormsFileName = 'original-forms.yaml';
/** Suffix of a text's sidecar metadata file: `name.txt` → `name.meta.yaml`. */
export const sidecarSuffix = '.meta.yaml';
/** The sidecar file name of a source: `name.txt` → `name.meta.yaml`. */
export const sidecarOf = (file: string) => `${textName(file)}${sidecarSuffix}`;
/** Name of the glossary file inside a corpus folder. */
export const glossaryFileName = 'glossary.yaml';
/** What names the site: title, description, publisher, licence, repository, default script. */
const corpusFileName = 'corpus.yaml';
/** The bundled corpus: the folder every command reads unless `CORPUS_DIR` names another. */
export const defaultCorpusDir = path.resolve(import.meta.dirname, '..', '..', 'content', 'sources');

/** The lock of published passages (`npm run lock` writes it; the build checks it). */
export const passageLockFileName = 'passages.lock.json';

/** The changes to published passages an editor records, each with its reason. */
export const passageChangesFileName = 'passage-changes.yaml';

/** A corpus's phrase overrides for script conversion, on top of the project's. */
const conversionFileName = 'conversion.yaml';
/** Folder of annotation files (`*.yaml`) inside a corpus folder. */
export const annotationsDirName = 'annotations';

/** How many `.txt` sources a corpus folder holds (0 if it cannot be read: `indexCorpus` says why). */
export function countSources(dir: string): number {
	try {
		return readdirSync(dir).filter(isSourceFile).length;
	} catch {
		return 0;
	}
}

/** A source file of a corpus folder, with what the build needs besides its bytes. */
export interface SourceEntry {
	file: string;
	/** Its `name.meta.yaml` sidecar, if it has a good one. */
	sidecar?: Sidecar;
	/** Its editorial emendations, in file order. */
	editorial: EditorialEmendation[];
	/** The editor's decisions on the forms of its original, in file order. */
	forms: OriginalFormDecision[];
}

/** What a corpus folder holds besides the sources' contents: read once, for every text. */
export interface CorpusIndex {
	/** Every `.txt` source, in name order. */
	texts: SourceEntry[];
	/** Each text's annotations, by text name, with the file each came from. */
	annotationsByText: Map<string, SourcedAnnotation[]>;
	/** Glossary entries by id. */
	glossary: Map<string, GlossaryEntry>;
	/** The corpus's `conversion.yaml`, if it has one. */
	conversion?: ConversionTable;
	/** The corpus's `corpus.yaml`, if it has one. */
	corpusFile?: CorpusFile;
	/** Its passage lock, if it has one, and the changes recorded to published passages. */
	lock?: PassageLock;
	changes: PassageChanges;
	errors: SourceError[];
}

/** Everything a corpus folder holds, read and validated. */
export interface LoadedCorpus extends Omit<CorpusIndex, 'texts'> {
	sources: RawSource[];
}

/**
 * Reads a corpus folder's list of files, the sidecars, and its shared data: the optional
 * `corpus.yaml`, `conversion.yaml`, `emendations.yaml`, `original-forms.yaml`, `glossary.yaml`, `annotations/*.yaml`, `passages.lock.json`
 * and `passage-changes.yaml`; and checks that every text can be
 * given a URL slug of its own. The sources are left to `readSource`, so that each thread of the
 * build reads its own. Every problem is collected, so one run names all bad files. Reads
 * synchronously: the build has nothing else to do meanwhile.
 */
export function indexCorpus(dir: string): CorpusIndex {
	const errors: SourceError[] = [];
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch (error) {
		return { texts: [], annotationsByText: new Map(), glossary: new Map(), changes: [], errors: [new SourceError(dir, `cannot read the corpus folder (${(error as Error).message})`)] };
	}
	const present = new Set(names);
	const files = names.filter(isSourceFile);
	if (files.length === 0) errors.push(new SourceError(dir, 'the corpus folder has no .txt sources'));

	const editorial = (present.has(emendationsFileName) ? readYaml(dir, emendationsFileName, emendationsFileSchema, errors) : undefined) ?? [];
	const stems = new Set(files.map(textName));
	for (const entry of editorial) {
		if (!stems.has(entry.text)) errors.push(new SourceError(emendationsFileName, `an entry names the text ${entry.text}, which is not in the corpus`));
	}
	const forms = (present.has(originalFormsFileName) ? readYaml(dir, originalFormsFileName, originalFormsFileSchema, errors) : undefined) ?? [];
	for (const entry of forms) {
		if (!stems.has(entry.text)) errors.push(new SourceError(originalFormsFileName, `an entry names the text ${entry.text}, which is not in the corpus`));
	}
	for (const name of names.filter((n) => n.endsWith(sidecarSuffix))) {
		if (!stems.has(name.slice(0, -sidecarSuffix.length))) errors.push(new SourceError(name, 'this sidecar has no matching .txt source'));
	}
	const sidecars = new Map(files.flatMap((file) => (present.has(sidecarOf(file)) ? [[file, readYaml(dir, sidecarOf(file), sidecarSchema, errors)] as const] : [])));
	errors.push(...slugErrors(files.map((file) => ({ file, slug: sidecars.get(file)?.slug ?? textSlug(file) }))));

	const corpusFile = present.has(corpusFileName) ? readYaml(dir, corpusFileName, corpusFileSchema, errors) : undefined;
	const conversion = present.has(conversionFileName) ? readYaml(dir, conversionFileName, conversionTableSchema, errors) : undefined;
	const glossaryEntries = present.has(glossaryFileName) ? ((readYaml(dir, glossaryFileName, glossaryFileSchema, errors)) ?? []) : [];
	const glossary = new Map(glossaryEntries.map((entry) => [entry.id, entry]));
	if (glossary.size < glossaryEntries.length) errors.push(new SourceError(glossaryFileName, 'two entries share an id'));
	const annotations: SourcedAnnotation[] = [];
	const annotationFiles = present.has(annotationsDirName) ? annotationFileNames(dir, errors) : [];
	for (const name of annotationFiles) {
		const file = `${annotationsDirName}/${name}`;
		for (const entry of (readYaml(dir, file, annotationsFileSchema, errors)) ?? []) {
			if (stems.has(entry.text)) annotations.push({ entry, file });
			else errors.push(new SourceError(file, `an annotation names the text ${entry.text}, which is not in the corpus`));
		}
	}

	const lock = present.has(passageLockFileName) ? readYaml(dir, passageLockFileName, passageLockSchema, errors) : undefined;
	const changes = (present.has(passageChangesFileName) ? readYaml(dir, passageChangesFileName, passageChangesSchema, errors) : undefined) ?? [];

	const editorialByText = Map.groupBy<string, EditorialEmendation>(editorial, (entry) => entry.text);
	const formsByText = Map.groupBy<string, OriginalFormDecision>(forms, (entry) => entry.text);
	const texts = files.map((file) => ({ file, sidecar: sidecars.get(file), editorial: editorialByText.get(textName(file)) ?? [], forms: formsByText.get(textName(file)) ?? [] }));
	return { texts, annotationsByText: Map.groupBy(annotations, (a) => a.entry.text), glossary, conversion, corpusFile, lock, changes, errors };
}

/**
 * Reads one source of a corpus folder (`readCorpusFile`: a regular file inside the folder, at
 * most `maxSourceBytes`). A problem is returned, not thrown.
 */
export function readSource(dir: string, { file, sidecar, editorial, forms }: SourceEntry): { source?: RawSource; errors: SourceError[] } {
	try {
		return { source: { file, bytes: readCorpusFile(dir, file, maxSourceBytes), sidecar, editorial, emendationsFile: emendationsFileName, forms, formsFile: originalFormsFileName, sidecarFile: sidecarOf(file) }, errors: [] };
	} catch (error) {
		if (error instanceof SourceError) return { errors: [error] };
		throw error;
	}
}

/** A whole corpus folder read at once: its index and every source (for tools and tests). */
export function loadCorpus(dir: string): LoadedCorpus {
	const { texts, ...index } = indexCorpus(dir);
	const sources: RawSource[] = [];
	for (const entry of texts) {
		const { source, errors } = readSource(dir, entry);
		if (source) sources.push(source);
		index.errors.push(...errors);
	}
	return { ...index, sources };
}

/**
 * Reads and validates a YAML data file of the corpus folder, read and decoded as the sources are
 * (a regular file inside the folder, in UTF-8, UTF-16, GBK or Big5); a problem is recorded with
 * the file named.
 */
function readYaml<T extends z.ZodType>(dir: string, name: string, schema: T, errors: SourceError[]): z.infer<T> | undefined {
	let text: string;
	try {
		text = decodeSource(readCorpusFile(dir, name, maxDataBytes, 'a data file'), name).text;
	} catch (error) {
		if (!(error instanceof SourceError)) throw error;
		errors.push(error);
		return undefined;
	}
	try {
		// The core schema, as YAML 1.2 has it: a date stays a string, nothing becomes a Date or binary.
		const result = schema.safeParse(load(text, { schema: CORE_SCHEMA, filename: name }));
		if (result.success) return result.data;
		const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
		errors.push(new SourceError(name, `invalid data:\n  ${issues.join('\n  ')}`));
	} catch (error) {
		errors.push(new SourceError(name, `cannot be read as YAML (${(error as Error).message})`));
	}
	return undefined;
}

/** The annotation files, `annotations/*.yaml`; a file of that name that is not a folder is refused. */
function annotationFileNames(dir: string, errors: SourceError[]): string[] {
	if (!lstatSync(path.join(dir, annotationsDirName)).isDirectory()) {
		errors.push(new SourceError(annotationsDirName, 'is not a folder: annotations go in a folder named annotations, one or more .yaml files in it'));
		return [];
	}
	return readdirSync(path.join(dir, annotationsDirName)).filter((n) => /\.ya?ml$/.test(n)).sort();
}

/** Each text whose slug cannot be used, and each group of texts whose slugs one server could not tell apart. */
function slugErrors(texts: { file: string; slug: string }[]): SourceError[] {
	return [
		...texts.flatMap(({ file, slug }) => {
			const problem = slugProblem(slug);
			return problem ? [new SourceError(file, `cannot be given a URL: ${problem}; rename the file, or give it a slug in ${sidecarOf(file)} (slug: …)`)] : [];
		}),
		...slugCollisions(texts.filter(({ slug }) => !slugProblem(slug))).map(
			([first, ...others]) =>
				new SourceError(first.file, `has the URL slug “${first.slug}”, which a web server could not tell from that of ${others.map((t) => `${t.file} (“${t.slug}”)`).join(', ')}; rename one of them, or give it a slug of its own in its sidecar`),
		),
	];
}
