import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryEntry } from '../../../src/lib/annotations/glossarySchema.ts';
import { termFinder } from '../../../src/lib/annotations/findTerms.ts';
import { resolveAnnotations, type SourcedAnnotation } from '../../../src/lib/annotations/resolveAnnotations.ts';
import type { PassageNodes } from '../../../src/lib/passages/nodeSchema.ts';
import { noteId } from '../../../src/lib/ids/ids.ts';
import { pid } from '../support/ids.ts';

const glossary = new Map<string, GlossaryEntry>([
	['laomo-jingshen', glossaryEntrySchema.parse({ id: 'laomo-jingshen', hans: '劳模精神', hant: '勞模精神', pinyin: 'láomó jīngshén', zh: '劳动模范所体现的精神。', en: 'The spirit of model workers.' })],
]);
/** For the tests of what annotation files list: no term is found on its own. */
const listedOnly = termFinder([]);
const passages = (): PassageNodes =>
	new Map([
		[pid('p8'), [{ kind: 'text', text: '勞模精神是時代的先進文化,弘揚勞模精神' }]],
		[pid('p14'), [{ kind: 'text', text: '猛將' }, { kind: 'gloss', base: '發', reading: 'fā' }, { kind: 'text', text: '于卒伍,宰相起于州郡。' }]],
	]);
const term = (passage: string, quote: string, occurrence = 1): SourcedAnnotation => ({ file: 'annotations/terms.yaml', entry: { kind: 'term', text: 't', passage: pid(passage), quote, occurrence, term: 'laomo-jingshen' } });
const note = (passage: string, quote: string): SourcedAnnotation => ({ file: 'annotations/notes.yaml', entry: { kind: 'note', text: 't', passage: pid(passage), quote, occurrence: 1, zh: '语出《韩非子》。' } });

describe('resolveAnnotations', () => {
	test('names each annotation by its kind, passage, the words it covers as the text writes them, and which occurrence of them', () => {
		const nodes = passages();
		const { notes, errors } = resolveAnnotations(nodes, 'hant', [note('p14', '猛將發于卒伍'), term('p8', '勞模精神', 2), term('p8', '劳模精神')], glossary);
		expect(errors).toEqual([]);
		expect(notes.map((a) => [a.id, a.passage, a.kind])).toEqual([
			[noteId({ kind: 'note', passage: pid('p14'), words: '猛將發于卒伍', occurrence: 1 }), 'p14', 'note'],
			[noteId({ kind: 'term', passage: pid('p8'), words: '勞模精神', occurrence: 2 }), 'p8', 'term'],
			[noteId({ kind: 'term', passage: pid('p8'), words: '勞模精神', occurrence: 1 }), 'p8', 'term'],
		]);
		expect(nodes.get(pid('p8'))!.map((n) => n.kind)).toEqual(['annotation', 'text', 'annotation']);
	});

	test('gives an annotation the same id whichever script its words are quoted in, and whatever other annotations there are', () => {
		const alone = resolveAnnotations(passages(), 'hant', [term('p8', '勞模精神')], glossary).notes;
		const withOthers = resolveAnnotations(passages(), 'hant', [note('p8', '時代'), term('p8', '劳模精神'), note('p14', '宰相')], glossary).notes;
		expect(withOthers[1].id).toBe(alone[0].id);
	});

	test('tells apart two notes whose quotes are one word in the other script but cover different characters', () => {
		// 发 in simplified stands for both 髮 and 發: quoted in simplified, it finds 髮 here, not 發.
		const hair: PassageNodes = new Map([[pid('p3'), [{ kind: 'text', text: '頭髮和發展' }]]]);
		const { notes, errors } = resolveAnnotations(hair, 'hant', [note('p3', '发'), note('p3', '發')], glossary);
		expect(errors).toEqual([]);
		expect(notes[0].id).toBe(noteId({ kind: 'note', passage: pid('p3'), words: '髮', occurrence: 1 }));
		expect(notes[1].id).toBe(noteId({ kind: 'note', passage: pid('p3'), words: '發', occurrence: 1 }));
	});

	test('names the glossary entry of a term, and converts a note', () => {
		const { notes } = resolveAnnotations(passages(), 'hant', [term('p8', '勞模精神'), note('p14', '宰相起于州郡')], glossary);
		expect(notes[0]).toMatchObject({ kind: 'term', passage: 'p8', quote: '勞模精神', term: 'laomo-jingshen' });
		expect(notes[1]).toMatchObject({ kind: 'note', zh: { hans: '语出《韩非子》。', hant: '語出《韓非子》。' }, en: null });
	});

	test('finds words quoted in the other script', () => {
		const { notes, errors } = resolveAnnotations(passages(), 'hant', [term('p8', '劳模精神')], glossary, listedOnly);
		expect(errors).toEqual([]);
		expect(notes).toHaveLength(1);
	});

	test('reports every annotation that does not fit, naming its file and entry', () => {
		const { notes, errors } = resolveAnnotations(
			passages(),
			'hant',
			[
				term('p99', '勞模精神'),
				{ file: 'annotations/terms.yaml', entry: { kind: 'term', text: 't', passage: pid('p8'), quote: '勞模精神', occurrence: 1, term: 'nothing' } },
				term('p8', '工匠精神'),
				term('p8', '勞模精神', 3),
				term('p8', '勞模精神'),
				note('p8', '精神是時代'),
			],
			glossary,
			listedOnly,
		);
		expect(notes.map((a) => a.quote)).toEqual(['勞模精神']);
		expect(errors).toEqual([
			'annotations/terms.yaml: term on t p99 “勞模精神”: the text has no passage p99',
			'annotations/terms.yaml: term on t p8 “勞模精神”: the glossary has no entry “nothing”',
			'annotations/terms.yaml: term on t p8 “工匠精神”: the words are not in the passage',
			'annotations/terms.yaml: term on t p8 “勞模精神”: the words are not in the passage 3 times',
			'annotations/notes.yaml: note on t p8 “精神是時代”: overlaps another annotation',
		]);
	});
});
