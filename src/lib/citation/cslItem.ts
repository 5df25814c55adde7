/**
 * A text as a reference: a CSL-JSON item (the Citation Style Language's data model, which
 * reference managers and CSL processors read), made from its edition record. The reference names
 * the text as it was published (its outlet, author and date, in the source's script), points to
 * this edition's page, and carries the edition's release so that a quotation can be checked
 * against the very text cited.
 */
import type { EditionRecord } from '../edition/recordSchema.ts';
import type { Script } from '../script/scriptSchema.ts';
import { langOf } from '../site/langOf.ts';
import { passageHash } from '../stability/passageLock.ts';

/** The CSL-JSON fields a text's reference uses. */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: 'article-newspaper' | 'article';
	title: string;
	author?: { literal: string }[];
	issued?: { 'date-parts': [[number, number, number]] };
	'container-title'?: string;
	URL: string;
	language: 'zh-Hans' | 'zh-Hant';
	/** The corpus release: the site's version and a short hash of the text's reading text. */
	version: string;
	/** The source's own URL, where known, and the edition. */
	note: string;
	/** When the reader looked at it (the Cite dialog's today). */
	accessed?: { 'date-parts': [[number, number, number]] };
}

/** The release of a text: the site's version, `+`, eight hex digits of a hash of its reading text in its own script. */
export function textRelease(record: EditionRecord, siteVersion: string): string {
	return `${siteVersion}+${passageHash(record.passages.map((passage) => passage.text[record.script]).join('\n')).slice(0, 8)}`;
}

/** A key a BibTeX file can use: the slug when it is plain ASCII letters, digits, `-` and `_`, else `text-` and the release hash. */
function citationKey(record: EditionRecord, release: string): string {
	return /^[A-Za-z0-9_-]+$/.test(record.slug) ? record.slug : `text-${release.split('+')[1]}`;
}

/**
 * The reference for a text, its words in `script` (by default the source's own). `url` is the
 * text page's address in that script; `edition` names the corpus (its title) for the note.
 */
export function textReference(record: EditionRecord, { url, siteVersion, edition, script = record.script }: { url: string; siteVersion: string; edition: string; script?: Script }): CslItem {
	const release = textRelease(record, siteVersion);
	const date = record.date?.split('-').map(Number) as [number, number, number] | undefined;
	const note = [record.sourceUrl && `Originally published at ${record.sourceUrl}`, `Edition: ${edition}, release ${release}`].filter(Boolean).join('. ');
	return {
		id: record.slug,
		'citation-key': citationKey(record, release),
		type: record.outlet ? 'article-newspaper' : 'article',
		title: record.title[script],
		...(record.author && { author: [{ literal: record.author[script] }] }),
		...(date && { issued: { 'date-parts': [date] } }),
		...(record.outlet && { 'container-title': record.outlet[script] }),
		URL: url,
		language: langOf(script),
		version: release,
		note,
	};
}
