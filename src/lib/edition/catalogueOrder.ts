import type { TextSummary } from './recordSchema.ts';

/** Texts as the catalogue lists them: newest first, undated last, then by slug. */
export function catalogueOrder<T extends Pick<TextSummary, 'date' | 'slug'>>(texts: T[]): T[] {
	return [...texts].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
}
