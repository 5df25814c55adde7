import type { GlossaryTerm, TermUse } from '../annotations/glossarySchema.ts';
import type { TextSummary } from '../edition/recordSchema.ts';

/** A glossary entry as the glossary page lists it: the term, and each use with the text it is in. */
interface GlossaryRow {
	term: GlossaryTerm;
	uses: (TermUse & { title: TextSummary['title'] })[];
}

/**
 * The glossary page's entries: sorted by pinyin ('láo' before 'lǎo', and both before 'li'), each
 * use in the published order (catalogue order) and carrying its text's title. A use of a text not
 * in the corpus is an error: the glossary and the texts come from the same build.
 */
export function glossaryIndex(terms: GlossaryTerm[], texts: Pick<TextSummary, 'slug' | 'title'>[]): GlossaryRow[] {
	const titles = new Map(texts.map((t) => [t.slug, t.title]));
	// Unicode collation compares letters first and tone marks only between otherwise equal syllables.
	const byPinyin = new Intl.Collator('en');
	return [...terms]
		.sort((a, b) => byPinyin.compare(a.pinyin, b.pinyin) || a.id.localeCompare(b.id))
		.map((term) => ({
			term,
			uses: term.uses.map((use) => {
				const title = titles.get(use.text);
				if (!title) throw new Error(`the glossary names the text ${use.text}, which the corpus does not have`);
				return { ...use, title };
			}),
		}));
}
