/**
 * How a passage is put into the search index, and what the search stage publishes beside it
 * (shapes in searchDataSchema.ts). The browser imports this file too, so it holds no schema code.
 */
import type { EditionRecord, Passage } from '../edition/recordSchema.ts';
import type { Script } from '../script/scriptSchema.ts';
import type { SearchText } from './searchDataSchema.ts';
import { searchKey, type FoldTable } from './searchFold.ts';

/** Where a script's view of a text is published, relative to the base path. */
export function searchTextPath(script: Script, slug: string): string {
	return `search-data/${script}/${encodeURIComponent(slug)}.json`;
}

/** What search reads of an edition record. */
export type SearchableText = Pick<EditionRecord, 'slug' | 'title' | 'date' | 'outlet' | 'author' | 'script'> & {
	passages: Pick<Passage, 'id' | 'role' | 'n' | 'text'>[];
};

/** Just that of a record, so that a large corpus's records need not be held whole. */
export function searchable({ slug, title, date, outlet, author, script, passages }: EditionRecord): SearchableText {
	return { slug, title, date, outlet, author, script, passages: passages.map(({ id, role, n, text }) => ({ id, role, n, text })) };
}

/** One record of the Pagefind index: a passage. */
export interface IndexRecord {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * A Pagefind filter value naming a text: its slug, a tab, its title. The slug keeps two texts with
 * the same title apart; the page shows the title.
 */
export function textFilterValue(slug: string, title: string): string {
	return `${slug}\t${title}`;
}

/**
 * A passage's record: its search key as one token per character (Pagefind matches a quoted query
 * token by token, at consecutive positions, so a run of characters is found wherever it stands,
 * across word boundaries too). Should the traditional text fold to another key, that key follows
 * after a punctuation token, which takes a position but is not indexed, so no match spans the two.
 * Nothing else is indexed: Pagefind indexes metadata as words, so the display text is published
 * separately (`searchTextSchema`) and the record carries only its address, filters and sort keys.
 */
export function indexRecords(record: SearchableText, table: FoldTable): IndexRecord[] {
	const filters = (script: Script) => ({
		[`text-${script}`]: [textFilterValue(record.slug, record.title[script])],
		...(record.outlet && { [`outlet-${script}`]: [record.outlet[script]] }),
		...(record.author && { [`author-${script}`]: [record.author[script]] }),
	});
	const shared = {
		...filters('hans'),
		...filters('hant'),
		script: [record.script],
		...(record.date && { year: [record.date.slice(0, 4)] }),
	};
	return record.passages.flatMap((passage) => {
		const keys = [...new Set([searchKey(passage.text.hans, table), searchKey(passage.text.hant, table)])].filter(Boolean);
		if (keys.length === 0) return [];
		return [
			{
				url: `/${encodeURIComponent(record.slug)}#${passage.id}`,
				content: keys.map((key) => [...key].join(' ')).join(' 。 '),
				filters: { ...shared, role: [passage.role] },
				sort: { date: record.date ?? '0000-00-00' },
			},
		];
	});
}

/** The slug and passage id a record's address names (Pagefind may put its base path in front). */
export function passageOfUrl(url: string): { slug: string; id: string } | undefined {
	const match = /\/([^/#]+)#(p\d+)$/.exec(url);
	return match ? { slug: decodeURIComponent(match[1]), id: match[2] } : undefined;
}

/** A text's search view in one script. */
export function searchText(record: SearchableText, script: Script): SearchText {
	return {
		slug: record.slug,
		title: record.title[script],
		date: record.date,
		outlet: record.outlet?.[script] ?? null,
		author: record.author?.[script] ?? null,
		passages: Object.fromEntries(record.passages.map((passage) => [passage.id, { role: passage.role, text: passage.text[script] }])),
	};
}
