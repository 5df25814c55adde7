import { glossaryKindSchema, type GlossaryKind, type GlossaryTerm } from '../annotations/glossarySchema.ts';

/** The entries of one kind, as the glossary page lists them. */
interface GlossaryGroup {
	kind: GlossaryKind;
	/** Each entry. */
	rows: GlossaryTerm[];
}

// Unicode collation compares letters first and tone marks only between otherwise equal syllables.
const byPinyin = new Intl.Collator('en');

/**
 * The glossary page's groups: one per kind that has entries, in the schema's order (terms, then
 * people, places, organizations, events, publications), each sorted by pinyin ('láo' before 'lǎo',
 * and both before 'li').
 */
export function glossaryIndex(terms: GlossaryTerm[]): GlossaryGroup[] {
	const sorted = [...terms].sort((a, b) => byPinyin.compare(a.pinyin, b.pinyin) || a.id.localeCompare(b.id));
	return glossaryKindSchema.options.flatMap((kind) => {
		const rows = sorted.filter((term) => term.kind === kind);
		return rows.length ? [{ kind, rows }] : [];
	});
}
