import v8 from 'node:v8';
import vm from 'node:vm';
import { buildEditions, type PipelineStep } from '../../src/lib/edition/buildEdition.ts';
import { mdxFile, recordFile, recordJson } from '../../src/lib/edition/outputFiles.ts';
import { renderMdx } from '../../src/lib/edition/renderMdx.ts';
import { conversionBatch } from '../../src/lib/script/conversionBatch.ts';
import { convertScript, otherScript } from '../../src/lib/script/convertScript.ts';
import { detectScript } from '../../src/lib/script/detectScript.ts';
import { textName } from '../../src/lib/source/sourceFiles.ts';
import { loadCorpus } from '../lib/loadCorpus.ts';
import { flushWrites, writeNewFolder } from './outputWrite.ts';
import type { BenchSection } from './report.ts';
import { fixed, megabytes, summarize } from './stats.ts';

// Forced collections make the "live" figures mean data in use, not garbage not yet collected.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** One row of the split: a stage and what it costs. */
interface Stage {
	name: string;
	/** CPU milliseconds, one per run. */
	cpuMs: number[];
	/** Heap and external memory in use after the stage, in bytes, one per run (pipeline stages only). */
	live?: number[];
}

/** The pipeline's steps (`buildEditions`), as the table names them. */
const stepNames: Record<PipelineStep, string> = {
	read: '2. read sources (decode, classify, segment, emend, metadata)',
	annotate: '3. attach annotations',
	convert: `4. convert into the other script (${conversionBatch} texts at a time)`,
	assemble: '5. assemble the records',
};
const detectStage = '2a. of which detectScript (counting simplified and traditional forms)';
const floorStage = 'convertScript alone: each source once into its other script';

