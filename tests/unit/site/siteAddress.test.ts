import { describe, expect, test } from 'vitest';
import { basePath, normalizeBasePath, siteUrl } from '../../../src/lib/site/siteAddress.ts';

describe('normalizeBasePath', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['repo', '/repo/'],
		['/repo', '/repo/'],
		['/repo/', '/repo/'],
		['//org//repo//', '/org/repo/'],
	])('reads BASE_PATH %j as %j', (base, normalized) => {
		expect(normalizeBasePath(base)).toBe(normalized);
	});
});

describe('siteUrl', () => {
	test('takes SITE_URL, or where npm start serves the site', () => {
		expect(siteUrl({ SITE_URL: 'https://user.github.io' })).toBe('https://user.github.io');
		expect(siteUrl({})).toBe('http://localhost:4321');
	});
});

describe('basePath', () => {
	test('takes BASE_PATH normalised, or the root', () => {
		expect(basePath({ BASE_PATH: 'corpus' })).toBe('/corpus/');
		expect(basePath({})).toBe('/');
	});
});
