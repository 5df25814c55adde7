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
import { annotateText, type AnnotatedText } from '../src/lib/annotateText.ts';
import { buildText } from '../src/lib/buildText.ts';
import { formatReport } from '../src/lib/formatReport.ts';
import { renderMdx } from '../src/lib/renderMdx.ts';
import { SourceError } from '../src/lib/sourceError.ts';
import { glossaryOutput } from '../src/lib/glossaryOutput.ts';
import { loadCorpus } from './lib/loadCorpus.ts';
import { writeFolderAtomically } from './lib/writeAtomically.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled corpus. */
const defaultCorpusDir = path.join(root, 'content', 'sources');
/** Where the generated MDX goes and the site's content collection reads it (`TEXTS_DIR` overrides). */
const outputDir = path.resolve(root, process.env.TEXTS_DIR || 'src/content/texts');

async function run(): Promise<number> {
	// 1. Read the corpus folder: sources, sidecars, editorial emendations, glossary, annotations.
	const corpusDir = path.resolve(process.env.CORPUS_DIR || defaultCorpusDir);
	const { sources, annotations, glossary, errors } = await loadCorpus(corpusDir);

	// 2. Run the pipeline on every source and attach its annotations, collecting every refusal
	//    rather than stopping at the first.
	const texts: AnnotatedText[] = [];
	for (const source of sources) {
		const stem = source.file.replace(/\.txt$/i, '');
		try {
			texts.push(annotateText(buildText(source), annotations.filter((a) => a.entry.text === stem), glossary));
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			errors.push(error);
		}
	}
	if (errors.length) {
		console.error(`Corpus build failed in ${corpusDir}; nothing was written.\n`);
		for (const error of errors) console.error(`✗ ${error.message}\n`);
		return 1;
	}

	// 3. Render and write all MDX files and the glossary in one step, then report.
	const files = new Map(texts.map(({ text, passages }) => [`${text.frontmatter.slug}.mdx`, renderMdx(text, passages)]));
	files.set(glossaryOutput, `${JSON.stringify([...glossary.values()], null, '\t')}\n`);
	await writeFolderAtomically(outputDir, files);
	console.log(`Corpus: ${texts.length} texts from ${corpusDir} → ${path.relative(root, outputDir)}\n`);
	console.log(formatReport(texts.map(({ text }) => text.frontmatter)));
	return 0;
}

process.exitCode = await run();
