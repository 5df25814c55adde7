import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GlossaryEntry } from '../../src/lib/annotations/annotationSchema.ts';
import { annotateText, type AnnotatedText } from '../../src/lib/annotations/annotateText.ts';
import { buildText } from '../../src/lib/edition/buildText.ts';
import { convertTexts } from '../../src/lib/script/convertTexts.ts';
import { reportRow } from '../../src/lib/edition/formatReport.ts';
import { renderMdx } from '../../src/lib/edition/renderMdx.ts';
import type { SourcedAnnotation } from '../../src/lib/annotations/resolveAnnotations.ts';
import { SourceError } from '../../src/lib/source/sourceError.ts';
import { readSource, type SourceEntry } from './loadCorpus.ts';

/** One source to turn into MDX, with its annotations; plain data, so it can go to a worker thread. */
export interface TextJob {
	/** Position in the corpus, so results come back in order whichever thread ran them. */
	index: number;
	text: SourceEntry;
	annotations: SourcedAnnotation[];
}

/** What every job of a build shares. */
export interface TextJobSettings {
	corpusDir: string;
	glossary: Map<string, GlossaryEntry>;
	/** Where each text's MDX goes; nothing is written when it is undefined, as when another file has already failed. */
	outputDir: string | undefined;
}

/** What became of a job: the text's line of the build report, or why the source was refused. */
export type TextJobResult = { index: number; row: string[] } | { index: number; refused: { file: string; reason: string }[] };

/**
 * Reads a batch of sources, runs the pipeline on each, converts them all into their other script
 * at once (`convertTexts`) and writes their MDX. A refused source comes back as data, with every
 * reason found; any other error is a bug and is thrown.
 */
export function runTextJobs(jobs: TextJob[], { corpusDir, glossary, outputDir }: TextJobSettings): TextJobResult[] {
	const results: TextJobResult[] = [];
	const built: { index: number; annotated: AnnotatedText }[] = [];
	for (const { index, text: entry, annotations } of jobs) {
		const { source, errors } = readSource(corpusDir, entry);
		try {
			const annotated = source && annotateText(buildText(source), annotations, glossary);
			if (annotated && !errors.length) {
				built.push({ index, annotated });
				continue;
			}
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			errors.push(error);
		}
		results.push({ index, refused: errors.map(({ file, reason }) => ({ file, reason })) });
	}
	// Converting only serves the MDX, which is not written once another file has failed.
	const converted = outputDir ? convertTexts(built.map(({ annotated }) => annotated)) : [];
	built.forEach(({ index, annotated: { text, passages } }, i) => {
		if (outputDir) writeFileSync(path.join(outputDir, `${text.frontmatter.slug}.mdx`), renderMdx(text, passages, converted[i]));
		results.push({ index, row: reportRow(text.frontmatter) });
	});
	return results;
}
