import { describe, expect, test } from 'vitest';
import { annotateText, passageNodes } from '../../../src/lib/annotations/annotateText.ts';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { textName } from '../../../src/lib/source/sourceFiles.ts';
import { refusalOf } from '../support/refusal.ts';
import { annotateSeed, buildSeed, loadBundledCorpus, seedFile, seedFiles, utf8 } from '../support/corpus.ts';

describe('passageNodes', () => {
	test('gives every passage of a seed its display nodes, keyed by passage id in source order', async () => {
		const text = await buildSeed(seedFile('004'));
		expect([...passageNodes(text).keys()]).toEqual(text.blocks.flatMap((b) => (b.kind === 'passage' ? [b.id] : [])));
	});
});

describe('annotateText', () => {
	test('lists the annotations of seed 000 and the order of everything a reader can open', async () => {
		const { text } = await annotateSeed(seedFile('000'));
		expect(text.frontmatter.annotations.map((a) => [a.id, a.kind, a.passage, a.quote])).toEqual([
			['a1', 'term', 'p8', '勞模精神'],
			['a2', 'note', 'p14', '猛將發于卒伍,宰相起于州郡'],
		]);
		// The automatic repairs e1–e3 are absorbed by the editor's e4–e6 and not shown.
		expect(text.frontmatter.noteOrder).toEqual(['a1', 'e4', 'e5', 'a2', 'e6']);
	});

	test.each([...seedFiles])('attaches every bundled annotation of %s', async (file) => {
		const { annotationsByText } = await loadBundledCorpus();
		const { text } = await annotateSeed(file);
		expect(text.frontmatter.annotations).toHaveLength(annotationsByText.get(textName(file))?.length ?? 0);
	});

	test('leaves a text without annotations with empty lists, and does not change the built text', async () => {
		const built = await buildSeed(seedFile('004'));
		const copy = structuredClone(built);
		const { text } = annotateText(built);
		expect(text.frontmatter.annotations).toEqual([]);
		expect(text.frontmatter.noteOrder).toEqual([]);
		expect(built).toEqual(copy);
	});

	test('refuses an annotation that does not fit, naming the source file', () => {
		const text = buildText({ file: 'x.txt', bytes: utf8('标题\n\n劳动是一切幸福的源泉，我们要大力弘扬劳模精神、劳动精神、工匠精神。\n') });
		const annotation = { file: 'annotations/notes.yaml', entry: { kind: 'note' as const, text: 'x', passage: 'p3', quote: '不在这里', occurrence: 1, en: 'n' } };
		const error = refusalOf(() => annotateText(text, [annotation]));
		expect(error.file).toBe('x.txt');
		expect(error.reason).toBe('annotations that do not fit:\n  annotations/notes.yaml: note on x p3 “不在这里”: the words are not in the passage');
	});
});
