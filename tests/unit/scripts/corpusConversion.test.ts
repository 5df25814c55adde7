/** A corpus's conversion.yaml, through the corpus build as a user runs it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EditionRecord } from '../../../src/lib/edition/recordSchema.ts';
import { cliWorkspace } from '../support/cli.ts';

const { setUp, runCli, expectUntouched } = cliWorkspace('corpus-conversion-');
const text = ['新征程', '', '在全面建设社会主义现代化国家新征程中，广大职工大干快干，为高质量发展贡献力量。', ''].join('\n');
const glossary = ['- id: xinzhengcheng', '  hans: 新征程', '  hant: 新征程', '  pinyin: xīn zhēngchéng', '  zh: 新的征程，多指踏上新征程。', '  en: A new journey.', ''].join('\n');

describe('conversion.yaml in a corpus folder', () => {
	test('its entries apply to the passages, the title and the glossary, over the project’s', async () => {
		const conversion = ['toTraditional:', '  - from: 新征程', '    to: 新徵程', '    why: this corpus follows OpenCC here', '  - from: 职工', '    to: 職員', '    why: a test entry OpenCC would not make', ''].join('\n');
		const { corpus, texts } = await setUp('override', { 'a.txt': text, 'conversion.yaml': conversion, 'glossary.yaml': glossary });
		const run = runCli(corpus, texts);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, 'a.json'), 'utf8'));
		expect(record.title.hant).toBe('新徵程');
		expect(record.passages[1].text.hant).toContain('國家新徵程中，廣大職員大幹快幹');
		const [entry] = JSON.parse(await readFile(path.join(texts, 'corpus', 'glossary.json'), 'utf8'));
		expect(entry.zh.hant).toBe('新的征程，多指踏上新徵程。'); // OpenCC's 征程 stays; only the corpus's 新征程 changes
	});

	test('without one, the project’s table applies', async () => {
		const { corpus, texts } = await setUp('defaults', { 'a.txt': text });
		expect(runCli(corpus, texts).status).toBe(0);
		const record: EditionRecord = JSON.parse(await readFile(path.join(texts, 'a.json'), 'utf8'));
		expect(record.passages[1].text.hant).toContain('國家新征程中，廣大職工大幹快幹');
	});

	test('a bad entry is refused, naming the file and the entry, and nothing is written', async () => {
		const conversion = ['toTraditional:', '  - from: 干', '    to: 乾燥', '    why: one character for two', ''].join('\n');
		const { corpus, texts } = await setUp('bad', { 'a.txt': text, 'conversion.yaml': conversion });
		const run = runCli(corpus, texts);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('conversion.yaml: invalid data:\n  toTraditional.0: from and to must have as many characters');
		await expectUntouched(texts);
	});
});
