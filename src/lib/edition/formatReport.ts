import type { TextFrontmatter } from './schema.ts';

const header = ['text', 'script', 'encoding', 'paragraphs', 'headings', 'chrome lines', 'glosses', 'repairs', 'emendations', 'redactions'];

/** One text's line of the build's summary, as cells under `formatReport`'s header. */
export function reportRow(t: TextFrontmatter): string[] {
	return [
		t.slug,
		t.script,
		t.source.encoding,
		t.counts.paragraphs,
		t.counts.headings,
		t.counts.chromeLines,
		t.counts.glosses,
		t.emendations.filter((e) => e.method !== 'editorial').length,
		t.emendations.filter((e) => e.method === 'editorial').length,
		t.redactions.length,
	].map(String);
}

/** The build's per-text summary as a plain-text table of `reportRow`s. */
export function formatReport(rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}
