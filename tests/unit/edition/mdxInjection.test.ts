/**
 * MDX is code: a source line reaching an .mdx file as text could run at build time. This builds a
 * text full of MDX syntax through buildText + renderMdx, compiles and runs the result with
 * @mdx-js/mdx (a recording JSX runtime, no React), and checks that nothing ran, that every hostile
 * line arrives verbatim as data in the Passage props, and that no other component is asked for.
 */
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildText } from '../../../src/lib/edition/buildText.ts';
import { renderMdx } from '../../../src/lib/edition/renderMdx.ts';
import { convertScript } from '../../../src/lib/script/convertScript.ts';
import { injectionLines, injectionText, utf8 } from '../support/corpus.ts';
import { nodesText, runMdx, splitFrontmatter } from '../support/mdx.ts';

const global = globalThis as { pwned?: unknown };
const text = buildText({ file: 'injection.txt', bytes: utf8(injectionText) });
const mdx = renderMdx(text);
const { yaml, body } = splitFrontmatter(mdx);

/** The source lines that are passages, by passage id. */
const sourceLines = new Map(text.blocks.flatMap((b) => (b.kind === 'passage' ? [[b.id, injectionLines[b.line - 1]] as const] : [])));

beforeEach(() => {
	delete global.pwned;
});
afterEach(() => {
	expect(global.pwned).toBeUndefined();
});

describe('renderMdx with a hostile source', () => {
	test('keeps every hostile line a passage, so the test exercises the MDX body', () => {
		expect([...sourceLines.values()]).toEqual(injectionLines.slice(0, 3).concat(injectionLines.slice(4, 14)));
	});

	test.each(['hans', 'hant'] as const)('runs nothing and asks for no component but Passage when the %s view runs', async (script) => {
		const run = await runMdx(body, script);
		expect(global.pwned).toBeUndefined();
		// `wrapper` is MDX's own layout hook, looked up in every document; anything else would come from the text.
		expect([...new Set(run.requested)].filter((name) => name !== 'wrapper')).toEqual(['Passage']);
		for (const { type } of run.elements) expect(type === run.Passage || type === run.Fragment, String(type)).toBe(true);
		expect(run.passages.every((p) => p.script === script)).toBe(true);
	});

	test('passes every hostile line verbatim as text in the props of its passage', async () => {
		const { passages } = await runMdx(body, 'hans');
		expect(passages.map((p) => p.id)).toEqual([...sourceLines.keys()]);
		for (const p of passages) {
			expect(nodesText(p.hans), p.id).toBe(sourceLines.get(p.id));
			expect(p.hans.every((n) => n.kind === 'text')).toBe(true);
			// The traditional view converts the Chinese and leaves every ASCII character where it was.
			expect(nodesText(p.hant), p.id).toBe(convertScript(sourceLines.get(p.id)!, 'hant'));
		}
		for (const hostile of ['{', '}', '{globalThis.pwned = 1}', '<script>alert(1)</script>', '<Foo/>', '&amp;', "import fs from 'node:fs'", 'export const x = (globalThis.pwned = 1)']) {
			expect(passages.some((p) => nodesText(p.hans).includes(hostile) && nodesText(p.hant).includes(hostile)), hostile).toBe(true);
		}
	});

	test('writes no hostile line as a line of the MDX body', () => {
		const bodyLines = body.split('\n');
		for (const line of bodyLines) expect(line === '' || line.startsWith('<Passage ') || line.startsWith('{/* Generated')).toBe(true);
	});

	test('keeps the hostile chrome and editor in the frontmatter, which parses back to the same object', () => {
		const parsed = parse(yaml);
		expect(parsed).toEqual(JSON.parse(JSON.stringify(text.frontmatter)));
		expect(parsed.editor).toEqual({ hans: '<Bar/>{globalThis.pwned=2}', hant: '<Bar/>{globalThis.pwned=2}' });
		expect(parsed.chrome.map((c: { text: string }) => c.text)).toEqual(['责任编辑：<Bar/>{globalThis.pwned=2}', '---']);
		// The `---` chrome line is quoted, so the frontmatter still ends at the first bare `---`.
		expect(mdx.split('\n').filter((l) => l === '---')).toHaveLength(2);
	});
});
