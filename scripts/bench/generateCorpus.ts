/**
 * Writes a deterministic benchmark corpus built from the real sources: every generated text keeps
 * one source's page chrome (header and footer lines) and gets a shuffled, resized body drawn from the
 * paragraphs of the sources in the same script. Damaged paragraphs (GBK realignment, `?`-damage,
 * broken entities) are kept whole and travel with their editorial entries, which are written to the
 * corpus's own `emendations.yaml` under the new text and passage id, so the corpus builds cleanly
 * and still exercises every repair path. Annotations travel with their paragraphs the same way (into
 * `annotations/generated.yaml`, with the real `glossary.yaml` copied), unless a paragraph was cut
 * short before the annotated words.
 *
 * Usage: `node scripts/bench/generateCorpus.ts [folder]` (default `.bench/corpus-5000`);
 *        `BENCH_TEXTS` sets the number of texts (default 5,000), `BENCH_SEED` the seed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { AnnotationEntry } from '../../src/lib/annotations/annotationSchema.ts';
import type { EditorialEmendation } from '../../src/lib/passages/editorialEmendationSchema.ts';
import { attributionPattern, classifyLines } from '../../src/lib/lines/classifyLines.ts';
import { decodeSource } from '../../src/lib/source/decodeSource.ts';
import { detectScript } from '../../src/lib/script/detectScript.ts';
import { splitLines } from '../../src/lib/lines/lines.ts';
import { stripGlosses } from '../../src/lib/passages/pinyin.ts';
import { passageId } from '../../src/lib/ids/ids.ts';
import type { Script } from '../../src/lib/script/scriptSchema.ts';
import type { Sidecar } from '../../src/lib/source/sidecarSchema.ts';
import { isSourceFile, textName } from '../../src/lib/source/sourceFiles.ts';
import { envInteger } from '../lib/envInteger.ts';
import { annotationsDirName, emendationsFileName, glossaryFileName, loadCorpus, sidecarSuffix } from '../lib/loadCorpus.ts';

/** Default number of generated texts (`BENCH_TEXTS` overrides). */
const defaultTextCount = 5000;
/** Default PRNG seed (`BENCH_SEED` overrides); the same seed always writes the same bytes. */
const defaultSeed = 20240521;
/** A file the generator leaves in its folder, so it only ever clears folders it wrote. */
const markerFile = '.bench-corpus';

/** What to generate. */
export interface CorpusOptions {
	/** Folder of real sources to build from. */
	sourcesDir: string;
	/** Output folder: created, or replaced if the generator wrote it before. */
	dir: string;
	/** Number of texts. */
	texts: number;
	/** PRNG seed. */
	seed: number;
}

/**
 * The bench's corpus: built from the repository's bundled sources into `.bench/corpus-N` (or
 * `dir`), with `BENCH_TEXTS` texts and seed `BENCH_SEED` from the environment.
 */
export function benchCorpusOptions(root: string, dir?: string): CorpusOptions {
	const texts = envInteger('BENCH_TEXTS', defaultTextCount);
	return {
		sourcesDir: path.join(root, 'content', 'sources'),
		dir: dir ?? path.join(root, '.bench', `corpus-${texts}`),
		texts,
		seed: envInteger('BENCH_SEED', defaultSeed),
	};
}

/** What was generated. */
export interface GeneratedCorpus {
	dir: string;
	texts: number;
	/** Total bytes of the `.txt` sources (the throughput denominator). */
	sourceBytes: number;
	/** Editorial entries written to the corpus's `emendations.yaml`. */
	emendations: number;
	/** Bytes of that `emendations.yaml`. */
	emendationsBytes: number;
	/** Annotations written to `annotations/generated.yaml`. */
	annotations: number;
	/** Sidecar files written. */
	sidecars: number;
	/** Texts in each script. */
	scripts: Record<Script, number>;
	/** Distinct text contents (equal to `texts` unless two came out identical). */
	distinct: number;
}

/** An annotation that quotes words of a passage (not an exclusion, which names a text or passage only). */
type QuotingAnnotation = Exclude<AnnotationEntry, { kind: 'not-term' }>;

/** One body line of a real source, with the editorial entries and annotations that point at it. */
interface Unit {
	text: string;
	entries: EditorialEmendation[];
	annotations: QuotingAnnotation[];
	/** A long paragraph that may be cut at a sentence end (never one with editorial entries). */
	cuttable: boolean;
}

/** A real source split into chrome around a body. */
interface Template {
	stem: string;
	script: Script;
	header: string[];
	units: Unit[];
	/** A closing `（作者…）` signature, kept as the last body line. */
	signature?: Unit;
	/** Blank line between body lines, or undefined when the source puts them on adjacent lines. */
	separator?: string;
	footer: string[];
	terminator: string;
	finalTerminator: boolean;
	sidecar?: Sidecar;
}

