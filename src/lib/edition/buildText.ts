import { createHash } from 'node:crypto';
import { applyEmendation, type EditorialEmendation } from '../passages/applyEmendations.ts';
import { classifyLines } from '../lines/classifyLines.ts';
import { convertScript } from '../script/convertScript.ts';
import { detectScript } from '../script/detectScript.ts';
import { decodeSource, encodeSource, type DecodedSource } from '../source/decodeSource.ts';
import { extractMetadata } from '../lines/extractMetadata.ts';
import { joinLines, splitLines } from '../lines/lines.ts';
import { passageId } from './passageId.ts';
import { headerRoleSchema, type Block, type Emendation, type PassageBlock, type Sidecar, type TextFrontmatter } from './schema.ts';
import { segmentPassage, type IdCounter } from '../passages/segmentPassage.ts';
import { readingText } from '../passages/readingText.ts';
import { SourceError } from '../source/sourceError.ts';
import { textName } from '../source/sourceFiles.ts';

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
}

/** The structured result for one text: everything needed to render it and to rebuild its source. */
export interface CorpusText {
	frontmatter: TextFrontmatter;
	/** One block per source line. */
	blocks: Block[];
	/** Each line's terminator, as `splitLines` returns them. */
	terminators: string[];
	/** Encoding and byte-order mark of the source file. */
	encoding: Pick<DecodedSource, 'encoding' | 'bom'>;
}

/** Runs the pipeline on one source. Throws `SourceError` for anything it cannot account for. */
export function buildText(raw: RawSource): CorpusText {
	// 1. Decode, remembering how to re-encode.
	const decoded = decodeSource(raw.bytes, raw.file);
	const { lines, terminators } = splitLines(decoded.text);

	// 2. Classify lines and cut passages into segments, numbering repairs and redactions in order.
	const classes = classifyLines(lines);
	const ids: IdCounter = { emendations: 0, redactions: 0 };
	const emendations: Emendation[] = [];
	const blocks: Block[] = lines.map((content, i): Block => {
		const line = i + 1;
		const cls = classes[i];
		if (cls.kind !== 'passage') return cls.kind === 'blank' ? { kind: 'blank', line, text: content } : { kind: 'chrome', line, text: content, role: cls.role };
		const [indent, trailing] = edges(content);
		const id = passageId(line);
		const segmented = segmentPassage(content.slice(indent.length, content.length - trailing.length), id, ids);
		emendations.push(...segmented.emendations);
		return { kind: 'passage', role: cls.role, id, line, indent, trailing, segments: segmented.segments };
	});

	// 3. Apply the editor's emendations, then refuse any damage none of them covers.
	applyEditorial(raw, blocks, emendations, ids);
	const uncovered = blocks.flatMap((b) => (b.kind === 'passage' ? b.segments.flatMap((s) => (s.kind === 'damage' ? [`${b.id} (line ${b.line}): ${s.damage} “${s.source}”`] : [])) : []));
	if (uncovered.length) {
		throw new SourceError(raw.file, `damage not covered by an entry in ${raw.emendationsFile ?? 'the emendations file'}:\n  ${uncovered.join('\n  ')}`);
	}

	// 4. Metadata, script, provenance.
	const passages = blocks.filter((b): b is PassageBlock => b.kind === 'passage');
	const readings = passages.map(readingText);
	const script = raw.sidecar?.script ?? detectScript(readings.join('\n'));
	const metadata = extractMetadata(blocks, raw.sidecar, raw.file);
	const both = (text: string) => ({ hans: script === 'hans' ? text : convertScript(text, 'hans'), hant: script === 'hant' ? text : convertScript(text, 'hant') });
	const chrome = blocks.filter((b) => b.kind === 'chrome').map(({ line, role, text }) => ({ line, role, text }));
	const frontmatter: TextFrontmatter = {
		slug: textName(raw.file),
		title: both(metadata.title),
		headerLines: headerRoleSchema.options.filter((role) => passages.some((p) => p.role === role)),
		author: metadata.author ? both(metadata.author) : null,
		date: metadata.date,
		outlet: metadata.outlet ? both(metadata.outlet) : null,
		editor: metadata.editor ? both(metadata.editor) : null,
		sourceUrl: metadata.sourceUrl,
		metadataFrom: metadata.from,
		script,
		source: {
			file: raw.file,
			sha256: createHash('sha256').update(raw.bytes).digest('hex'),
			encoding: decoded.encoding,
			bom: decoded.bom,
			bytes: raw.bytes.length,
			lines: lines.length,
		},
		chrome,
		emendations,
		// Filled by annotateText, which knows where annotations sit among the notes.
		annotations: [],
		noteOrder: [],
		redactions: passages.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'redaction' ? [{ id: s.id, passage: p.id, source: s.source }] : []))),
		counts: {
			paragraphs: passages.filter((p) => p.role === 'paragraph').length,
			headings: passages.filter((p) => p.role === 'heading').length,
			chromeLines: chrome.length,
			glosses: passages.reduce((n, p) => n + p.segments.filter((s) => s.kind === 'gloss').length, 0),
			characters: readings.reduce((n, reading) => n + reading.length, 0),
		},
	};
	return { frontmatter, blocks, terminators, encoding: { encoding: decoded.encoding, bom: decoded.bom } };
}

/** Rebuilds the source file's exact bytes from the structured result. */
export function reconstructSource(text: CorpusText): Uint8Array {
	const lines = text.blocks.map((b) => (b.kind === 'passage' ? b.indent + b.segments.map((s) => s.source).join('') + b.trailing : b.text));
	return encodeSource({ text: joinLines({ lines, terminators: text.terminators }), ...text.encoding });
}

function edges(content: string): [string, string] {
	// trimStart and trimEnd remove what `\s` matches, which includes U+00A0 and U+3000.
	// A passage line is never blank, so its indent and its trailing space never meet.
	return [content.slice(0, content.length - content.trimStart().length), content.slice(content.trimEnd().length)];
}

function applyEditorial(raw: RawSource, blocks: Block[], emendations: Emendation[], ids: IdCounter): void {
	const automatic = [...emendations];
	// `SourceError.file` names the data file alone; which entry goes into the reason.
	const file = raw.emendationsFile ?? 'emendations';
	for (const entry of raw.editorial ?? []) {
		const entryName = `entry for ${entry.text} ${entry.passage} “${entry.source}”`;
		const index = blocks.findIndex((b) => b.kind === 'passage' && b.id === entry.passage);
		const block = blocks[index];
		if (block?.kind !== 'passage') throw new SourceError(file, `${entryName}: ${raw.file} has no passage ${entry.passage}`);
		const result = applyEmendation(block.segments, entry, `e${ids.emendations + 1}`, automatic);
		if ('error' in result) throw new SourceError(file, `${entryName}: ${result.error}`);
		ids.emendations++;
		blocks[index] = { ...block, segments: result.segments };
		emendations.push(result.emendation);
	}
}