/** CPU time of this process so far (user + system, all threads), in milliseconds. */
function cpuNow(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Section: the same work as `scripts/build-corpus.ts`, stage by stage, inside the bench process, so
 * the end-to-end figure can be split; then the conversion on its own over the same texts, for scale.
 * Stages are timed in CPU time, which other work on the machine disturbs far less than wall time.
 */
export async function stageCosts(corpusDir: string, outDir: string, runs: number, log: (line: string) => void): Promise<BenchSection> {
	const stages = new Map<string, Stage>();
	const record = (name: string, cpuMs: number, liveBytes?: number) => {
		const stage = stages.get(name) ?? { name, cpuMs: [], live: liveBytes === undefined ? undefined : [] };
		stage.cpuMs.push(cpuMs);
		if (liveBytes !== undefined) stage.live?.push(liveBytes);
		stages.set(name, stage);
	};
	const live = () => {
		collectGarbage();
		const { heapUsed, external } = process.memoryUsage();
		return heapUsed + external;
	};
	const measure = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
		const started = cpuNow();
		const result = await work();
		return [result, cpuNow() - started];
	};
	const before = live();
	let sourceBytes = 0;

	for (let i = 1; i <= runs; i++) {
		// The pipeline's own steps: `buildEditions` over every text at once, each step timed through its hook.
		const [{ sources, annotationsByText, glossary, errors }, loadMs] = await measure(() => loadCorpus(corpusDir));
		if (errors.length) throw new Error(`the corpus in ${corpusDir} has errors: ${errors[0].message}`);
		record('1. read corpus: files, YAML, zod', loadMs, live());
		const step = <T>(name: PipelineStep, run: () => T): T => {
			const started = cpuNow();
			const result = run();
			record(stepNames[name], cpuNow() - started, live());
			return result;
		};
		const outcomes = buildEditions(sources.map((source) => ({ source, annotations: annotationsByText.get(textName(source.file)) })), { glossary, step });
		const records = outcomes.map((outcome) => {
			if ('refused' in outcome) throw new Error(`the corpus in ${corpusDir} has a refused text: ${outcome.refused.message}`);
			return outcome.record;
		});
		const [files, renderMs] = await measure(() => new Map(records.flatMap((r) => [[recordFile(r.slug), recordJson(r)], [mdxFile(r.slug), renderMdx(r)]])));
		record('6. write records (JSON) and render their MDX', renderMs, live());
		// As in the end-to-end runs, each run writes a folder that does not exist yet, with no earlier writes pending.
		flushWrites();
		record('7. write the files', (await measure(() => writeNewFolder(`${outDir}-${i}`, files)))[1]);

		// A part of the above, and the conversion alone on the same texts.
		const readings = records.map((r) => r.passages.map((p) => p.text[r.script]).join('\n'));
		record(detectStage, (await measure(() => readings.forEach((r) => detectScript(r))))[1]);
		const decoded = sources.map((s) => new TextDecoder().decode(s.bytes));
		const scripts = records.map((r) => r.script);
		sourceBytes = sources.reduce((n, s) => n + s.bytes.length, 0);
		record(floorStage, (await measure(() => decoded.forEach((d, j) => convertScript(d, otherScript(scripts[j])))))[1]);
		record('convertScript alone: every source to traditional', (await measure(() => decoded.forEach((d) => convertScript(d, 'hant'))))[1]);
		record('convertScript alone: every source to simplified', (await measure(() => decoded.forEach((d) => convertScript(d, 'hans'))))[1]);
		log(`in-process split: run ${i}/${runs} done`);
	}

	const median = (name: string) => summarize(stages.get(name)?.cpuMs ?? [NaN]).median;
	const pipelineNames = [...stages.keys()].filter((name) => /^\d\./.test(name));
	const total = pipelineNames.reduce((n, name) => n + median(name), 0);
	const rate = (ms: number) => fixed(megabytes(sourceBytes) / (ms / 1000), 1);
	const rows = [...stages.values()].map((stage) => {
		const ms = median(stage.name);
		const liveMB = stage.live ? fixed(megabytes(summarize(stage.live).median), 0) : '';
		return [stage.name, fixed(ms, 0), `${fixed((100 * ms) / total, 0)}%`, rate(ms), liveMB];
	});
	rows.splice(pipelineNames.length, 0, ['total in process', fixed(total, 0), '100%', rate(total), '']);
	return {
		title: 'Where the time goes (in process)',
		method: [
			`The pipeline's steps run one after another inside the bench process on the generated corpus (${fixed(megabytes(sourceBytes), 1)} MB),`,
			`${runs === 1 ? 'in one run' : `${runs} runs, each cell the median`}. Times are CPU time (user + system), which other work on the`,
			'machine disturbs less than wall time; shares are of the in-process total (no Node start-up); MB/s is corpus source bytes per CPU-second.',
			'"Live MB" is the heap plus external memory still in use after the stage (after a forced garbage collection): what',
			`the pipeline holds at that point; ${fixed(megabytes(before), 0)} MB were live before the first run (code, opencc-js's dictionaries).`,
			'The convertScript rows convert the whole decoded source files as the pipeline does (opencc-js in two passes each way, see src/lib/script/convertScript.ts).',
		].join(' '),
		tables: [{ header: ['stage', 'CPU ms', 'share', 'MB/s', 'live MB'], rows }],
		targets: [],
		notes: [
			`Converting each source once into its other script costs ${fixed((100 * median(floorStage)) / total, 0)}% of the in-process total (${rate(median(floorStage))} MB/s): roughly the ceiling for one thread of a pipeline that converts every passage once, however fast the rest becomes.`,
			`detectScript costs ${fixed((100 * median(detectStage)) / total, 0)}% of the total: it looks each character up in a table of the forms either conversion changes; convertTexts converts every passage once.`,
			'These stages run on one thread; build-corpus shares the texts (stages 2–7) among worker threads, so its wall time is shorter than this total on a machine with more than one CPU. Here each stage runs over every text before the next begins, so opencc-js\'s dictionaries stay in the processor\'s cache from one batch to the next, which they do not in build-corpus: stage 4 is cheaper here than there.',
		],
	};
}
