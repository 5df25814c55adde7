import { describe, expect, test } from 'vitest';
import { labelsFor } from '../../../src/lib/site/labels.ts';
import { pageScript, siteLocals } from '../../../src/lib/site/siteLocals.ts';

describe('pageScript', () => {
	test.each([
		['hans', 'hans'],
		['hant', 'hant'],
		[undefined, 'hans'],
		['zh', 'hans'],
	] as const)('reads the route parameter %j as %s', (param, script) => {
		expect(pageScript(param)).toBe(script);
	});
});

describe('siteLocals', () => {
	test('gives a page its script, language tag and labels', () => {
		expect(siteLocals('hant', { base: '/', site: 'https://example.org' })).toMatchObject({ script: 'hant', lang: 'zh-Hant', labels: labelsFor('hant') });
		expect(siteLocals('hans', { base: '/', site: 'https://example.org' })).toMatchObject({ script: 'hans', lang: 'zh-Hans', labels: labelsFor('hans') });
	});

	test('links under the base path, in the page’s script unless another is named', () => {
		const { href } = siteLocals('hant', { base: '/corpus', site: 'https://example.org' });
		expect(href({ page: 'glossary' })).toBe('/corpus/hant/glossary/');
		expect(href({ page: 'text', slug: '000_x' }, 'hans')).toBe('/corpus/hans/texts/000_x/');
	});

	test('gives a file of the site its path under the base path, and its absolute URL on the site', () => {
		const { asset, absolute } = siteLocals('hans', { base: 'corpus', site: 'https://user.github.io' });
		expect(asset('favicon.svg')).toBe('/corpus/favicon.svg');
		expect(absolute('data/index.json')).toBe('https://user.github.io/corpus/data/index.json');
	});
});
