/**
 * Turns a folder of raw `.txt` sources into one MDX file per text for the site.
 *
 * Usage: `npm run corpus` (the bundled corpus in content/sources), or
 *        `CORPUS_DIR=path/to/texts npm run corpus` for another folder.
 *        `TEXTS_DIR` moves the generated MDX (default src/content/texts); the site reads it there too.
 * Exits non-zero, naming every bad file and the reason, and then writes nothing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateText } from '../src/lib/annotateText.ts';
import { buildText } from '../src/lib/buildText.ts';
import { formatReport } from '../src/lib/formatReport.ts';
import { renderMdx } from '../src/lib/renderMdx.ts';
import type { TextFrontmatter } from '../src/lib/schema.ts';
import { SourceError } from '../src/lib/sourceError.ts';
import { glossaryOutput } from '../src/lib/glossaryOutput.ts';
import { loadCorpus, textName } from './lib/loadCorpus.ts';
import { openStagingFolder } from './lib/writeAtomically.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled corpus. */
const defaultCorpusDir = path.join(root, 'content', 'sources');
/** Where the generated MDX goes and the site's content collection reads it (`TEXTS_DIR` overrides). */
const outputDir = path.resolve(root, process.env.TEXTS_DIR || 'src/content/texts');

async function run(): Promise<number> {
	// 1. Read the corpus folder: sources, sidecars, editorial emendations, glossary, annotations.
	const corpusDir = path.resolve(process.env.CORPUS_DIR || defaultCorpusDir);
	const { sources, annotations, glossary, errors } = await loadCorpus(corpusDir);

	// 2. Run the pipeline on every source, attach its annotations and write its MDX into a staging
	//    folder at once, so no more than one text is held in memory. Every refusal is collected
	//    rather than stopping at the first; the staging folder is only put in place if there is none.
	const staging = await openStagingFolder(outputDir);
	const annotationsByText = Map.groupBy(annotations, (a) => a.entry.text);
	const report: TextFrontmatter[] = [];
	const writing: Promise<void>[] = [];
	for (let source = sources.shift(); source; source = sources.shift()) {
		try {
			const { text, passages } = annotateText(buildText(source), annotationsByText.get(textName(source.file)), glossary);
			// Writes overlap the next texts' work; a bounded number in flight keeps memory flat.
			if (errors.length === 0) writing.push(staging.write(`${text.frontmatter.slug}.mdx`, renderMdx(text, passages)));
			if (writing.length >= 32) await Promise.all(writing.splice(0));
			report.push(text.frontmatter);
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			errors.push(error);
		}
	}
	await Promise.all(writing);
	if (errors.length) {
		await staging.discard();
		console.error(`Corpus build failed in ${corpusDir}; nothing was written.\n`);
		for (const error of errors) console.error(`✗ ${error.message}\n`);
		return 1;
	}

	// 3. Add the glossary, put the folder in place, report.
	await staging.write(glossaryOutput, `${JSON.stringify([...glossary.values()], null, '\t')}\n`);
	await staging.commit();
	console.log(`Corpus: ${report.length} texts from ${corpusDir} → ${path.relative(root, outputDir)}\n`);
	console.log(formatReport(report));
	return 0;
}

process.exitCode = await run();