/** A real corpus folder read into templates, plus the files copied as they are. */
interface Templates {
	templates: Template[];
	glossary?: string;
}

const sentenceEnd = /(?<=[。！？])/;
const isoDate = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/;

/** Writes the corpus and returns what it holds. */
export async function generateCorpus(options: CorpusOptions): Promise<GeneratedCorpus> {
	// 1. Read the real sources into templates.
	const { templates, glossary } = await readTemplates(options.sourcesDir);
	const pools = new Map<Script, Unit[]>();
	for (const t of templates) pools.set(t.script, [...(pools.get(t.script) ?? []), ...t.units]);

	// 2. Build every text in memory, deterministically from the seed.
	const random = mulberry32(options.seed);
	const files = new Map<string, string>();
	const entries: EditorialEmendation[] = [];
	const annotations: AnnotationEntry[] = [];
	const scripts: Record<Script, number> = { hans: 0, hant: 0 };
	let sidecars = 0;
	const width = String(options.texts - 1).length;
	for (let i = 0; i < options.texts; i++) {
		const template = templates[i % templates.length];
		const stem = `g${String(i).padStart(width, '0')}_${template.stem.slice(0, 3)}`;
		const text = composeText(template, pools.get(template.script) ?? [], random, stem, i);
		files.set(`${stem}.txt`, text.text);
		entries.push(...text.entries);
		annotations.push(...text.annotations);
		scripts[template.script]++;
		if (template.sidecar) {
			// A sidecar title would make every copy share one title: number it.
			const sidecar = { ...template.sidecar, ...(template.sidecar.title ? { title: `${template.sidecar.title}（${i}）` } : {}) };
			files.set(`${stem}${sidecarSuffix}`, stringify(sidecar, { lineWidth: 0 }));
			sidecars++;
		}
	}
	const emendationsYaml = [
		`# Generated by scripts/bench/generateCorpus.ts (seed ${options.seed}); the entries of the real`,
		`# ${emendationsFileName}, repeated for each damaged paragraph under its new text and passage id.`,
		stringify(entries, { lineWidth: 0 }),
	].join('\n');
	files.set(emendationsFileName, emendationsYaml);
	if (glossary !== undefined) files.set(glossaryFileName, glossary);
	if (annotations.length) files.set(path.join(annotationsDirName, 'generated.yaml'), stringify(annotations, { lineWidth: 0 }));

	// 3. Replace the folder (only one this generator wrote) and write the files, unless it already
	//    holds exactly these: deleting thousands of files just before the pipeline writes thousands
	//    slows its writes down (ext4 skips recently freed inodes when it creates files).
	const marker = `seed ${options.seed}, ${options.texts} texts, sha256 ${fingerprint(files)}\n`;
	if ((await readFile(path.join(options.dir, markerFile), 'utf8').catch(() => '')) !== marker) {
		await clearFolder(options.dir);
		await mkdir(path.join(options.dir, annotationsDirName));
		for (const [name, content] of files) await writeFile(path.join(options.dir, name), content);
		await writeFile(path.join(options.dir, markerFile), marker);
	}

	const texts = [...files].filter(([name]) => name.endsWith('.txt'));
	return {
		dir: options.dir,
		texts: texts.length,
		sourceBytes: texts.reduce((n, [, content]) => n + Buffer.byteLength(content), 0),
		emendations: entries.length,
		emendationsBytes: Buffer.byteLength(emendationsYaml),
		annotations: annotations.length,
		sidecars,
		scripts,
		distinct: new Set(texts.map(([, content]) => createHash('sha256').update(content).digest('hex'))).size,
	};
}

/** Total bytes of the `.txt` files in a corpus folder. */
export async function sourceBytesIn(dir: string): Promise<{ texts: number; bytes: number }> {
	const names = (await readdir(dir)).filter(isSourceFile);
	let bytes = 0;
	for (const name of names) bytes += (await readFile(path.join(dir, name))).length;
	return { texts: names.length, bytes };
}

/**
 * One generated text: the template's header and footer, and a body of 50–200% of the template's
 * length, drawn from its own paragraphs first and then from every source in the same script,
 * shuffled, with about a third of the undamaged paragraphs cut short at a sentence end.
 */
