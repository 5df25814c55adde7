import { describe, expect, test } from 'vitest';
import { labelsFor } from '../../../src/lib/site/labels.ts';
import { siteSettings } from '../../../src/lib/edition/corpusSettings.ts';
import { pageScript, siteLocals } from '../../../src/lib/site/siteLocals.ts';

const settings = siteSettings({ title: '劳动者文库', publisher: { hans: '某某出版社', hant: '某某出版社' }, licence: 'CC BY 4.0' }, { glossary: false });

describe('pageScript', () => {
	test.each([
		['hans', 'hans'],
		['hant', 'hant'],
		[undefined, 'hans'],
		['zh', 'hans'],
	] as const)('reads the route parameter %j as %s', (param, script) => {
		expect(pageScript(param, 'hans')).toBe(script);
	});
});

test('a page without a script parameter is in the corpus’s default script', () => {
	expect(pageScript(undefined, 'hant')).toBe('hant');
	expect(pageScript('hans', 'hant')).toBe('hans');
});

describe('siteLocals', () => {
	test('gives a page its script, language tag and labels', () => {
		expect(siteLocals('hant', { base: '/', site: 'https://example.org', settings })).toMatchObject({ script: 'hant', lang: 'zh-Hant', labels: labelsFor('hant') });
		expect(siteLocals('hans', { base: '/', site: 'https://example.org', settings })).toMatchObject({ script: 'hans', lang: 'zh-Hans', labels: labelsFor('hans') });
	});

	test('gives a page the corpus’s name and description in its script, and the rest as set', () => {
		expect(siteLocals('hant', { base: '/', site: 'https://example.org', settings }).corpus).toEqual({
			...settings,
			title: '勞動者文庫',
			description: settings.description.hant,
			publisher: '某某出版社',
		});
		expect(siteLocals('hans', { base: '/', site: 'https://example.org', settings }).corpus.title).toBe('劳动者文库');
	});

	test('links under the base path, in the page’s script unless another is named', () => {
		const { href } = siteLocals('hant', { base: '/corpus', site: 'https://example.org', settings });
		expect(href({ page: 'glossary' })).toBe('/corpus/hant/glossary/');
		expect(href({ page: 'text', slug: '000_x' }, 'hans')).toBe('/corpus/hans/texts/000_x/');
	});

	test('gives a file of the site its path under the base path, and its absolute URL on the site', () => {
		const { asset, absolute } = siteLocals('hans', { base: 'corpus', site: 'https://user.github.io', settings });
		expect(asset('favicon.png')).toBe('/corpus/favicon.png');
		expect(absolute('data/index.json')).toBe('https://user.github.io/corpus/data/index.json');
	});
});
