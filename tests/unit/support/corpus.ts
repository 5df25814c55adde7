/** Shared fixtures for the unit tests: paths, the five seed sources and small hand-made texts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type LoadedCorpus } from '../../../scripts/lib/loadCorpus.ts';
import { buildEdition } from '../../../src/lib/edition/buildEdition.ts';
import { buildText, type CorpusText, type RawSource } from '../../../src/lib/edition/buildText.ts';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { renderMdx } from '../../../src/lib/edition/renderMdx.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The bundled corpus folder. */
export const sourcesDir = path.join(root, 'content', 'sources');
/** The five seed sources, by file name. */
export const seedFiles = [
	'000_fc2dc3fa00e2669f.txt',
	'001_829f82963481a026.txt',
	'002_cb0b64c34cfde53f.txt',
	'003_b7a5152ad6829bcd.txt',
	'004_a943af7622d75274.txt',
] as const;

/** A seed's short number, `000` … `004`. */
export const seedNumber = (file: string): string => file.slice(0, 3);

/** A seed's file name from its number. */
export const seedFile = (number: string): string => {
	const file = seedFiles.find((f) => f.startsWith(`${number}_`));
	if (!file) throw new Error(`no seed ${number}`);
	return file;
};

/** A seed's bytes as on disk. */
export const seedBytes = (file: string): Buffer => readFileSync(path.join(sourcesDir, file));

/** A seed's lines (UTF-8, LF; all five seeds are). */
export const seedLines = (file: string): string[] => seedBytes(file).toString('utf8').split('\n');

let corpus: Promise<LoadedCorpus> | undefined;
/** The bundled corpus folder as the build reads it: sources, sidecars, emendations, annotations, glossary. */
export async function loadBundledCorpus(): Promise<LoadedCorpus> {
	corpus ??= Promise.resolve(loadCorpus(sourcesDir)).then((loaded) => {
		if (loaded.errors.length) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
		return loaded;
	});
	return corpus;
}

/** The bundled sources as the build loads them: sidecars and editorial emendations attached. */
export async function loadSeeds(): Promise<RawSource[]> {
	return (await loadBundledCorpus()).sources;
}

/** One seed as the build loads it. */
export async function loadSeed(file: string): Promise<RawSource> {
	const found = (await loadSeeds()).find((s) => s.file === file);
	if (!found) throw new Error(`${file} is not in the corpus`);
	return found;
}

/** One seed as the pipeline reads its source (`buildText`), before annotations and conversion. */
export async function buildSeed(file: string): Promise<CorpusText> {
	return buildText(await loadSeed(file));
}

/** One seed's edition record, with its annotations and the glossary, exactly as scripts/build-corpus.ts builds it. */
export async function recordOfSeed(file: string): Promise<EditionRecord> {
	const { annotationsByText, glossary } = await loadBundledCorpus();
	return buildEdition(await loadSeed(file), annotationsByText.get(textName(file)), { glossary });
}

/** The MDX file scripts/build-corpus.ts writes for a seed. */
export async function renderSeed(file: string): Promise<string> {
	return renderMdx(await recordOfSeed(file));
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A short poem with no page header: title, author, blank line, verse. */
export const poem = ['静夜思', '李白', '', '床前明月光，', '疑是地上霜。', '举头望明月，', '低头思故乡。', ''].join('\n');

/** A short traditional-script poem, the same shape. */
export const poemHant = ['靜夜思', '李白', '', '床前明月光，', '疑是地上霜。', '舉頭望明月，', '低頭思故鄉。', ''].join('\n');

/** A text that starts straight with prose: no title line. */
export const proseOnly = [
	'劳动是一切幸福的源泉，我们要大力弘扬劳模精神、劳动精神、工匠精神，在平凡的岗位上创造不平凡的业绩。',
	'广大职工要立足本职、爱岗敬业，以实际行动书写新时代的奋斗篇章，为高质量发展贡献力量。',
	'',
].join('\n');

/** A small simplified-script article with title, byline and dateline. */
export const smallArticle = [
	'劳动光荣',
	'王小明',
	'2021-05-01 来源：工人日报',
	'',
	'劳动是一切幸福的源泉，我们要大力弘扬劳模精神、劳动精神、工匠精神，在平凡的岗位上创造不平凡的业绩。',
	'',
	'广大职工要立足本职、爱岗敬业，以实际行动书写新时代的奋斗篇章，为高质量发展贡献力量。',
	'',
].join('\n');

/** The same article in traditional script. */
export const smallArticleHant = [
	'勞動光榮',
	'王小明',
	'2021-05-01 來源：工人日報',
	'',
	'勞動是一切幸福的源泉，我們要大力弘揚勞模精神、勞動精神、工匠精神，在平凡的崗位上創造不平凡的業績。',
	'',
	'廣大職工要立足本職、愛崗敬業，以實際行動書寫新時代的奮鬥篇章，為高質量發展貢獻力量。',
	'',
].join('\n');

/**
 * A text built to break MDX if any of it reached the file as code: braces, an expression that
 * would set a global, raw HTML, a component tag, an entity, and lines that MDX reads as ESM.
 * The hostile lines are all passages (body text); the editor line and the `---` line after the
 * body are chrome, which goes into the frontmatter.
 */
export const injectionLines = [
	'注入测试',
	'张三',
	'2024-01-02 来源：测试网',
	'',
	'这一段包含大括号{和}以及表达式{globalThis.pwned = 1}，还有脚本<script>alert(1)</script>和组件<Foo/>，以及实体&amp;。这是一段足够长的正文。',
	'{',
	'}',
	'{globalThis.pwned = 1}',
	'<script>alert(1)</script>',
	'<Foo/>',
	'&amp;',
	"import fs from 'node:fs'",
	'export const x = (globalThis.pwned = 1)',
	'最后一段正文也要足够长，这样它才会被当作正文，而不是网站的装饰部分，对吧？',
	'',
	'责任编辑：<Bar/>{globalThis.pwned=2}',
	'---',
	'',
];
export const injectionText = injectionLines.join('\n');