function composeText(template: Template, pool: Unit[], random: () => number, stem: string, index: number): { text: string; entries: EditorialEmendation[]; annotations: AnnotationEntry[] } {
	const count = Math.max(1, Math.round(template.units.length * (0.5 + 1.5 * random())));
	const own = shuffle([...template.units], random);
	const drawn = own.slice(0, count);
	while (drawn.length < count) drawn.push(pool[Math.floor(random() * pool.length)]);
	const body = shuffle(drawn, random).map((unit) => (unit.cuttable && random() < 0.35 ? cut(unit, random) : unit));
	if (template.signature) body.push(template.signature);

	// Every text gets its own date (the template's, plus one day per text), so no two are identical.
	const lines = template.header.map((line) => line.replace(isoDate, (date) => shiftDate(date, index)));
	const entries: EditorialEmendation[] = [];
	const annotations: AnnotationEntry[] = [];
	for (const [i, unit] of body.entries()) {
		if (i > 0 && template.separator !== undefined) lines.push(template.separator);
		lines.push(unit.text);
		// Passage ids are source line numbers, so each entry follows its paragraph to its new line.
		const passage = passageId(lines.length);
		for (const entry of unit.entries) entries.push({ ...entry, text: stem, passage });
		for (const annotation of unit.annotations) annotations.push({ ...annotation, text: stem, passage });
	}
	lines.push(...template.footer);
	const text = lines.join(template.terminator) + (template.finalTerminator ? template.terminator : '');
	return { text, entries, annotations };
}

/** A `YYYY-MM-DD` date moved by some days. */
function shiftDate(date: string, days: number): string {
	const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
	return shifted.toISOString().slice(0, 10);
}

/** Keeps the first 1..n sentences of a paragraph, and the annotations whose words are still there. */
function cut(unit: Unit, random: () => number): Unit {
	const sentences = unit.text.split(sentenceEnd);
	const text = sentences.slice(0, 1 + Math.floor(random() * sentences.length)).join('');
	const reading = stripGlosses(text);
	const kept = unit.annotations.filter((a) => reading.split(a.quote).length - 1 >= a.occurrence);
	return { ...unit, text, annotations: kept };
}

/** Reads the real corpus as the pipeline does (loadCorpus), and cuts each source into templates. */
async function readTemplates(sourcesDir: string): Promise<Templates> {
	const corpus = loadCorpus(sourcesDir);
	if (corpus.errors.length) throw new Error(`the corpus in ${sourcesDir} has errors: ${corpus.errors[0].message}`);
	const templates: Template[] = [];
	for (const source of corpus.sources) {
		const stem = textName(source.file);
		const annotations = (corpus.annotationsByText.get(stem) ?? []).flatMap(({ entry }) => (entry.kind === 'not-term' ? [] : [entry]));
		const { lines, terminators } = splitLines(decodeSource(source.bytes, source.file).text);
		const classes = classifyLines(lines);
		const isBody = (i: number) => classes[i].kind === 'passage' && ['paragraph', 'heading'].includes((classes[i] as { role: string }).role);
		const first = lines.findIndex((_, i) => isBody(i));
		const last = lines.findLastIndex((_, i) => isBody(i));
		if (first < 0) continue;
		const units: Unit[] = [];
		let separator: string | undefined;
		for (let i = first; i <= last; i++) {
			if (classes[i].kind === 'blank') {
				separator ??= lines[i];
				continue;
			}
			const at = (e: { passage: string }) => e.passage === `p${i + 1}`;
			const entries = (source.editorial ?? []).filter(at);
			units.push({ text: lines[i], entries, annotations: annotations.filter(at), cuttable: entries.length === 0 && lines[i].length > 60 && sentenceEnd.test(lines[i]) });
		}
		// A closing signature ends the body wherever it stands, so it stays last and out of the pool.
		const signature = attributionPattern.test(stripGlosses(units.at(-1)?.text ?? '').trim()) ? units.pop() : undefined;
		templates.push({
			stem,
			script: detectScript(units.map((u) => u.text).join('\n')),
			header: lines.slice(0, first),
			units,
			signature,
			separator,
			footer: lines.slice(last + 1),
			terminator: terminators.find((t) => t !== '') ?? '\n',
			finalTerminator: terminators.at(-1) !== '',
			sidecar: source.sidecar,
		});
	}
	// Copied byte for byte.
	const glossaryPath = path.join(sourcesDir, glossaryFileName);
	return { templates, glossary: existsSync(glossaryPath) ? await readFile(glossaryPath, 'utf8') : undefined };
}

/** A digest of every file's name and content. */
function fingerprint(files: Map<string, string>): string {
	const hash = createHash('sha256');
	for (const [name, content] of files) hash.update(`${name}\0${content}\0`);
	return hash.digest('hex');
}

/** Empties a folder this generator wrote before; refuses any other non-empty folder. */
async function clearFolder(dir: string): Promise<void> {
	if (existsSync(dir)) {
		const names = await readdir(dir);
		if (names.length > 0 && !names.includes(markerFile)) throw new Error(`${dir} is not empty and was not written by the corpus generator; refusing to clear it`);
		await rm(dir, { recursive: true, force: true });
	}
	await mkdir(dir, { recursive: true });
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}


if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '..', '..');
	const corpus = await generateCorpus(benchCorpusOptions(root, process.argv[2] && path.resolve(process.argv[2])));
	console.log(JSON.stringify(corpus, null, 2));
}
