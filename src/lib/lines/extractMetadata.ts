import { editorLabel } from './chromeRole.ts';
import { stripGlosses } from '../passages/pinyin.ts';
import { datePattern } from './datePattern.ts';
import { reporterLabel } from './lineShape.ts';
import { readingText } from '../passages/readingText.ts';
import { textName } from '../source/sourceFiles.ts';
import type { Block, PassageBlock } from './blockSchema.ts';
import { isoDateSchema, type MetadataField, type MetadataOrigin, type Sidecar } from '../source/sidecarSchema.ts';

/** Metadata of a text in its original script (null where unknown; a title always), and where each value came from. */
export type ExtractedMetadata = Record<Exclude<MetadataField, 'title'>, string | null> & {
	title: string;
	/** Where each value that is not null came from. */
	from: Partial<Record<MetadataField, MetadataOrigin>>;
};

/** The outlet after `来源：`, up to the next label, a wide gap or the end of the line. */
const outletPattern = /[来來]源\s*[:：]\s*(.*?)\s*(?=(?:编辑|編輯|作者|浏览|瀏覽|点击|點擊|发布|發布|时间|時間|日期|阅读|閱讀|字[体體号號])|[\s　]{2,}|　|【|\||｜|$)/;
const editorPattern = new RegExp(`${editorLabel}\\s*([^】\\]\\s]+)`);
/** `(作者:朱江浪)` or `（作者系…副书记 王文生）`: a name after a colon, or after the last space. */
const signaturePattern = /[(（]\s*作者(?:\s*[:：]\s*([^)）]+)|系[^)）]*\s(\p{Script=Han}{2,4}))\s*[)）]\s*$/u;
/** The names a dateline gives, up to its next field (`来源：`, `|`): `作者：吴倩`, `作者：通讯员 吴佳琪 马骁`, WeChat's `原创 陈静 …`. */
const datelineAuthorPattern = /作者\s*[:：]\s*(.+?)(?=\s+\S{1,6}[:：]|\s*[|｜]|$)|^原[创創]\s+(\S+)/;
/** A wire story's reporters in its opening: `新华社武汉4月27日电（记者张伟、刘洋）`. */
const wireAuthorPattern = /^.{0,30}[电電][(（]\s*[记記]者\s*([^)）]+)[)）]/;
/** A credit at the foot of a text: `（供稿：… 文：陈晓 图：王磊）`. */
const creditAuthorPattern = /[(（][^)）]*(?:^|[\s　(（])文\s*[:：/／]\s*(\p{Script=Han}{2,4})/u;
/** What stands before or between names in a byline, and what follows them: `本报记者`, `文/`, `／台北報導`, `〔唐〕`. */
const bylineLabels = new RegExp(`${reporterLabel}|撰文|撰稿|口述|整理|作者|^文|[〔[【(（]\\s*\\p{Script=Han}{1,2}\\s*[〕\\]】)）]|[/／|｜:：]|\\p{Script=Han}{2}[报報][导導道]$`, 'gu');
/** Where a byline's names end: a photographer's or an editor's credit after them (`图 | …`, `攝影：…`). */
const otherCredits = /[\s　]+(图|圖|摄影|攝影|编辑|編輯|视频|視頻)\s*[/／|｜:：].*$/;

/** The names a byline gives, joined by 、: `本报记者 刘畅 实习生 许诺` → `刘畅、许诺`, `記者 陳大文／台北報導` → `陳大文`. */
function bylineNames(byline: string): string {
	const names = byline.replace(otherCredits, '').replace(bylineLabels, ' ').split(/[\s　、,，]+/).filter(Boolean);
	return names.join('、');
}

/** A date of Taiwan's calendar: `112-05-01`, `112年5月1日` (a three-digit year), or `民國99年5月1日`. */
const rocDatePattern = /民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})|(?:^|\D)(\d{3})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** A date as `YYYY-MM-DD`, from a common form or from Taiwan's calendar (民國 112 = 2023); none when the day does not exist. */
function isoDate(line: string): string | undefined {
	const common = line.match(datePattern);
	const roc = common ? undefined : line.match(rocDatePattern)?.slice(1).filter(Boolean);
	const [year, month, day] = common ? common.slice(1) : (roc ?? []);
	if (!year) return undefined;
	const date = `${common ? year : Number(year) + 1911}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isoDateSchema.safeParse(date).success ? date : undefined;
}

/**
 * Derives title, author, date, outlet and editor from the classified blocks; a sidecar overrides
 * any of them. Without a title line the title is the file name. The author is the first byline's
 * names, or a name a dateline gives, or a signature, a wire story's reporters or a credit line.
 */
export function extractMetadata(blocks: Block[], sidecar: Sidecar = {}, file: string): ExtractedMetadata {
	const passages = blocks.filter((b): b is PassageBlock => b.kind === 'passage');
	const all = (role: PassageBlock['role']) => passages.filter((p) => p.role === role).map((p) => readingText(p).trim());
	const [titleLine] = all('title');
	const [byline] = all('byline');
	const datelines = all('dateline');
	const paragraphs = all('paragraph');
	const signature = paragraphs.at(-1)?.match(signaturePattern);
	const datelineAuthor = datelines.map((line) => line.match(datelineAuthorPattern)).find(Boolean);
	const credit = paragraphs.slice(-3).map((line) => line.match(creditAuthorPattern)).find(Boolean);
	const editorLine = blocks.find((b) => b.kind === 'chrome' && b.role === 'editor');

	const derived = {
		title: titleLine,
		author: [
			byline && bylineNames(byline),
			datelineAuthor && bylineNames(datelineAuthor[1] ?? datelineAuthor[2]),
			signature && (signature[1] ?? signature[2])?.trim(),
			paragraphs[0]?.match(wireAuthorPattern)?.[1].trim(),
			credit?.[1],
		].find(Boolean),
		date: datelines.map(isoDate).find(Boolean),
		outlet: datelines.map((line) => line.match(outletPattern)?.[1]).find(Boolean),
		editor: [...(editorLine?.kind === 'chrome' ? [stripGlosses(editorLine.text)] : []), ...datelines].map((line) => line.match(editorPattern)?.[1]).find(Boolean),
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
