import { createHash } from 'node:crypto';
import { classifyLines, type LineClass } from '../lines/classifyLines.ts';
import { applyLineChoice } from '../lines/applyLineChoice.ts';
import { extractMetadata, type ExtractedMetadata } from '../lines/extractMetadata.ts';
import { joinLines, splitLines } from '../lines/lines.ts';
import type { Block, PassageBlock } from '../lines/blockSchema.ts';
import { applyEmendation } from '../passages/applyEmendation.ts';
import type { EditorialEmendation } from '../passages/editorialEmendationSchema.ts';
import type { OriginalFormDecision } from '../passages/originalFormSchema.ts';
import type { Emendation } from '../passages/emendationSchema.ts';
import { readingText } from '../passages/readingText.ts';
import { segmentPassage } from '../passages/segmentPassage.ts';
import { detectScript } from '../script/detectScript.ts';
import type { Script } from '../script/scriptSchema.ts';
import { decodeSource, encodeSource, type DecodedSource } from '../source/decodeSource.ts';
import type { Sidecar } from '../source/sidecarSchema.ts';
import { SourceError } from '../source/sourceError.ts';
import { maxSourceLines } from '../source/sourceLimits.ts';
import { textSlug } from '../source/textSlug.ts';
import { noteId, passageId } from '../ids/ids.ts';
import type { EditionRecord } from './recordSchema.ts';

/** A raw source as the pipeline receives it. */
export interface RawSource {
	/** File name, e.g. `000_fc2dc3fa00e2669f.txt`. */
	file: string;
	/** The file's bytes. */
	bytes: Uint8Array;
	/** Metadata from the sidecar file, if there is one. */
	sidecar?: Sidecar;
	/** Editorial emendations for this text, in file order. */
	editorial?: EditorialEmendation[];
	/** Name of the emendations file, for error messages. */
	emendationsFile?: string;
	/** The editor's decisions on the forms a traditional-script original writes (`markForms`), in file order. */
	forms?: OriginalFormDecision[];
	/** Name of the file they come from, for error messages. */
	formsFile?: string;
	/** Name of the sidecar file, for error messages. */
	sidecarFile?: string;
}

/**
 * A source as the pipeline reads it, in its original script: every line classified and cut into
 * segments, with enough kept (terminators, and the encoding in `source`) to rebuild the file byte for byte.
 */
export interface CorpusText {
	/** URL slug: the sidecar's, or made from the file name (`textSlug`). */
	slug: string;
	/** The script the source is written in. */
	script: Script;
	/** Title, author, date, outlet, editor and source URL, in the original script. */
	metadata: ExtractedMetadata;
	/** The sidecar's `note`, if it has one. */
	editorNote: string | null;
	/** Provenance of the source file, its encoding and byte-order mark among it. */
	source: EditionRecord['source'];
	/** One block per source line. */
	blocks: Block[];
	/** Every correction, automatic and editorial, in the order they were made. */
	emendations: Emendation[];
	/** The editor's decisions on its forms, and the file they come from. */
	forms: { decisions: OriginalFormDecision[]; file: string };
	/** Each line's terminator, as `splitLines` returns them. */
	terminators: string[];
}

/** A source's bytes decoded and split into lines; refused beyond `maxSourceLines`. */
export function decodeLines(raw: RawSource): { decoded: DecodedSource; lines: string[]; terminators: string[] } {
	const decoded = decodeSource(raw.bytes, raw.file, raw.sidecar?.encoding);
	const { lines, terminators } = splitLines(decoded.text);
	if (lines.length > maxSourceLines) {
		throw new SourceError(raw.file, `has ${lines.length.toLocaleString('en')} lines, more than the ${maxSourceLines.toLocaleString('en')} a text may have; split it into several files (a long work into one text per chapter, say)`);
	}
	return { decoded, lines, terminators };
}

/** What each line of a source is: the recognition rules' reading, with its sidecar's `keep:` and `drop:` over it. */
export function classifySourceLines(lines: string[], raw: RawSource): LineClass[] {
	return applyLineChoice(classifyLines(lines), raw.sidecar ?? {}, raw.sidecarFile ?? 'the sidecar');
}

