import { describe, expect, test } from 'vitest';
import { corpusFileSchema, siteSettings } from '../../../src/lib/edition/corpusSettings.ts';

describe('siteSettings', () => {
	test('without corpus.yaml: a neutral name and description, naming no corpus, in both scripts; simplified first; nothing else', () => {
		const settings = siteSettings(undefined, { glossary: false });
		expect(settings.description.hans).not.toMatch(/劳模|劳动|党建/);
		expect(settings).toEqual({
			title: { hans: '中文文库', hant: '中文文庫' },
			description: { hans: expect.stringContaining('每篇文本以来源的字体为原文'), hant: expect.stringContaining('每篇文本以來源的字體為原文') },
			publisher: null,
			licence: null,
			licenceUrl: null,
			repository: null,
			defaultScript: 'hans',
			glossary: false,
		});
	});

	test('words in one script are kept as written and converted for the other, whichever script they are in', () => {
		expect(siteSettings({ title: '劳动者文库' }, { glossary: true }).title).toEqual({ hans: '劳动者文库', hant: '勞動者文庫' });
		expect(siteSettings({ title: '勞動者文庫' }, { glossary: true }).title).toEqual({ hans: '劳动者文库', hant: '勞動者文庫' });
		expect(siteSettings({ publisher: '臺灣文學館' }, { glossary: true }).publisher).toEqual({ hans: '台湾文学馆', hant: '臺灣文學館' });
	});

	test('words in both scripts are taken as given', () => {
		expect(siteSettings({ title: { hans: '台湾文库', hant: '台灣文庫' } }, { glossary: true }).title).toEqual({ hans: '台湾文库', hant: '台灣文庫' });
	});

	test('the rest as set', () => {
		const settings = siteSettings({ licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', repository: 'https://github.com/someone/texts', defaultScript: 'hant' }, { glossary: true });
		expect(settings).toMatchObject({ licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', repository: 'https://github.com/someone/texts', defaultScript: 'hant', glossary: true });
	});
});

describe('corpus.yaml', () => {
	test.each([
		[{ repository: 'javascript:alert(1)' }, 'repository', 'must be an http:// or https:// URL'],
		[{ licence: 'CC BY', licenceUrl: 'data:text/html,x' }, 'licenceUrl', 'must be an http:// or https:// URL'],
		[{ licenceUrl: 'https://example.org/licence' }, 'licenceUrl', 'needs a licence'],
		[{ title: '' }, 'title', '"code":"too_small"'],
		[{ title: { hans: '文库' } }, 'title', '"code":"invalid_union"'],
		[{ defaultScript: 'zh' }, 'defaultScript', '"code":"invalid_value"'],
		[{ siteName: '文库' }, '', 'siteName'],
	])('refuses %j', (file, path, message) => {
		const result = corpusFileSchema.safeParse(file);
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0];
		expect(issue.path.join('.')).toBe(path);
		expect(JSON.stringify(issue)).toContain(message);
	});
});
