/**
 * A text's notes as W3C Web Annotation, for annotation tools outside the site: each glossary term's
 * use, editor's note, correction and marked form, targeting the text page in each script where the
 * page shows its words, by a Text Quote Selector and by the passage's id as a Fragment Selector.
 */
import type { EditionRecord } from '../edition/recordSchema.ts';
import type { Note } from '../edition/noteSchema.ts';
import { spansOfPassages } from '../passages/shownSpans.ts';
import { scriptSchema, type Bilingual, type Script } from '../script/scriptSchema.ts';
import { fill } from '../site/fill.ts';
import { firstTermUses, inPageOrder } from '../site/pageOrder.ts';
import { labelsFor, langOf, type Labels } from '../site/labels.ts';
import { textLang } from '../site/textLang.ts';
import { visibleText } from '../site/visibleText.ts';
import type { GlossaryTerm } from './glossarySchema.ts';
import { annotationContext, type AnnotationCollection, type WebAnnotation } from './webAnnotationSchema.ts';

/** Characters of the passage a Text Quote Selector keeps before and after the words. */
const quoteContext = 24;

/** Where the annotations point and where they are published. */
interface AnnotationUrls {
	/** The annotation file's own URL: each annotation's id is it plus `#` and the note's id. */
	collection: string;
	/** The text's page in a script. */
	page: (script: Script) => string;
	/** A glossary entry's page in a script. */
	term: (id: string, script: Script) => string;
}

/**
 * The record's annotations as one Annotation Collection. A note whose words no page shows (a repair
 * an editor's emendation was made over, a redaction) is not an annotation of the text's words and
 * is left out; so is a form in the view that does not mark it.
 */
export function webAnnotations(record: EditionRecord, glossary: ReadonlyMap<string, EntryGloss>, urls: AnnotationUrls): AnnotationCollection {
	const spans = spansOfPassages(record.passages);
	// A term's glosses go with the use the page marks, its first in page order; every use names the term and links its entry.
	const firstUses = new Set(firstTermUses(inPageOrder(record.notes, record.passages)).values());
	const items = record.notes.flatMap((note): WebAnnotation[] => {
		const content = annotationContent(note, glossary, urls, firstUses.has(note.id));
		if (!content) return [];
		const target = scriptSchema.options.flatMap((script) => {
			const shown = spans(note.passage, script);
			const at = shown?.at.get(note.id);
			if (!shown || !at) return [];
			const [start, end] = at;
			const quote = {
				type: 'TextQuoteSelector' as const,
				exact: shown.text.slice(start, end),
				...optional('prefix', shown.text.slice(Math.max(0, start - quoteContext), start)),
				...optional('suffix', shown.text.slice(end, end + quoteContext)),
			};
			return [{ type: 'SpecificResource' as const, source: urls.page(script), selector: [quote, { type: 'FragmentSelector' as const, value: note.passage, conformsTo: 'http://tools.ietf.org/rfc/rfc3986' as const, refinedBy: quote }] }];
		});
		return target.length && content.body.length ? [{ id: `${urls.collection}#${note.id}`, type: 'Annotation', ...content, target }] : [];
	});
	const title = record.title[record.script];
	return {
		'@context': annotationContext,
		id: urls.collection,
		type: 'AnnotationCollection',
		label: `${title}：${labelsFor(record.script).notes}`,
		total: items.length,
		first: { id: `${urls.collection}#page-1`, type: 'AnnotationPage', partOf: urls.collection, startIndex: 0, items },
	};
}

/** What an annotation needs of a glossary entry. */
type EntryGloss = Pick<GlossaryTerm, 'hans' | 'hant' | 'zh' | 'en'>;

/**
 * What an annotation is for and what it says, by the kind of note; none for a note without words of
 * its own. A term's use names the term (`tagging`) and links its entry; its first use in the text
 * also carries the glosses, which would otherwise be most of the file.
 */
function annotationContent(note: Note, glossary: ReadonlyMap<string, EntryGloss>, urls: AnnotationUrls, firstUse: boolean): Pick<WebAnnotation, 'motivation' | 'body'> | undefined {
	switch (note.kind) {
		case 'term': {
			const entry = glossary.get(note.term);
			if (!entry) throw new Error(`the note ${note.id} names the glossary entry ${note.term}, which the glossary does not have`);
			return {
				motivation: 'identifying',
				body: [
					...chinese(entry, 'tagging'),
					...(firstUse ? [...chinese(entry.zh, 'describing'), english(entry.en, 'describing')] : []),
					...scriptSchema.options.map((script) => ({ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: { id: urls.term(note.term, script), type: 'Text' as const, format: 'text/html' as const, language: langOf(script) } })),
				],
			};
		}
		case 'note':
			return { motivation: 'commenting', body: [...(note.zh ? chinese(note.zh, 'commenting') : []), ...(note.en ? [english(note.en, 'commenting')] : [])] };
		case 'emendation':
			if (note.absorbedBy !== null) return undefined;
			return {
				motivation: 'editing',
				body: [
					...chinese(inScripts((labels, script) => `${labels.sourceReading}“${note.source}”，${labels.correctedReading}“${note.reading[script]}”。`), 'editing'),
					...(note.zh ? [...chinese(note.zh.reason, 'commenting'), ...(note.zh.note.hans ? chinese(note.zh.note, 'commenting') : [])] : []),
					// The reason and note as written, which may be English or Chinese.
					...[note.reason, note.note].filter(Boolean).map((words) => textual(words, textLang(words), 'commenting')),
				],
			};
		case 'form':
			return { motivation: 'commenting', body: chinese(inScripts((labels) => fill(labels.formExplained, { form: note.form, standard: note.standard })), 'commenting') };
		case 'redaction':
			return undefined;
	}
}

/** A source's characters as a reader can read them: a private-use character as its code point. */
function shown(text: string): string {
	return visibleText(text)
		.map((piece) => (typeof piece === 'string' ? piece : piece.codePoint))
		.join('');
}

/** Words in each script, the site's labels in that script around quoted characters that stay as they are. */
function inScripts(words: (labels: Labels, script: Script) => string): Bilingual {
	return { hans: words(labelsFor('hans'), 'hans'), hant: words(labelsFor('hant'), 'hant') };
}

type Purpose = 'describing' | 'commenting' | 'editing' | 'tagging';

/** A body of text. A note may quote a source's characters, so any private-use one is given as its code point, as on the page. */
function textual(value: string, language: 'en' | 'zh-Hans' | 'zh-Hant', purpose: Purpose) {
	return { type: 'TextualBody' as const, value: shown(value), format: 'text/plain' as const, language, purpose };
}

/** Chinese in both scripts, a body for each. */
function chinese(text: Bilingual, purpose: Purpose) {
	return scriptSchema.options.map((script) => textual(text[script], langOf(script), purpose));
}

function english(text: string, purpose: Purpose) {
	return textual(text, 'en', purpose);
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
	return value ? ({ [key]: value } as Record<K, string>) : {};
}
