/**
 * A text as plain text in one script, for reading offline and for tools: a short header (title,
 * author, date, outlet, the edition's address and release), a blank line, then every passage on a
 * line of its own, prefixed by its id and a tab (`p12<TAB>…`), so a line found by a tool can be
 * cited and linked (`#p12`).
 */
import type { EditionRecord } from '../edition/recordSchema.ts';
import type { Script } from '../script/scriptSchema.ts';

export function plainText(record: EditionRecord, script: Script, { url, release }: { url: string; release: string }): string {
	const header = [record.title[script], record.author?.[script], record.date, record.outlet?.[script], url, `release ${release}`].filter(Boolean);
	const passages = record.passages.map((passage) => `${passage.id}\t${passage.text[script].replace(/[\r\n]+/g, ' ')}`);
	return `${[...header, '', ...passages].join('\n')}\n`;
}
