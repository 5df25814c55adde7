import { describe, expect, test } from 'vitest';
import { annotateNodes } from '../../../src/lib/annotations/annotateNodes.ts';
import { findTerms, termFinder } from '../../../src/lib/annotations/findTerms.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../../src/lib/annotations/glossarySchema.ts';
import { isTermNote, noteId } from '../../../src/lib/ids/ids.ts';
import { nodeText } from '../../../src/lib/passages/displayNodes.ts';
import type { DisplayNode, PassageNodes } from '../../../src/lib/passages/nodeSchema.ts';
import { pid } from '../support/ids.ts';

const entry = (fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'hans' | 'hant'>): GlossaryEntry => glossaryEntrySchema.parse({ pinyin: 'p', zh: 'z', en: 'e', ...fields });

const glossary = [
	entry({ id: 'laomo-jingshen', hans: '劳模精神', hant: '勞模精神' }),
	entry({ id: 'zugong-ganbu', hans: '组工干部', hant: '組工幹部' }),
	entry({ id: 'laodong-mofan', hans: '劳动模范', hant: '勞動模範' }),
	entry({ id: 'biaozhang-dahui', hans: '全国劳动模范和先进工作者表彰大会', hant: '全國勞動模範和先進工作者表彰大會' }),
	entry({ id: 'quanzong', hans: '全总', hant: '全總', aliases: ['全国总工会'] }),
	entry({ id: 'listed-only', hans: '精神', hant: '精神', occurrences: 'listed' }),
];
const finder = termFinder(glossary);
const text = (words: string): DisplayNode[] => [{ kind: 'text', text: words }];
const passagesOf = (...texts: DisplayNode[][]): PassageNodes => new Map(texts.map((nodes, i) => [pid(`p${i + 1}`), nodes]));

/** What a passage reads with each annotation's words in brackets: `[劳模精神]是…`. */
function bracketed(nodes: DisplayNode[]): string {
	return nodes.map((node) => (node.kind === 'annotation' ? `[${bracketed(node.nodes)}]` : nodeText(node))).join('');
}

