import { describe, expect, test } from 'vitest';
import { indexRecords, passageOfUrl, searchable, searchText, searchTextPath, textFilterValue, type SearchableText } from '../../../src/lib/search/searchData.ts';
import { searchConfigSchema, searchTextSchema } from '../../../src/lib/search/searchDataSchema.ts';
import { searchKey } from '../../../src/lib/search/searchFold.ts';
import { pid } from '../support/ids.ts';
import { corpusRecords, corpusTable } from './corpusSearch.ts';

/** The record of the seed numbered `number`. */
async function seed(number: string) {
	const record = (await corpusRecords()).find((r) => r.slug.startsWith(`${number}_`));
	if (!record) throw new Error(`no seed ${number}`);
	return record;
}

/** A record's content tokens, one list per key it holds. */
const keysOf = (content: string) => content.split(' 。 ').map((key) => key.split(' '));

describe('indexRecords', () => {
	test('gives every passage with searchable characters exactly one record, whose address names its text and passage', async () => {
		const table = await corpusTable();
		for (const record of await corpusRecords()) {
			const records = indexRecords(searchable(record), table);
			const searchablePassages = record.passages.filter((passage) => /[\p{L}\p{N}]/u.test(passage.text.hans + passage.text.hant));
			expect(records.map((r) => passageOfUrl(r.url))).toEqual(searchablePassages.map((passage) => ({ slug: record.slug, id: passage.id })));
		}
	});

	test('indexes a passage’s key one character to a token', async () => {
		const table = await corpusTable();
		for (const record of await corpusRecords()) {
			for (const indexed of indexRecords(searchable(record), table)) {
				const passage = record.passages.find((p) => p.id === passageOfUrl(indexed.url)?.id);
				if (!passage) throw new Error(`${indexed.url} names no passage`);
				const keys = keysOf(indexed.content);
				for (const token of keys.flat()) expect([...token], indexed.url).toHaveLength(1);
				expect(keys[0].join('')).toBe(searchKey(passage.text.hans, table));
			}
		}
	});

	test('adds the traditional text’s key after a punctuation token where it differs (反覆 beside 反复)', async () => {
		const table = await corpusTable();
		const record = await seed('001');
		const p17 = indexRecords(searchable(record), table).find((r) => passageOfUrl(r.url)?.id === 'p17');
		if (!p17) throw new Error('001 p17 is not indexed');
		const [hans, hant, ...more] = keysOf(p17.content).map((tokens) => tokens.join(''));
		expect(more).toEqual([]);
		expect(hans).toContain('反复证明');
		expect(hant).toContain('反覆证明');
		expect(hans).toBe(searchKey(record.passages.find((p) => p.id === 'p17')?.text.hans ?? '', table));
		expect(hant).toBe(searchKey(record.passages.find((p) => p.id === 'p17')?.text.hant ?? '', table));
	});

	test('indexes one key only where both scripts fold alike', async () => {
		const table = await corpusTable();
		const record = await seed('000');
		for (const indexed of indexRecords(searchable(record), table)) {
			const passage = record.passages.find((p) => p.id === passageOfUrl(indexed.url)?.id);
			expect(searchKey(passage?.text.hant ?? '', table)).toBe(searchKey(passage?.text.hans ?? '', table));
			expect(indexed.content).not.toContain('。');
		}
	});

	test('leaves out a passage with nothing searchable', async () => {
		const table = await corpusTable();
		const text = searchable(await seed('000'));
		const withEmpty: SearchableText = { ...text, passages: [...text.passages, { id: pid('p99'), role: 'paragraph', n: null, text: { hans: '……——', hant: '……——' } }] };
		const records = indexRecords(withEmpty, table);
		expect(records.map((r) => passageOfUrl(r.url)?.id)).not.toContain('p99');
		expect(records).toHaveLength(indexRecords(text, table).length);
	});

	test('files a passage under its text, outlet and author in both scripts, its role, script and year', async () => {
		const table = await corpusTable();
		const record = await seed('000');
		const [title] = indexRecords(searchable(record), table);
		expect(title.filters).toEqual({
			'text-hans': [`${record.slug}\t弘扬劳模精神 凝聚发展合力`],
			'text-hant': [`${record.slug}\t弘揚勞模精神 凝聚發展合力`],
			'outlet-hans': ['中工网—《河北工人报》'],
			'outlet-hant': ['中工網—《河北工人報》'],
			'author-hans': ['张跃峰'],
			'author-hant': ['張躍峰'],
			script: ['hant'],
			year: ['2015'],
			role: ['title'],
		});
		expect(title.sort).toEqual({ date: '2015-04-29' });
	});

	test('files a text with no date, outlet or author under none, sorting it first by date', async () => {
		const table = await corpusTable();
		const record = await seed('001');
		expect(record.date).toBeNull();
		for (const indexed of indexRecords(searchable(record), table)) {
			expect(Object.keys(indexed.filters).sort()).toEqual(['role', 'script', 'text-hans', 'text-hant']);
			expect(indexed.sort).toEqual({ date: '0000-00-00' });
		}
	});

	test('addresses a text whose slug needs escaping so that the address reads back to it', async () => {
		const table = await corpusTable();
		const text = searchable(await seed('004'));
		const slug = '劳模 文章#1/2?';
		for (const indexed of indexRecords({ ...text, slug }, table)) {
			expect(indexed.url).not.toMatch(/[ ?]|#.*#|\/.*\//);
			expect(passageOfUrl(indexed.url)?.slug).toBe(slug);
		}
	});
});

describe('passageOfUrl', () => {
	test('reads the slug and passage id of an address, with or without a base path in front', () => {
		expect(passageOfUrl('/000_fc2dc3fa00e2669f#p12')).toEqual({ slug: '000_fc2dc3fa00e2669f', id: 'p12' });
		expect(passageOfUrl('/corpus/site/000_fc2dc3fa00e2669f#p12')).toEqual({ slug: '000_fc2dc3fa00e2669f', id: 'p12' });
		expect(passageOfUrl('https://example.org/base/%E5%8A%B3%E6%A8%A1#p3')).toEqual({ slug: '劳模', id: 'p3' });
	});

	test('reads nothing from an address that names no passage', () => {
		expect(passageOfUrl('/000_fc2dc3fa00e2669f')).toBeUndefined();
		expect(passageOfUrl('/000_fc2dc3fa00e2669f#notes')).toBeUndefined();
		expect(passageOfUrl('/000_fc2dc3fa00e2669f#p12-p18')).toBeUndefined();
		expect(passageOfUrl('#p12')).toBeUndefined();
	});
});

describe('textFilterValue and searchTextPath', () => {
	test('keep two texts with the same title apart by slug', () => {
		expect(textFilterValue('a', '劳模')).not.toBe(textFilterValue('b', '劳模'));
		expect(textFilterValue('a', '劳模').endsWith('劳模')).toBe(true);
	});

	test('put a script’s view of a text in that script’s folder, a slash in a slug escaped', () => {
		expect(searchTextPath('hans', '000_fc2dc3fa00e2669f')).toBe('search-data/hans/000_fc2dc3fa00e2669f.json');
		expect(searchTextPath('hant', 'a/b')).toBe('search-data/hant/a%2Fb.json');
	});
});

describe('searchText', () => {
	test('publishes each text in traditional script in the shape the search page reads', async () => {
		for (const record of await corpusRecords()) {
			const view = searchTextSchema.parse(searchText(searchable(record), 'hant'));
			expect(view.slug).toBe(record.slug);
			expect(view.title).toBe(record.title.hant);
			expect(view.date).toBe(record.date);
			expect(view.outlet).toBe(record.outlet?.hant ?? null);
			expect(view.author).toBe(record.author?.hant ?? null);
			expect(Object.keys(view.passages)).toEqual(record.passages.map((passage) => passage.id));
			for (const passage of record.passages) expect(view.passages[passage.id]).toEqual({ role: passage.role, text: passage.text.hant });
		}
	});

	test('publishes the simplified view with the simplified texts', async () => {
		const record = await seed('000');
		const view = searchTextSchema.parse(searchText(searchable(record), 'hans'));
		expect(view.title).toBe('弘扬劳模精神 凝聚发展合力');
		expect(view.author).toBe('张跃峰');
		expect(view.passages.p2.text).toBe('张跃峰');
	});
});

describe('searchable', () => {
	test('keeps of a record only what search reads, and indexes the same', async () => {
		const table = await corpusTable();
		const record = await seed('002');
		const text = searchable(record);
		expect(Object.keys(text).sort()).toEqual(['author', 'date', 'outlet', 'passages', 'script', 'slug', 'title']);
		for (const passage of text.passages) expect(Object.keys(passage).sort()).toEqual(['id', 'n', 'role', 'text']);
		expect(indexRecords(text, table)).toEqual(indexRecords(record, table));
	});
});

describe('searchConfigSchema', () => {
	test('accepts the corpus’s fold table with its shards', async () => {
		const config = { fold: await corpusTable(), shards: ['pagefind/'], passages: 64 };
		expect(searchConfigSchema.parse(config)).toEqual(config);
	});

	test('refuses a configuration without shards for passages indexed, or with a fractional count; a corpus with nothing to search has none', async () => {
		expect(searchConfigSchema.safeParse({ fold: {}, shards: [], passages: 1 }).success).toBe(false);
		expect(searchConfigSchema.safeParse({ fold: {}, shards: [], passages: 0 }).success).toBe(true);
		expect(searchConfigSchema.safeParse({ fold: {}, shards: ['a'], passages: 1.5 }).success).toBe(false);
		expect(searchConfigSchema.safeParse({ fold: { 勞: 1 }, shards: ['a'], passages: 1 }).success).toBe(false);
	});
});
