import { describe, expect, test } from 'vitest';
import { textSummarySchema, type TextSummary } from '../../../src/lib/edition/recordSchema.ts';
import { citationMeta, jsonLdText } from '../../../src/lib/site/citationMeta.ts';
import { recordOfSeed, seedFile } from '../support/corpus.ts';

const url = 'https://example.org/corpus/hans/texts/a/';
/** A text's summary with the given metadata, the rest as the pipeline would give it. */
function summary(fields: Partial<TextSummary>): TextSummary {
	return {
		slug: 'a',
		title: { hans: '劳动最光荣', hant: '勞動最光榮' },
		author: null,
		date: null,
		outlet: null,
		editor: null,
		sourceUrl: null,
		metadataFrom: { title: 'source' },
		script: 'hans',
		counts: { paragraphs: 1, headings: 0, chromeLines: 0, glosses: 0, characters: 5 },
		...fields,
	};
}
const values = (tags: ReturnType<typeof citationMeta>['tags'], key: string) => tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

describe('citationMeta', () => {
	test('gives a news text its title, each author, date, outlet, language and URL in the page’s script, typed as a news item', () => {
		const { tags, jsonLd } = citationMeta(
			summary({ author: { hans: '吴佳琪、马骁', hant: '吳佳琪、馬驍' }, date: '2023-11-20', outlet: { hans: '工人日报', hant: '工人日報' }, sourceUrl: 'https://news.example.cn/a.html' }),
			'hant',
			url,
		);
		expect(values(tags, 'citation_title')).toEqual(['勞動最光榮']);
		expect(values(tags, 'citation_author')).toEqual(['吳佳琪', '馬驍']);
		expect(values(tags, 'citation_publication_date')).toEqual(['2023/11/20']);
		expect(values(tags, 'citation_publisher')).toEqual(['工人日報']);
		expect(values(tags, 'citation_language')).toEqual(['zh-Hant']);
		expect(values(tags, 'citation_public_url')).toEqual([url]);
		expect(values(tags, 'DC.type')).toEqual(['NewsItem']);
		expect(values(tags, 'DC.source')).toEqual(['https://news.example.cn/a.html']);
		expect(values(tags, 'og:site_name')).toEqual(['工人日報']);
		expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: '勞動最光榮', author: [{ name: '吳佳琪' }, { name: '馬驍' }], datePublished: '2023-11-20', publisher: { name: '工人日報' }, isBasedOn: 'https://news.example.cn/a.html' });
	});

	test('leaves out what the text does not say, and types it as plain text', () => {
		const { tags, jsonLd } = citationMeta(summary({}), 'hans', url);
		for (const key of ['citation_author', 'citation_publication_date', 'citation_publisher', 'DC.source', 'og:site_name', 'article:published_time']) expect(values(tags, key), key).toEqual([]);
		expect(values(tags, 'DC.type')).toEqual(['Text']);
		expect(jsonLd).toEqual({ '@context': 'https://schema.org', '@type': 'Article', headline: '劳动最光荣', inLanguage: 'zh-Hans', url });
	});

	test('describes a bundled text from its record', async () => {
		const record = await recordOfSeed(seedFile('002'));
		const { tags } = citationMeta(textSummarySchema.parse(record), 'hans', url);
		expect(values(tags, 'citation_title')).toEqual([record.title.hans]);
		expect(values(tags, 'citation_author')).toEqual([record.author!.hans]);
		expect(values(tags, 'citation_publication_date')).toEqual([record.date!.replaceAll('-', '/')]);
	});
});

describe('jsonLdText', () => {
	test('cannot close its script element, whatever the text says', () => {
		const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
