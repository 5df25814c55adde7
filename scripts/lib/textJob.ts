import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GlossaryEntry } from '../../src/lib/annotationSchema.ts';
import { annotateText } from '../../src/lib/annotateText.ts';
import { buildText, type RawSource } from '../../src/lib/buildText.ts';
import { reportRow } from '../../src/lib/formatReport.ts';
import { renderMdx } from '../../src/lib/renderMdx.ts';
import type { SourcedAnnotation } from '../../src/lib/resolveAnnotations.ts';
import { SourceError } from '../../src/lib/sourceError.ts';

/** One source to turn into MDX, with its annotations; plain data, so it can go to a worker thread. */
export interface TextJob {
	/** Position in the corpus, so results come back in order whichever thread ran them. */
	index: number;
	source: RawSource;
	annotations: SourcedAnnotation[];
}

/** What became of a job: the text's line of the build report, or why the source was refused. */
export type TextJobResult = { index: number; row: string[] } | { index: number; refused: { file: string; reason: string } };

/**
 * Runs the pipeline on one source and writes its MDX into `outputDir` (nothing is written when
 * `outputDir` is undefined, as when another file has already failed). A refused source comes back
 * as data; any other error is a bug and is thrown.
 */
export function runTextJob({ index, source, annotations }: TextJob, glossary: Map<string, GlossaryEntry>, outputDir: string | undefined): TextJobResult {
	try {
		const { text, passages } = annotateText(buildText(source), annotations, glossary);
		if (outputDir) writeFileSync(path.join(outputDir, `${text.frontmatter.slug}.mdx`), renderMdx(text, passages));
		return { index, row: reportRow(text.frontmatter) };
	} catch (error) {
		if (!(error instanceof SourceError)) throw error;
		return { index, refused: { file: error.file, reason: error.reason } };
	}
}
