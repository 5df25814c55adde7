import type { EditionRecord } from './recordSchema.ts';

const header = ['text', 'script', 'encoding', 'paragraphs', 'headings', 'chrome lines', 'glosses', 'repairs', 'emendations', 'redactions'];

/** One text's line of the build's summary, as cells under `formatReport`'s header. */
export function reportRow(record: EditionRecord): string[] {
	const count = (keep: (note: EditionRecord['notes'][number]) => boolean) => record.notes.filter(keep).length;
	return [
		record.slug,
		record.script,
		record.source.encoding,
		record.counts.paragraphs,
		record.counts.headings,
		record.counts.chromeLines,
		record.counts.glosses,
		count((n) => n.kind === 'emendation' && n.method !== 'editorial'),
		count((n) => n.kind === 'emendation' && n.method === 'editorial'),
		count((n) => n.kind === 'redaction'),
	].map(String);
}

/** The build's per-text summary as a plain-text table of `reportRow`s. */
export function formatReport(rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}
