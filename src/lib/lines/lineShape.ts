/** What a line looks like, whatever it says: the shapes the classifier weighs. */
import { datePattern } from './datePattern.ts';

/**
 * Punctuation that ends or divides a sentence or a verse line: a line holding one reads as text.
 * ASCII marks count where text goes on after them or ends (`形势,全市`, `氛围;`), not inside
 * code or markup (`&amp;<`, `a=1;b=2`); a full stop only before a space or the end (`1.5`, `1.劳动`).
 */
const sentenceMarks = /[，。！？；…]|[,!?;](?=\s|$|[\p{Script=Han}“”‘’"'「」])|\.(?=\s|$)/u;
/** What a line of text may end with besides a sentence mark: a colon before a quotation, a closing quotation mark. */
const textEnding = /[：:“”」』’]$/;
/** An opening quotation mark (dialogue, a quotation), or a remark in brackets, `（完）`. */
const quoteOrRemark = /^[“「『‘"]|^[（(].+[）)]$/;

/**
 * Whether a line reads as text a reader reads: it holds sentence punctuation, or ends with a
 * colon or a closing quotation mark, or opens a quotation, or is a remark in brackets. Such a
 * line is never set aside for where it stands, only for what it says (a copyright notice, an
 * editor's line). Titles, names, labels and widget lines mostly hold none of these.
 */
export function readsAsText(line: string): boolean {
	return sentenceMarks.test(line) || textEnding.test(line) || quoteOrRemark.test(line);
}

/** A line of running prose: long with sentence punctuation, or a whole sentence. */
export function isProse(line: string): boolean {
	return (line.length >= 40 && /[。！？，,；;！]/.test(line)) || (line.length >= 20 && /[。！？]$/.test(line));
}

/** A line that ends cut short, as a teaser's summary does: `……`, `...` or `…`. */
export function isTruncated(line: string): boolean {
	return /(…|\.{3})$/.test(line);
}

/** Words of a dateline: a source, a time or date of publication, a count of readers, WeChat's 发表于. */
const datelineWords = /[来來]源\s*[:：]|[发發][布佈表](日期|[时時][间間]|于|於)|[浏瀏][览覽](量|次数|次數|数|數)?\s*[:：\d]|[阅閱][读讀]\s*[:：\d]|[点點][击擊阅閱](数|數|量|次数|次數|率)?\s*[:：\d]|最[后後]更新/;

/**
 * A dateline: a short line with a date or the words of one (`2020-11-26 08:27 来源：…`,
 * `发布时间：… 浏览次数：…`, `原创 … 2022-05-01 09:00 发表于北京`), and no sentence in it: a first
 * paragraph that opens with a date (`2023年4月28日，记者从…`) is not one.
 */
export function isDateline(line: string): boolean {
	return line.length <= 120 && (datePattern.test(line) || datelineWords.test(line)) && !/[。！？，]/.test(line);
}

/** Who reports: `记者`, `本报记者`, `新华社记者`, `特派记者`, `见习记者`, `实习生`, `通讯员` (also read by extractMetadata, to take the names). */
export const reporterLabel = '(?:本[报報刊]|新[华華]社|中新社|特[约約])?(?:特派|见习|見習)?[记記]者|实习生|實習生|通[讯訊][员員]';

/**
 * A byline that says it is one: a reporter (`本报记者 李四`, `新华社记者 张伟`, `記者 陳大文／台北報導`),
 * `文/…` or `文 | …`, `作者：…`, `撰文`, a correspondent, or a poet after a dynasty (`〔唐〕李白`).
 */
const bylinePattern = new RegExp(`^(${reporterLabel})|^(文|作者|撰文|撰稿|口述|整理)\\s*[/／:：|｜]|^[〔[【(（]\\s*\\p{Script=Han}{1,2}\\s*[〕\\]】)）]\\s*\\p{Script=Han}`, 'u');

/** A subtitle under a headline: `——记全国五一劳动奖章获得者…`. */
export function isSubtitle(line: string): boolean {
	return /^(——|—|--)/.test(line);
}

/** A byline that says it is one (`bylinePattern`), short and not a sentence: `记者从市总工会获悉，…。` is prose. */
export function isByline(line: string): boolean {
	return line.length <= 60 && bylinePattern.test(line) && !/[。！？]/.test(line);
}
