import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConversionTable } from '../../src/lib/script/conversionTableSchema.ts';
import type { GlossaryEntry } from '../../src/lib/annotations/glossarySchema.ts';
import type { SourcedAnnotation } from '../../src/lib/annotations/resolveAnnotations.ts';
import { buildEditions } from '../../src/lib/edition/buildEdition.ts';
import { reportRow } from '../../src/lib/edition/formatReport.ts';
import { mdxFile, recordFile, recordJson } from '../../src/lib/edition/outputFiles.ts';
import { textSummarySchema, type TextSummary } from '../../src/lib/edition/recordSchema.ts';
import { renderMdx } from '../../src/lib/edition/renderMdx.ts';
import { termUses, type TextTermUse } from '../../src/lib/edition/termUses.ts';
import type { SourceError } from '../../src/lib/source/sourceError.ts';
import { readSource, type SourceEntry } from './loadCorpus.ts';
import { lockedText, type LockedText } from '../../src/lib/stability/passageLock.ts';

/** One source to build, with its annotations; plain data, so it can go to a worker thread. */
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
	/** The corpus's phrase overrides for conversion, if it has any. */
	conversion?: ConversionTable;
	/** Where each text's record and MDX go; nothing is written when it is undefined, as when another file has already failed. */
	outputDir: string | undefined;
}

/** A text built: its line of the build report, its summary for the catalogue, its uses of glossary terms, and its passages' hashes for the lock. */
interface BuiltText {
	index: number;
	row: string[];
	summary: TextSummary;
	uses: TextTermUse[];
	locked: LockedText;
}

/** What became of a job: the text built, or why the source was refused. */
export type TextJobResult = BuiltText | { index: number; refused: { file: string; reason: string }[] };

/**
 * Reads a batch of sources, builds their edition records (`buildEditions`) and writes each
 * record with the MDX rendered from it. A refused source comes back as data, with every reason
 * found; any other error is a bug and is thrown.
 */
export function runTextJobs(jobs: TextJob[], { corpusDir, glossary, conversion, outputDir }: TextJobSettings): TextJobResult[] {
	const read = jobs.map((job) => ({ job, ...readSource(corpusDir, job.text) }));
	const readable = read.filter((r) => r.source !== undefined);
	const outcomes = buildEditions(
		readable.map(({ source, job }) => ({ source: source!, annotations: job.annotations })),
		{ glossary, conversion },
	);
	const refusals = (errors: SourceError[]) => errors.map(({ file, reason }) => ({ file, reason }));
	const results: TextJobResult[] = read.filter((r) => r.source === undefined).map(({ job, errors }) => ({ index: job.index, refused: refusals(errors) }));
	readable.forEach(({ job, errors }, i) => {
		const outcome = outcomes[i];
		if ('refused' in outcome || errors.length) {
			results.push({ index: job.index, refused: refusals('refused' in outcome ? [...errors, outcome.refused] : errors) });
			return;
		}
		const { record } = outcome;
		if (outputDir) {
			writeFileSync(path.join(outputDir, recordFile(record.slug)), recordJson(record));
			writeFileSync(path.join(outputDir, mdxFile(record.slug)), renderMdx(record));
		}
		results.push({ index: job.index, row: reportRow(record), summary: textSummarySchema.parse(record), uses: termUses(record), locked: lockedText(record) });
	});
	return results;
}
