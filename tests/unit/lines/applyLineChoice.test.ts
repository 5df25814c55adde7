import { describe, expect, test } from 'vitest';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { sidecarSchema } from '../../../src/lib/source/sidecarSchema.ts';
import { refusalOf } from '../support/refusal.ts';
import { utf8 } from '../support/corpus.ts';

/** A page whose last line is a sentence the rules keep, under a share line they set aside. */
const page = ['劳动光荣', '', '劳动是一切幸福的源泉，我们要大力弘扬劳模精神。', '', '分享到：微信 微博', '本文由读者投稿，欢迎转载。', ''].join('\n');

const build = (sidecar: object) => buildText({ file: 'page.txt', bytes: utf8(page), sidecar: sidecarSchema.parse(sidecar), sidecarFile: 'page.meta.yaml' });
const kindsOf = (sidecar: object) => build(sidecar).blocks.map((b) => (b.kind === 'chrome' ? `chrome:${b.role}` : b.kind === 'passage' ? `passage:${b.role}` : b.kind));

describe('keep and drop in a sidecar', () => {
	test('without them, the rules decide (the premise of the cases below)', () => {
		const kinds = kindsOf({});
		expect(kinds[4]).toMatch(/^chrome:/);
		expect(kinds[2]).toBe('passage:paragraph');
	});

	test('keep brings a set-aside line into the text as a paragraph, with its own passage id', () => {
		const { blocks } = build({ keep: [5] });
		expect(blocks[4]).toMatchObject({ kind: 'passage', role: 'paragraph', id: 'p5', line: 5 });
	});

	test('drop sets a line of text aside with the role "dropped", its text kept verbatim', () => {
		const { blocks } = build({ drop: [3] });
		expect(blocks[2]).toEqual({ kind: 'chrome', role: 'dropped', line: 3, text: '劳动是一切幸福的源泉，我们要大力弘扬劳模精神。' });
	});

	test('the other lines are classified as without the sidecar', () => {
		const before = kindsOf({});
		const after = kindsOf({ keep: [5], drop: [3] });
		expect(after.filter((_, i) => i !== 2 && i !== 4)).toEqual(before.filter((_, i) => i !== 2 && i !== 4));
	});

	test.each([
		[{ keep: [40] }, 'keep: line 40 is past the end of the source (6 lines)'],
		[{ drop: [2] }, 'drop: line 2 is blank'],
		[{ keep: [3] }, 'keep: line 3 is already kept in the text'],
		[{ drop: [5] }, 'drop: line 5 is already set aside'],
	])('a choice that does not match the source is refused naming the sidecar: %j', (sidecar, reason) => {
		const error = refusalOf(() => build(sidecar));
		expect(error.file).toBe('page.meta.yaml');
		expect(error.message).toContain(reason);
		expect(error.message).toContain('npm run explain');
	});

	test.each([
		[{ keep: [3], drop: [3] }, 'a line cannot be both kept and dropped'],
		[{ keep: [3, 3] }, 'a line is listed twice'],
		[{ drop: [0] }, '"code": "too_small"'],
		[{ drop: ['3'] }, '"code": "invalid_type"'],
	])('the sidecar schema refuses %j', (sidecar, message) => {
		const result = sidecarSchema.safeParse(sidecar);
		expect(result.success).toBe(false);
		expect(result.error?.message).toContain(message);
	});
});
