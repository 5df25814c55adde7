import { writeFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { readRecord } from '../../src/data/generated.ts';
import type { GlossaryTerm } from '../../src/lib/annotations/glossarySchema.ts';
import { webAnnotations } from '../../src/lib/annotations/webAnnotations.ts';
import { textReference, textRelease } from '../../src/lib/citation/cslItem.ts';
import { toBibtex, toCslJson, toRis } from '../../src/lib/citation/exportFormats.ts';
import { plainText } from '../../src/lib/citation/plainText.ts';
import type { SiteSettings } from '../../src/lib/edition/corpusSettings.ts';
import { scriptSchema, type Script } from '../../src/lib/script/scriptSchema.ts';
import { dataFiles, textDownloads } from '../../src/lib/site/dataFiles.ts';
import { absoluteUrl, pageUrl } from './siteUrls.ts';

/** One text whose downloads to write; plain data, so it can go to a worker thread. */
export interface DownloadJob {
	/** Position in the catalogue, so results come back in order whichever thread wrote them. */
	index: number;
	slug: string;
}

/** What every text's downloads share. */
export interface DownloadSettings {
	/** The built site's folder. */
	outDir: string;
	/** The corpus's name for itself in each script: the edition a reference cites. */
	title: SiteSettings['title'];
	/** The glossary's entries by id, for the terms named in the Web Annotations. */
	entries: Map<string, GlossaryTerm>;
}

/** A text's downloads written: every address they add to the sitemap, and its entry in `data/corpus.json` as JSON. */
export interface DownloadResult {
	index: number;
	listed: string[];
	corpusEntry: string;
}

/**
 * Writes each text's reference as CSL-JSON, BibTeX and RIS, its plain text in each script and its
 * notes as W3C Web Annotation beside its edition record in the built site.
 */
export function writeTextDownloads(jobs: DownloadJob[], { outDir, title, entries }: DownloadSettings): DownloadResult[] {
	return jobs.map(({ index, slug }) => {
		const record = readRecord(slug);
		const page = (script: Script) => pageUrl({ page: 'text', slug }, script);
		const release = textRelease(record, packageJson.version);
		const reference = textReference(record, { url: page(record.script), siteVersion: packageJson.version, edition: title[record.script] });
		const files = textDownloads(slug);
		const annotations = webAnnotations(record, entries, { collection: absoluteUrl(files.annotations), page, term: (id, script) => pageUrl({ page: 'term', id }, script) });
		const contents: [string, string][] = [
			[files.csl, toCslJson([reference])],
			[files.bibtex, toBibtex([reference])],
			[files.ris, toRis([reference])],
			...scriptSchema.options.map((script): [string, string] => [files.text[script], plainText(record, script, { url: page(script), release })]),
			[files.annotations, `${JSON.stringify(annotations)}\n`],
		];
		// Synchronously: thousands of small files, where each asynchronous write cost more than the writing.
		for (const [file, content] of contents) writeFileSync(path.join(outDir, decodeURIComponent(file)), content);
		return {
			index,
			listed: [...scriptSchema.options.map(page), absoluteUrl(dataFiles.record(slug)), ...contents.map(([file]) => absoluteUrl(file))],
			corpusEntry: JSON.stringify({ ...reference, passages: record.passages.map(({ id, role, text }) => ({ id, role, text })) }),
		};
	});
}
