import { describe, expect, test } from 'vitest';
import { routePath, scriptPaths } from '../../../src/lib/site/urls.ts';

describe('routePath', () => {
	test.each([
		['/', 'hans', { page: 'home' }, '/hans/'],
		['/', 'hant', { page: 'glossary' }, '/hant/glossary/'],
		['/corpus/', 'hans', { page: 'about' }, '/corpus/hans/about/'],
		['/corpus', 'hant', { page: 'text', slug: '000_fc2dc3fa00e2669f' }, '/corpus/hant/texts/000_fc2dc3fa00e2669f/'],
		['/corpus/', 'hans', { page: 'term', id: 'laomo-jingshen' }, '/corpus/hans/glossary/laomo-jingshen/'],
		['/corpus/', 'hant', { page: 'term', id: 'laomo-jingshen', usesPage: 1 }, '/corpus/hant/glossary/laomo-jingshen/'],
		['/corpus/', 'hant', { page: 'term', id: 'laomo-jingshen', usesPage: 3 }, '/corpus/hant/glossary/laomo-jingshen/3/'],
		['/corpus/', 'hans', { page: 'text', slug: '劳模 精神' }, '/corpus/hans/texts/%E5%8A%B3%E6%A8%A1%20%E7%B2%BE%E7%A5%9E/'],
	] as const)('puts %s + %s + %j at %s', (base, script, route, expected) => {
		expect(routePath(base, script, route)).toBe(expected);
	});
});

describe('scriptPaths', () => {
	test('gives one page per script; the page reads its script from the locals the middleware fills', () => {
		expect(scriptPaths()).toEqual([{ params: { script: 'hans' } }, { params: { script: 'hant' } }]);
	});
});
