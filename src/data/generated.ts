/**
 * The site's access to the pipeline's output: the folder scripts/build-corpus.ts writes
 * (`TEXTS_DIR`): each text's edition record, the texts' summaries, the glossary and its
 * concordances, and the site's settings (from corpus.yaml). Pages read a text's record, or a page
 * of a concordance, when they render it, so a large corpus is never held in memory at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteSettingsSchema, type SiteSettings } from '../lib/edition/corpusSettings.ts';
import { concordanceFile, concordancePageFile, conversionFile, defaultTextsDir, redirectsFile, glossaryFile, recordFile, siteSettingsFile, summariesFile } from '../lib/edition/outputFiles.ts';
import { concordancePageSchema, concordanceSchema, type Concordance, type TermUse } from '../lib/annotations/glossarySchema.ts';
import { conversionTableSchema, type ConversionTable } from '../lib/script/conversionTableSchema.ts';
import { redirectsSchema } from '../lib/stability/passageLockSchema.ts';
import { editionRecordSchema, textSummarySchema, type EditionRecord, type TextSummary } from '../lib/edition/recordSchema.ts';

/** The output folder, relative to the project root (Astro's working directory). */
export const textsDir = process.env.TEXTS_DIR || defaultTextsDir;

/** A text's edition record file, exactly as the pipeline wrote it. */
export function readRecordFile(slug: string): string {
	return readFileSync(path.resolve(textsDir, recordFile(slug)), 'utf8');
}

/** A text's edition record, checked against its schema. */
export function readRecord(slug: string): EditionRecord {
	return editionRecordSchema.parse(JSON.parse(readRecordFile(slug)));
}

/** Every text's summary, as the pipeline took it from the records, in catalogue order. */
export function readSummaries(): TextSummary[] {
	return textSummarySchema.array().parse(JSON.parse(readFileSync(path.resolve(textsDir, summariesFile), 'utf8')));
}

let summariesBySlug: Map<string, TextSummary> | undefined;

/** Every text's summary by its slug, read once (for pages that name many texts, such as a concordance). */
export function readSummariesBySlug(): ReadonlyMap<string, TextSummary> {
	summariesBySlug ??= new Map(readSummaries().map((summary) => [summary.slug, summary]));
	return summariesBySlug;
}

/** The glossary file, exactly as the pipeline wrote it. */
export function readGlossaryFile(): string {
	return readFileSync(path.resolve(textsDir, glossaryFile), 'utf8');
}

/** A glossary entry's uses counted per text and per year. */
export function readConcordance(id: string): Concordance {
	return concordanceSchema.parse(JSON.parse(readFileSync(path.resolve(textsDir, concordanceFile(id)), 'utf8')));
}

/** One page of a glossary entry's uses, from 1. */
export function readConcordancePage(id: string, page: number): TermUse[] {
	return concordancePageSchema.parse(JSON.parse(readFileSync(path.resolve(textsDir, concordancePageFile(id, page)), 'utf8')));
}

let settings: SiteSettings | undefined;

/** What names the site (from the corpus's `corpus.yaml`), read once. */
export function readSiteSettings(): SiteSettings {
	settings ??= siteSettingsSchema.parse(JSON.parse(readFileSync(path.resolve(textsDir, siteSettingsFile), 'utf8')));
	return settings;
}

/** The corpus's script-conversion overrides, as the pipeline used them. */
export function readConversionTable(): ConversionTable {
	return conversionTableSchema.parse(JSON.parse(readFileSync(path.resolve(textsDir, conversionFile), 'utf8')));
}

/** Former slugs of renamed texts, and the slug each now has. */
export function readRedirects(): { from: string; to: string }[] {
	return redirectsSchema.parse(JSON.parse(readFileSync(path.resolve(textsDir, redirectsFile), 'utf8')));
}
