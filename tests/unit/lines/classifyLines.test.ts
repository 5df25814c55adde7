import { describe, expect, test } from 'vitest';
import { classifyLines, type LineClass } from '../../../src/lib/lines/classifyLines.ts';
import { poem, proseOnly, seedFile, seedLines } from '../support/corpus.ts';
import cases from './cases/classifyLines.json' with { type: 'json' };

const seedOf = (id: string) => id.slice('seed-'.length, 'seed-'.length + 3);
const classesOf = (number: string) => classifyLines(seedLines(seedFile(number)));
const roleOf = (c: LineClass) => (c.kind === 'blank' ? null : c.role);

describe('classifyLines', () => {
	test.each(cases.lines)('classifies $id ($what) as $kind $role', ({ id, line, kind, role }) => {
		const cls = classesOf(seedOf(id))[line - 1];
		expect({ kind: cls.kind, role: roleOf(cls) }).toEqual({ kind, role });
	});

	test.each(cases.passageLines)('keeps exactly the expected lines of $id as passages', ({ id, passages }) => {
		const classes = classesOf(seedOf(id));
		const found = classes.flatMap((c, i) => (c.kind === 'passage' ? [i + 1] : []));
		expect(found).toEqual(passages);
	});

	test('gives one class per line, blank lines as blank', () => {
		const lines = seedLines(seedFile('002'));
		const classes = classifyLines(lines);
		expect(classes).toHaveLength(lines.length);
		lines.forEach((line, i) => expect(classes[i].kind === 'blank').toBe(line.trim() === ''));
	});

	test('reads a poem with no page header as title, author, then verse', () => {
		const classes = classifyLines(poem.split('\n'));
		expect(classes.map((c) => `${c.kind} ${roleOf(c) ?? ''}`.trim())).toEqual([
			'passage title',
			'passage byline',
			'blank',
			'passage paragraph',
			'passage paragraph',
			'passage paragraph',
			'passage paragraph',
			'blank',
		]);
	});

	test.each([
		['with punctuation', ['登鹳雀楼', '王之涣', '白日依山尽，', '黄河入海流。', '欲穷千里目，', '更上一层楼。']],
		['without punctuation', ['登鹳雀楼', '王之涣', '白日依山尽', '黄河入海流', '欲穷千里目', '更上一层楼']],
	])('reads a poem whose verse follows the poet with no blank line (%s) as title, author, then verse', (_, lines) => {
		expect(classifyLines(lines).map((c) => roleOf(c))).toEqual(['title', 'byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
	});

	test('keeps a bulleted list inside the body as text, and sets aside the bulleted list of other articles after it', () => {
		const lines = ['标题', '第一段正文，说明了很多内容。', '• 坚持以人民为中心', '• 坚持新发展理念', '第二段正文，继续说明。', '相关新闻', '• 别的文章', '• 又一篇'];
		expect(classifyLines(lines).map((c) => roleOf(c))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'boilerplate', 'teaser', 'teaser']);
	});

	test('keeps a heading inside the body that ends like a label as text, and sets aside a share bar there', () => {
		const lines = ['标题', '第一段正文，说明了很多内容。', '告别微博', '第二段正文，继续说明。', '分享到：', '微信', '微博', '第三段正文，说完了。'];
		expect(classifyLines(lines).map((c) => roleOf(c))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'share', 'qr-code', 'qr-code', 'paragraph']);
	});

	test('takes no author from a list of names under a title', () => {
		const classes = classifyLines(['获奖名单', '王晓峰', '李建国', '张明华']);
		expect(classes.map((c) => roleOf(c))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
	});

	test('finds no title in a text whose first line is prose, and keeps every line as a paragraph', () => {
		const classes = classifyLines(proseOnly.split('\n'));
		expect(classes.map((c) => `${c.kind} ${roleOf(c) ?? ''}`.trim())).toEqual(['passage paragraph', 'passage paragraph', 'blank']);
	});

	test('classifies no lines at all as nothing', () => {
		expect(classifyLines([])).toEqual([]);
	});
});
