/**
 * MDX is code: a source line reaching an .mdx file as text could run at build time. This builds a
 * text full of MDX syntax through the pipeline (`buildEdition`) and `renderMdx`, compiles and runs
 * the result with @mdx-js/mdx (a recording JSX runtime, no React), handing it the record's passages
 * as the text page does, and checks that nothing ran, that every hostile line arrives verbatim as
 * data, and that no other component is asked for.
 */
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildEdition } from '../../../src/lib/edition/buildEdition.ts';
import { textSummarySchema } from '../../../src/lib/edition/recordSchema.ts';
import { renderMdx } from '../../../src/lib/edition/renderMdx.ts';
import { convertScript } from '../../../src/lib/script/convertScript.ts';
import { injectionLines, injectionText, utf8 } from '../support/corpus.ts';
import { runMdx, splitFrontmatter } from '../support/mdx.ts';

const global = globalThis as { pwned?: unknown };
const record = buildEdition({ file: 'injection.txt', bytes: utf8(injectionText) });
const mdx = renderMdx(record);
const { yaml, body } = splitFrontmatter(mdx);
const byId = Object.fromEntries(record.passages.map((p) => [p.id, p]));

/** The source lines that are passages, by passage id. */
const sourceLines = new Map(record.passages.map((p) => [p.id, injectionLines[p.line - 1]]));

beforeEach(() => {
	delete global.pwned;
});
afterEach(() => {
	expect(global.pwned).toBeUndefined();
});

describe('renderMdx with a hostile source', () => {
	test('keeps every hostile line a passage, so the test exercises the passages', () => {
		expect([...sourceLines.values()]).toEqual(injectionLines.slice(0, 3).concat(injectionLines.slice(4, 14)));
	});

	test('runs nothing and asks for no component but Passage', async () => {
		const run = await runMdx(body, byId);
		expect(global.pwned).toBeUndefined();
		// `wrapper` is MDX's own layout hook, looked up in every document; anything else would come from the text.
		expect([...new Set(run.requested)].filter((name) => name !== 'wrapper')).toEqual(['Passage']);
		for (const { type } of run.elements) expect(type === run.Passage || type === run.Fragment, String(type)).toBe(true);
	});

	test('hands each Passage its passage of the record, and the record holds every hostile line verbatim', async () => {
		const { passages } = await runMdx(body, byId);
		expect(passages).toEqual(record.passages);
		for (const p of passages) {
			expect(p.text.hans, p.id).toBe(sourceLines.get(p.id));
			expect(p.nodes.hans.every((n) => n.kind === 'text')).toBe(true);
			// The traditional view converts the Chinese and leaves every ASCII character where it was.
			expect(p.text.hant, p.id).toBe(convertScript(sourceLines.get(p.id)!, 'hant'));
		}
		for (const hostile of ['{', '}', '{globalThis.pwned = 1}', '<script>alert(1)</script>', '<Foo/>', '&amp;', "import fs from 'node:fs'", 'export const x = (globalThis.pwned = 1)']) {
			expect(passages.some((p) => p.text.hans.includes(hostile) && p.text.hant.includes(hostile)), hostile).toBe(true);
		}
	});

	test('writes no corpus text into the MDX body', () => {
		for (const line of body.split('\n')) expect(line === '' || /^<Passage passage=\{props\.passages\["p\d+"\]\} \/>$/.test(line) || line.startsWith('{/* Generated')).toBe(true);
	});

	test('keeps the hostile editor in the frontmatter, which parses back to the text summary', () => {
		const parsed = parse(yaml);
		expect(parsed).toEqual(JSON.parse(JSON.stringify(textSummarySchema.parse(record))));
		expect(parsed.editor).toEqual({ hans: '<Bar/>{globalThis.pwned=2}', hant: '<Bar/>{globalThis.pwned=2}' });
		expect(record.chrome.map((c) => c.text)).toEqual(['责任编辑：<Bar/>{globalThis.pwned=2}', '---']);
		expect(mdx.split('\n').filter((l) => l === '---')).toHaveLength(2);
	});
});