describe('findTerms', () => {
	test('finds a term whose scripts differ in a simplified text, a traditional text and an original that half converts it', () => {
		const passages = passagesOf(text('弘扬劳模精神，做好组工干部'), text('弘揚勞模精神，做好組工幹部'), text('做好組工干部'));
		const { notes } = findTerms(passages, finder);
		expect([...passages.values()].map(bracketed)).toEqual(['弘扬[劳模精神]，做好[组工干部]', '弘揚[勞模精神]，做好[組工幹部]', '做好[組工干部]']);
		expect(notes.map((n) => [n.passage, n.term, n.quote, n.automatic])).toEqual([
			['p1', 'laomo-jingshen', '劳模精神', true],
			['p1', 'zugong-ganbu', '组工干部', true],
			['p2', 'laomo-jingshen', '勞模精神', true],
			['p2', 'zugong-ganbu', '組工幹部', true],
			['p3', 'zugong-ganbu', '組工干部', true],
		]);
	});

	test('finds a term in corrected words, taking the correction in whole', () => {
		const passages = passagesOf([{ kind: 'text', text: '大力弘扬勞' }, { kind: 'emendation', id: noteId({ kind: 'emendation', passage: pid('p1'), words: '模“圍繞', occurrence: 1 }), text: '模精' }, { kind: 'text', text: '神' }]);
		const { notes } = findTerms(passages, finder);
		expect(notes.map((n) => n.quote)).toEqual(['勞模精神']);
		const [, annotation] = passages.get(pid('p1'))!;
		expect(annotation).toMatchObject({ kind: 'annotation', id: notes[0].id, nodes: [{ kind: 'text', text: '勞' }, { kind: 'emendation', text: '模精' }, { kind: 'text', text: '神' }] });
	});

	test('marks the whole of a correction a term cuts into, and names the use by the words it marks', () => {
		const correction = noteId({ kind: 'emendation', passage: pid('p1'), words: '!皣@', occurrence: 1 });
		const passages = passagesOf([{ kind: 'text', text: '大力' }, { kind: 'emendation', id: correction, text: '弘揚勞模精' }, { kind: 'text', text: '神的' }]);
		const { notes } = findTerms(passages, finder);
		expect(bracketed(passages.get(pid('p1'))!)).toBe('大力[弘揚勞模精神]的');
		expect(notes.map((n) => [n.quote, n.id])).toEqual([['弘揚勞模精神', noteId({ kind: 'term', passage: pid('p1'), words: '弘揚勞模精神', occurrence: 1 })]]);
	});

	test('takes no words across a redaction for a use', () => {
		const passages = passagesOf([{ kind: 'text', text: '劳模' }, { kind: 'redaction', id: noteId({ kind: 'redaction', passage: pid('p1'), words: '**', occurrence: 1 }), source: '**' }, { kind: 'text', text: '精神，劳模精神' }]);
		const { notes } = findTerms(passages, finder);
		expect(notes.map((n) => n.quote)).toEqual(['劳模精神']);
		expect(bracketed(passages.get(pid('p1'))!)).toBe('劳模精神，[劳模精神]');
	});

	test('takes the longest term that starts at a place, never a term inside another', () => {
		const passages = passagesOf(text('出席全国劳动模范和先进工作者表彰大会的劳动模范'));
		findTerms(passages, finder);
		expect(bracketed(passages.get(pid('p1'))!)).toBe('出席[全国劳动模范和先进工作者表彰大会]的[劳动模范]');
	});

	test('finds an alias in either script as its entry', () => {
		const { notes } = findTerms(passagesOf(text('全国总工会和全總')), finder);
		expect(notes.map((n) => [n.quote, n.term])).toEqual([
			['全国总工会', 'quanzong'],
			['全總', 'quanzong'],
		]);
	});

	test('puts a term inside an editor’s note on longer words, but not inside another term, nor across an annotation’s edge', () => {
		const noteOver = noteId({ kind: 'note', passage: pid('p1'), words: '大力弘扬劳模精神', occurrence: 1 });
		const termOver = noteId({ kind: 'term', passage: pid('p2'), words: '弘扬劳模精神', occurrence: 1 });
		const crossing = noteId({ kind: 'note', passage: pid('p3'), words: '扬劳', occurrence: 1 });
		const passages = passagesOf(annotateNodes(text('要大力弘扬劳模精神'), 1, 9, noteOver)!, annotateNodes(text('弘扬劳模精神'), 0, 6, termOver)!, annotateNodes(text('弘扬劳模精神'), 1, 3, crossing)!);
		const { notes } = findTerms(passages, finder);
		expect([...passages.values()].map(bracketed)).toEqual(['要[大力弘扬[劳模精神]]', '[弘扬劳模精神]', '弘[扬劳]模精神']);
		expect(notes.map((n) => n.passage)).toEqual(['p1']);
		expect(isTermNote(notes[0].id)).toBe(true);
	});

	test('leaves out what the annotation files exclude, in a passage or a whole text, and names exclusions that exclude nothing', () => {
		const passages = passagesOf(text('劳模精神，组工干部'), text('劳模精神'));
		const { notes, unused } = findTerms(passages, finder, [
			{ kind: 'not-term', text: 't', passage: pid('p2'), term: 'laomo-jingshen' },
			{ kind: 'not-term', text: 't', term: 'zugong-ganbu' },
			{ kind: 'not-term', text: 't', term: 'quanzong' },
		]);
		expect(notes.map((n) => [n.passage, n.term])).toEqual([['p1', 'laomo-jingshen']]);
		expect(unused).toEqual([2]);
	});

	test('does not look for an entry whose uses the annotation files list, and finds nothing with an empty glossary', () => {
		expect(findTerms(passagesOf(text('精神')), finder).notes).toEqual([]);
		const passages = passagesOf(text('劳模精神'));
		expect(findTerms(passages, termFinder([]))).toEqual({ notes: [], unused: [] });
		expect(passages.get(pid('p1'))).toEqual(text('劳模精神'));
	});

	test('gives a term the id an annotation file’s entry for the same words would have', () => {
		const { notes } = findTerms(passagesOf(text('劳模精神与劳模精神')), finder);
		expect(notes.map((n) => n.id)).toEqual([1, 2].map((occurrence) => noteId({ kind: 'term', passage: pid('p1'), words: '劳模精神', occurrence })));
	});
});
