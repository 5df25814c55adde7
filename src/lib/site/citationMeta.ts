import type { TextSummary } from '../edition/recordSchema.ts';
import type { Script } from '../script/scriptSchema.ts';
import { langOf } from './labels.ts';

/** One `<meta>` element of a text page's head: by `name` (Highwire, Dublin Core) or by `property` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What a text page says about itself to reference managers and link previews. */
export interface CitationMeta {
	tags: MetaTag[];
	/** schema.org JSON-LD: an `Article`, or a `NewsArticle` when the text names its outlet. */
	jsonLd: Record<string, unknown>;
}

/**
 * The metadata of a text page, in the page's script: Highwire `citation_*` tags (what Google
 * Scholar and Zotero read first), Dublin Core, Open Graph and schema.org JSON-LD. A text with an
 * outlet is typed as a news item (`DC.type`, `og:site_name`), which is what makes Zotero's generic
 * translator keep the outlet (see ../shared/FACTS.md); unknown fields are left out, never guessed.
 */
export function citationMeta(text: TextSummary, script: Script, pageUrl: string): CitationMeta {
	const title = text.title[script];
	const authors = text.author ? authorsOf(text.author[script]) : [];
	const outlet = text.outlet?.[script] ?? null;
	const lang = langOf(script);
	const tags: MetaTag[] = [
		{ name: 'citation_title', content: title },
		...authors.map((author) => ({ name: 'citation_author', content: author })),
		...(text.date ? [{ name: 'citation_publication_date', content: text.date.replaceAll('-', '/') }] : []),
		...(outlet ? [{ name: 'citation_publisher', content: outlet }] : []),
		{ name: 'citation_language', content: lang },
		{ name: 'citation_public_url', content: pageUrl },
		{ name: 'DC.title', content: title },
		...authors.map((author) => ({ name: 'DC.creator', content: author })),
		...(text.date ? [{ name: 'DC.date', content: text.date }] : []),
		...(outlet ? [{ name: 'DC.publisher', content: outlet }] : []),
		{ name: 'DC.type', content: outlet ? 'NewsItem' : 'Text' },
		{ name: 'DC.language', content: lang },
		{ name: 'DC.identifier', content: pageUrl },
		...(text.sourceUrl ? [{ name: 'DC.source', content: text.sourceUrl }] : []),
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: title },
		{ property: 'og:url', content: pageUrl },
		{ property: 'og:locale', content: script === 'hans' ? 'zh_CN' : 'zh_TW' },
		...(outlet ? [{ property: 'og:site_name', content: outlet }] : []),
		...(text.date ? [{ property: 'article:published_time', content: text.date }] : []),
		...authors.map((author) => ({ property: 'article:author', content: author })),
	];
	const jsonLd: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': outlet ? 'NewsArticle' : 'Article',
		headline: title,
		...(authors.length ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
		...(text.date ? { datePublished: text.date } : {}),
		...(outlet ? { publisher: { '@type': 'Organization', name: outlet } } : {}),
		inLanguage: lang,
		url: pageUrl,
		...(text.sourceUrl ? { isBasedOn: text.sourceUrl } : {}),
	};
	return { tags, jsonLd };
}

/** The names in an author field: the pipeline joins several with 、. */
function authorsOf(author: string): string[] {
	return author.split('、').map((name) => name.trim()).filter(Boolean);
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the element. */
export function jsonLdText(data: object): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