/** Reads one source: decoding, line structure, glosses, repairs and emendations, metadata. Throws `SourceError` for anything it cannot account for. */
export function buildText(raw: RawSource): CorpusText {
	// 1. Decode, remembering how to re-encode.
	const { decoded, lines, terminators } = decodeLines(raw);

	// 2. Classify lines and cut passages into segments, with their automatic repairs.
	const classes = classifySourceLines(lines, raw);
	const emendations: Emendation[] = [];
	const blocks: Block[] = lines.map((content, i): Block => {
		const line = i + 1;
		const cls = classes[i];
		if (cls.kind !== 'passage') return cls.kind === 'blank' ? { kind: 'blank', line, text: content } : { kind: 'chrome', line, text: content, role: cls.role };
		const [indent, trailing] = edges(content);
		const id = passageId(line);
		const segmented = segmentPassage(content.slice(indent.length, content.length - trailing.length), id);
		emendations.push(...segmented.emendations);
		return { kind: 'passage', role: cls.role, id, line, indent, trailing, segments: segmented.segments };
	});

	// 3. Apply the editor's emendations, then refuse any damage none of them covers.
	applyEditorial(raw, blocks, emendations);
	const uncovered = blocks.flatMap((b) => (b.kind === 'passage' ? b.segments.flatMap((s) => (s.kind === 'damage' ? [`${b.id} (line ${b.line}): ${s.damage} “${s.source}”`] : [])) : []));
	if (uncovered.length) {
		throw new SourceError(raw.file, `damage not covered by an entry in ${raw.emendationsFile ?? 'the emendations file'}:\n  ${uncovered.join('\n  ')}`);
	}

	// 4. Script, metadata, provenance.
	const passages = blocks.filter((b): b is PassageBlock => b.kind === 'passage');
	return {
		slug: raw.sidecar?.slug ?? textSlug(raw.file),
		script: raw.sidecar?.script ?? detectScript(passages.map(readingText).join('\n')),
		metadata: extractMetadata(blocks, raw.sidecar, raw.file),
		editorNote: raw.sidecar?.note ?? null,
		source: {
			file: raw.file,
			encoding: decoded.encoding,
			bom: decoded.bom,
			sha256: createHash('sha256').update(raw.bytes).digest('hex'),
			bytes: raw.bytes.length,
			lines: lines.length,
		},
		blocks,
		emendations,
		forms: { decisions: raw.forms ?? [], file: raw.formsFile ?? 'the original forms file' },
		terminators,
	};
}

/** Rebuilds the source file's exact bytes from the structured result. */
export function reconstructSource(text: Pick<CorpusText, 'blocks' | 'terminators' | 'source'>): Uint8Array {
	const lines = text.blocks.map((b) => (b.kind === 'passage' ? b.indent + b.segments.map((s) => s.source).join('') + b.trailing : b.text));
	return encodeSource({ text: joinLines({ lines, terminators: text.terminators }), encoding: text.source.encoding, bom: text.source.bom });
}

function edges(content: string): [string, string] {
	// trimStart and trimEnd remove what `\s` matches, which includes U+00A0 and U+3000.
	// A passage line is never blank, so its indent and its trailing space never meet.
	return [content.slice(0, content.length - content.trimStart().length), content.slice(content.trimEnd().length)];
}

function applyEditorial(raw: RawSource, blocks: Block[], emendations: Emendation[]): void {
	// `SourceError.file` names the data file alone; which entry goes into the reason.
	const file = raw.emendationsFile ?? 'emendations';
	for (const entry of raw.editorial ?? []) {
		const entryName = `entry for ${entry.text} ${entry.passage} “${entry.source}”`;
		const index = blocks.findIndex((b) => b.kind === 'passage' && b.id === entry.passage);
		const block = blocks[index];
		if (block?.kind !== 'passage') throw new SourceError(file, `${entryName}: ${raw.file} has no passage ${entry.passage}`);
		// The words are unique in the passage (applyEmendation refuses them otherwise): they are the entry's identity.
		const id = noteId({ kind: 'emendation', passage: block.id, words: entry.source, occurrence: 1, variant: 'editorial' });
		const result = applyEmendation(block.segments, entry, id, emendations);
		if ('error' in result) throw new SourceError(file, `${entryName}: ${result.error}`);
		blocks[index] = { ...block, segments: result.segments };
		for (const [i, e] of emendations.entries()) if (result.absorbed.includes(e.id)) emendations[i] = { ...e, absorbedBy: id };
		emendations.push(result.emendation);
	}
}
