import { describe, expect, test } from 'vitest';
import { findBrokenLinks, type BuiltSite } from '../../../src/lib/site/findBrokenLinks.ts';

const origin = 'https://example.org';
const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/corpus/style.css"></head><body>${body}</body></html>`;

describe('findBrokenLinks', () => {
	test('accepts links to pages, folders with an index, assets and existing fragments', () => {
		const site: BuiltSite = new Map([
			['/corpus/hans/index.html', page('<a href="texts/a/">a</a> <a href="/corpus/hans/texts/a/#p3">p3</a> <a href="../hant/">繁</a>')],
			['/corpus/hans/texts/a/index.html', page('<p id="p3">…</p><a href="#p3">¶</a>')],
			['/corpus/hant/index.html', page('')],
			['/corpus/style.css', null],
		]);
		expect(findBrokenLinks(site, origin)).toEqual({ broken: [], checked: 7, external: 0 });
	});

	test('reports a missing page, a missing fragment and a same-page id reference that names nothing', () => {
		const site: BuiltSite = new Map([
			['/corpus/index.html', page('<a href="missing/">x</a> <a href="/corpus/index.html#nowhere">y</a> <button popovertarget="note-1">n</button>')],
			['/corpus/style.css', null],
		]);
		expect(findBrokenLinks(site, origin).broken).toEqual([
			{ page: '/corpus/index.html', ref: 'note-1', problem: 'no element with this id on the page' },
			{ page: '/corpus/index.html', ref: 'missing/', problem: 'no such file in the built site' },
			{ page: '/corpus/index.html', ref: '/corpus/index.html#nowhere', problem: 'no element with id “nowhere” in /corpus/index.html' },
		]);
	});

	test('counts links to other origins and schemes without checking them', () => {
		const site: BuiltSite = new Map([['/index.html', `<a href="https://other.example/x">x</a><a href="mailto:a@example.org">m</a>`]]);
		expect(findBrokenLinks(site, origin)).toEqual({ broken: [], checked: 0, external: 2 });
	});

	test('decodes percent-encoded paths and fragments', () => {
		const site: BuiltSite = new Map([
			['/texts/劳模/index.html', '<h2 id="第一">x</h2>'],
			['/index.html', '<a href="/texts/%E5%8A%B3%E6%A8%A1/#%E7%AC%AC%E4%B8%80">x</a>'],
		]);
		expect(findBrokenLinks(site, origin).broken).toEqual([]);
	});
	test('reports a link with a malformed %-escape as broken instead of failing', () => {
		const site: BuiltSite = new Map([['/index.html', '<a href="/a%zz">x</a><a href="/index.html#b%zz">y</a>']]);
		expect(findBrokenLinks(site, origin).broken).toEqual([
			{ page: '/index.html', ref: '/a%zz', problem: 'a malformed %-escape in the path' },
			{ page: '/index.html', ref: '/index.html#b%zz', problem: 'a malformed %-escape in the fragment' },
		]);
	});
});
