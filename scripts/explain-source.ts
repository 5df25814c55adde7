/**
 * Says what the build makes of each line of one source, and writes nothing: which lines are the
 * text (title, byline, dateline, heading, paragraph) and which are set aside as page furniture,
 * with the line numbers a sidecar's `keep:` and `drop:` take, and the metadata found.
 *
 * Usage: `npm run explain -- path/to/text.txt` (the file's folder is read as its corpus folder,
 * for its sidecar and emendations), or `npm run explain -- <slug>` for a text of the corpus folder
 * (`CORPUS_DIR`, default the bundled corpus).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { classifyLines, type LineClass } from '../src/lib/lines/classifyLines.ts';
import { explainLines } from '../src/lib/lines/explainLines.ts';
import { buildText, classifySourceLines, decodeLines } from '../src/lib/edition/buildText.ts';
import { SourceError } from '../src/lib/source/sourceError.ts';
import { textSlug } from '../src/lib/source/textSlug.ts';
import { defaultCorpusDir, indexCorpus, readSource, sidecarOf } from './lib/loadCorpus.ts';

function run(argument: string | undefined): number {
	if (!argument) {
		console.error('Usage: npm run explain -- path/to/text.txt, or npm run explain -- <slug> (a text in CORPUS_DIR, default content/sources)');
		return 2;
	}
	// 1. Find the source (a file, whose folder is read as its corpus folder, for its sidecar; or a
	//    text of the corpus folder by its slug), and read it as the build does.
	// `npm run` runs a script from the package's folder; a relative path is from where the user typed it.
	const from = process.env.npm_lifecycle_event === 'explain' ? process.env.INIT_CWD : undefined;
	const sourcePath = path.resolve(from ?? process.cwd(), argument);
	const corpusDir = path.resolve(process.env.CORPUS_DIR || defaultCorpusDir);
	const [dir, entry] = existsSync(sourcePath)
		? [path.dirname(sourcePath), indexCorpus(path.dirname(sourcePath)).texts.find((text) => text.file === path.basename(sourcePath))]
		: [corpusDir, indexCorpus(corpusDir).texts.find((text) => (text.sidecar?.slug ?? textSlug(text.file)) === argument)];
	if (!entry) {
		console.error(`${sourcePath} is not a .txt source, nor is “${argument}” the slug of a text in ${corpusDir}`);
		return 1;
	}
	const { file } = entry;
	const { source, errors } = readSource(dir, entry);
	if (!source) {
		console.error(errors.map((error) => `✗ ${error.message}`).join('\n'));
		return 1;
	}
	const problems: string[] = [];
	const noteProblem = (error: unknown) => {
		if (!(error instanceof SourceError)) throw error;
		if (!problems.includes(error.message)) problems.push(error.message);
	};
	let lines: string[];
	try {
		({ lines } = decodeLines(source));
	} catch (error) {
		noteProblem(error);
		console.error(`The build would refuse this text:\n${problems.map((problem) => `✗ ${problem}`).join('\n')}`);
		return 1;
	}

	// 2. What the build makes of each line: the rules with the sidecar's keep/drop, or the rules alone when the sidecar no longer fits.
	let classes: LineClass[];
	try {
		classes = classifySourceLines(lines, source);
	} catch (error) {
		noteProblem(error);
		classes = classifyLines(lines);
	}
	console.log(`${file}: ${lines.length} lines (${entry.sidecar?.keep || entry.sidecar?.drop ? `with keep/drop from ${sidecarOf(file)}` : 'as the rules read them'})\n`);
	console.log(explainLines(lines, classes).join('\n'));
	console.log(`\n✗ = set aside as page furniture (kept verbatim in the edition record, not shown as text).`);
	console.log(`To change a line, list its number in ${sidecarOf(file)}: keep: [12] brings it into the text, drop: [12] sets it aside.`);

	// 3. The metadata found, and where each value came from; and whatever else the build would refuse.
	try {
		const { metadata } = buildText(source);
		const { from, ...fields } = metadata;
		console.log('\nMetadata found:');
		for (const [field, value] of Object.entries(fields)) console.log(`  ${field.padEnd(9)} ${value === null ? '—' : `${value}  (from the ${from[field as keyof typeof from]?.replace('-', ' ')})`}`);
	} catch (error) {
		noteProblem(error);
	}
	if (problems.length) console.error(`\nThe build would refuse this text:\n${problems.map((problem) => `✗ ${problem}`).join('\n')}`);
	return problems.length ? 1 : 0;
}

process.exitCode = run(process.argv[2]);
