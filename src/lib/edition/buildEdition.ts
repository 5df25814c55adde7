/**
 * The pipeline, composed once: source bytes in, edition records out. The build's worker threads,
 * the tests and the bench all call `buildEditions`; nothing else strings the steps together.
 */
import type { GlossaryEntry } from '../annotations/glossarySchema.ts';
import { termFinder } from '../annotations/findTerms.ts';
import { resolveAnnotations, type SourcedAnnotation } from '../annotations/resolveAnnotations.ts';
import { convertTexts } from '../passages/convertTexts.ts';
import { toDisplayNodes } from '../passages/displayNodes.ts';
import type { PassageNodes } from '../passages/nodeSchema.ts';
import { conversionBatch } from '../script/conversionBatch.ts';
import type { ConversionTable } from '../script/conversionTableSchema.ts';
import { useConversionTable } from '../script/convertScript.ts';
import { SourceError } from '../source/sourceError.ts';
import { assembleRecord } from './assembleRecord.ts';
import { buildText, type RawSource } from './buildText.ts';
import { editionRecordSchema, type EditionRecord } from './recordSchema.ts';

/** A source and the annotations the corpus folder has for it. */
interface EditionInput {
	source: RawSource;
	/** Its annotations, with the files they came from; default none. */
	annotations?: SourcedAnnotation[];
}

/** A text's record, or why its source was refused. */
type EditionOutcome = { record: EditionRecord } | { refused: SourceError };

/** The steps of the pipeline, as the bench times them. */
export type PipelineStep = 'read' | 'annotate' | 'convert' | 'assemble';

/** What every text of a build shares. */
interface EditionContext {
	/** Glossary entries by id; default none. */
	glossary?: ReadonlyMap<string, GlossaryEntry>;
	/** The corpus's phrase overrides for conversion (`conversion.yaml`); default none (the project's alone). */
	conversion?: ConversionTable;
	/** Runs one step over the whole batch; the bench passes a timer, the build leaves the default (run it). */
	step?: <T>(step: PipelineStep, run: () => T) => T;
}

/**
 * Builds the edition record of every input: reads each source (decoding, line structure,
 * glosses, repairs, emendations, metadata), attaches its annotations, converts its passages into
 * the other script (`conversionBatch` texts at a time) and assembles the record, checked against
 * its schema. A source the pipeline cannot account for comes back refused, with every reason in
 * one `SourceError`; any other error is a bug and is thrown.
 */
export function buildEditions(inputs: EditionInput[], { glossary = new Map(), conversion, step = (_, run) => run() }: EditionContext = {}): EditionOutcome[] {
	useConversionTable(conversion);
	// 1. Read each source.
	const read = step('read', () => inputs.map(({ source }) => refusing(() => buildText(source))));

	// 2. Attach each text's annotations and glossary terms to its passages, in its original script.
	const finder = termFinder(glossary.values());
	const annotated = step('annotate', () =>
		read.map((text, i) => {
			if (text instanceof SourceError) return text;
			const original: PassageNodes = new Map(text.blocks.flatMap((b) => (b.kind === 'passage' ? [[b.id, toDisplayNodes(b.segments)] as const] : [])));
			const { notes, errors } = resolveAnnotations(original, text.script, inputs[i].annotations ?? [], glossary, finder);
			return errors.length ? new SourceError(text.source.file, `annotations that do not fit:\n  ${errors.join('\n  ')}`) : { text, original, annotations: notes };
		}),
	);

	// 3. Convert the passages of every text into its other script, a batch at a time.
	const ready = annotated.filter((a): a is Exclude<typeof a, SourceError> => !(a instanceof SourceError));
	const converted = step('convert', () => Array.from({ length: Math.ceil(ready.length / conversionBatch) }, (_, b) => convertTexts(ready.slice(b * conversionBatch, (b + 1) * conversionBatch).map((a) => ({ script: a.text.script, passages: a.original })))).flat());

	// 4. Assemble the records, each checked against the record's schema (a failure is a bug, and is thrown;
	// notes that cannot be told apart, or editorial decisions that match nothing, refuse the text).
	const records = step('assemble', () => ready.map((a, i) => refusing(() => editionRecordSchema.parse(assembleRecord({ ...a, converted: converted[i] })))));
	let next = 0;
	return annotated.map((a): EditionOutcome => {
		const outcome = a instanceof SourceError ? a : records[next++];
		return outcome instanceof SourceError ? { refused: outcome } : { record: outcome };
	});
}

/** One text's edition record; throws `SourceError` if its source is refused. */
export function buildEdition(source: RawSource, annotations: SourcedAnnotation[] = [], context: EditionContext = {}): EditionRecord {
	const [outcome] = buildEditions([{ source, annotations }], context);
	if ('refused' in outcome) throw outcome.refused;
	return outcome.record;
}

function refusing<T>(read: () => T): T | SourceError {
	try {
		return read();
	} catch (error) {
		if (error instanceof SourceError) return error;
		throw error;
	}
}
