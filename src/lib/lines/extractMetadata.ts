import { editorLabel } from './chromeRole.ts';
import { stripGlosses } from '../passages/pinyin.ts';
import { datePattern } from './datePattern.ts';
import { readingText } from '../passages/readingText.ts';
import { textName } from '../source/sourceFiles.ts';
import type { Block, PassageBlock } from './blockSchema.ts';
import type { MetadataField, MetadataOrigin, Sidecar } from '../source/sidecarSchema.ts';

/** Metadata of a text in its original script (null where unknown; a title always), and where each value came from. */
export type ExtractedMetadata = Record<Exclude<MetadataField, 'title'>, string | null> & {
	title: string;
	/** Where each value that is not null came from. */
	from: Partial<Record<MetadataField, MetadataOrigin>>;
};

const outletPattern = /(?:来源|來源)\s*[:：]\s*(.*?)\s*(?=(?:编辑|編輯|作者|浏览|瀏覽|点击|點擊)\s*[:：]|$)/;
const editorPattern = new RegExp(`${editorLabel}\\s*([^】\\]\\s]+)`);
/** `(作者:朱江浪)` or `（作者系…副书记 王文生）`: a name after a colon, or after the last space. */
const signaturePattern = /[(（]\s*作者(?:\s*[:：]\s*([^)）]+)|系[^)）]*\s(\p{Script=Han}{2,4}))\s*[)）]\s*$/u;

/**
 * Derives title, author, date, outlet and editor from the classified blocks; a sidecar overrides
 * any of them. Without a title line the title is the file name.
 */
export function extractMetadata(blocks: Block[], sidecar: Sidecar = {}, file: string): ExtractedMetadata {
	const passages = blocks.filter((b): b is PassageBlock => b.kind === 'passage');
	const text = (role: PassageBlock['role']) => {
		const found = passages.find((p) => p.role === role);
		return found ? readingText(found).trim() : undefined;
	};
	const dateline = text('dateline') ?? '';
	const [, year, month, day] = dateline.match(datePattern) ?? [];
	const last = passages.findLast((p) => p.role === 'paragraph');
	const lastParagraph = last ? readingText(last) : '';
	const signature = lastParagraph.match(signaturePattern);
	const editorLine = blocks.find((b) => b.kind === 'chrome' && b.role === 'editor');

	const derived = {
		title: text('title'),
		author: text('byline') ?? (signature ? (signature[1] ?? signature[2]).trim() : undefined),
		date: year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined,
		outlet: dateline.match(outletPattern)?.[1] || undefined,
		editor: (editorLine?.kind === 'chrome' ? stripGlosses(editorLine.text) : dateline).match(editorPattern)?.[1],
		sourceUrl: undefined,
	};
	const from: ExtractedMetadata['from'] = {};
	const pick = (key: keyof typeof derived): string | null => {
		const value = sidecar[key] ?? derived[key];
		if (value !== undefined) from[key] = sidecar[key] !== undefined ? 'sidecar' : 'source';
		return value ?? null;
	};
	const title = pick('title');
	if (title === null) from.title = 'file-name';
	return {
		title: title ?? textName(file),
		author: pick('author'),
		date: pick('date'),
		outlet: pick('outlet'),
		editor: pick('editor'),
		sourceUrl: pick('sourceUrl'),
		from,
	};
}
