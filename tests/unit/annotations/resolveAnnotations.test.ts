import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../../src/lib/annotations/annotationSchema.ts';
import { resolveAnnotations, type PassageNodes, type SourcedAnnotation } from '../../../src/lib/annotations/resolveAnnotations.ts';

const glossary = new Map<string, GlossaryEntry>([
	['laomo-jingshen', { id: 'laomo-jingshen', hans: '劳模精神', hant: '勞模精神', pinyin: 'láomó jīngshén', zh: '劳动模范所体现的精神。', en: 'The spirit of model workers.' }],
]);
const passages = (): PassageNodes =>
	new Map([
		['p8', [{ kind: 'text', text: '勞模精神是時代的先進文化,弘揚勞模精神' }]],
		['p14', [{ kind: 'text', text: '猛將' }, { kind: 'gloss', base: '發', reading: 'fā' }, { kind: 'text', text: '于卒伍,宰相起于州郡。' }]],
	]);
const term = (passage: string, quote: string, occurrence = 1): SourcedAnnotation => ({ file: 'annotations/terms.yaml', entry: { kind: 'term', text: 't', passage, quote, occurrence, term: 'laomo-jingshen' } });
const note = (passage: string, quote: string): SourcedAnnotation => ({ file: 'annotations/notes.yaml', entry: { kind: 'note', text: 't', passage, quote, occurrence: 1, zh: '语出《韩非子》。' } });

describe('resolveAnnotations', () => {
	test('numbers annotations in reading order, whatever order the files list them in', () => {
		const nodes = passages();
		const { annotations, errors } = resolveAnnotations(nodes, 'hant', [note('p14', '猛將發于卒伍'), term('p8', '勞模精神', 2), term('p8', '勞模精神')], glossary);
		expect(errors).toEqual([]);
		expect(annotations.map((a) => [a.id, a.passage, a.kind])).toEqual([
			['a1', 'p8', 'term'],
			['a2', 'p8', 'term'],
			['a3', 'p14', 'note'],
		]);
		expect(nodes.get('p8')!.map((n) => n.kind)).toEqual(['annotation', 'text', 'annotation']);
	});

	test('inlines the glossary entry with its gloss in traditional script, and converts a note', () => {
		const { annotations } = resolveAnnotations(passages(), 'hant', [term('p8', '勞模精神'), note('p14', '宰相起于州郡')], glossary);
		expect(annotations[0]).toMatchObject({ kind: 'term', entry: { id: 'laomo-jingshen', zhHant: '勞動模範所體現的精神。' } });
		expect(annotations[1]).toMatchObject({ kind: 'note', zh: { hans: '语出《韩非子》。', hant: '語出《韓非子》。' }, en: null });
	});

	test('finds words quoted in the other script', () => {
		const { annotations, errors } = resolveAnnotations(passages(), 'hant', [term('p8', '劳模精神')], glossary);
		expect(errors).toEqual([]);
		expect(annotations).toHaveLength(1);
	});

	test('reports every annotation that does not fit, naming its file and entry', () => {
		const { annotations, errors } = resolveAnnotations(
			passages(),
			'hant',
			[
				term('p99', '勞模精神'),
				{ file: 'annotations/terms.yaml', entry: { kind: 'term', text: 't', passage: 'p8', quote: '勞模精神', occurrence: 1, term: 'nothing' } },
				term('p8', '工匠精神'),
				term('p8', '勞模精神', 3),
				term('p8', '勞模精神'),
				note('p8', '精神是時代'),
			],
			glossary,
		);
		expect(annotations.map((a) => a.id)).toEqual(['a1']);
		expect(errors).toEqual([
			'annotations/terms.yaml: term on t p99 “勞模精神”: the text has no passage p99',
			'annotations/terms.yaml: term on t p8 “勞模精神”: the glossary has no entry “nothing”',
			'annotations/terms.yaml: term on t p8 “工匠精神”: the words are not in the passage',
			'annotations/terms.yaml: term on t p8 “勞模精神”: the words are not in the passage 3 times',
			'annotations/notes.yaml: note on t p8 “精神是時代”: overlaps another annotation',
		]);
	});
});
