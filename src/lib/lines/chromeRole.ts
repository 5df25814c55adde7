import type { ChromeRole } from './blockSchema.ts';
import { isByline, isDateline, readsAsText } from './lineShape.ts';

/** An editor's label: `责任编辑：`, `本版编辑:`, `責編：`, `审核：`… (also read by extractMetadata for the name). */
export const editorLabel = '(?:本版|本期|本文)?(?:责任编辑|責任編輯|值班编辑|值班編輯|编辑|編輯|责编|責編|审核|審核|审校|審校|校对|校對|编审|編審|美编|美編|排版|监制|監製|签发|簽發|初审|初審|复审|複審|终审|終審)\\s*[:：]';

/**
 * Furniture that is furniture wherever it stands and whatever else the line says: a copyright
 * notice, an ICP or 公安 registration, an editor's line, content-farm boilerplate. Written for kinds
 * of line seen on Chinese news, government, WeChat and blog pages, in both scripts, rather than
 * for one site; each is a phrase that ordinary prose does not use.
 */
const anywhere: [ChromeRole, RegExp][] = [
	['editor', new RegExp(`^[【\\[（(]?\\s*${editorLabel}|[【\\[]\\s*${editorLabel}[^】\\]]*[】\\]]\\s*$`)],
	['copyright', /copyright|©|版\s*[权權]\s*所\s*有|版[权權](声明|聲明)|免[责責](声明|聲明)|all rights reserved|[未非]\s*[经經].{0,12}授\s*[权權].{0,6}(不得|禁止|嚴禁|严禁)|不得[转轉][载載]|[转轉][载載][请請][注註]明|分辨率.{0,8}\d{3,4}\s*[*×xX]\s*\d{3,4}|\d{3,4}\s*[*×xX]\s*\d{3,4}.{0,4}分辨率|ICP\s*[备備证證]|[公网網]安[备備]|网站标识码|網站標識碼|Powered by/i],
	['boilerplate', /小[编編].{0,20}(整理|收集)/],
];

/**
 * Furniture by what it says, on a line that does not end as a sentence does: a site's sponsor,
 * a licence, a contact line. `可拨打举报电话：12345。` and `本次活动的主办单位是市总工会。` are text.
 */
const unlessSentence: [ChromeRole, RegExp][] = [
	['copyright', /[未非]\s*[经經].{0,12}授\s*[权權]|[许許]可[协協][议議]|CC BY|[主承][办辦]单位|[主承][辦办]單位|制作单位|製作單位|技[术術]支持\s*[:：]/i],
	['contact', /[\w.-]+@[\w-]+\.[a-z]{2,}|(?:[电電][话話]|[热熱][线線]|[传傳][真])\s*[:：]\s*[\d(（+]|(?:客服|投稿|[举舉][报報]|[查咨諮][询詢]|[联聯][系絡繫])\S{0,8}[:：].*\d{4}|^(联系我们|聯繫我們|聯絡我們)$|[|｜]\s*(联系我们|聯繫我們|聯絡我們)/i],
	['boilerplate', /供大家(参考|參考)/],
];

/** A line that ends as a sentence does: with 。！？ or an ellipsis, before any closing quotation mark or bracket. */
const sentenceEnd = /[。！？!?…][”’」』)）]?$/;

/** A share prompt: `分享`, `分享到：`, `分享到微信`, `分享　收藏　在看` (not `分享发展成果`). */
const sharePattern = /^分享(到|至)?\s*[:：]|^分享(到|至)[\p{Script=Han}\s]{0,10}$|^(分享|在看|点赞|點讚|赞赏|讚賞|写留言|寫留言|阅读原文|閱讀原文|转发|轉發)([\s　]|[:：]?$)/u;

/** At most how many characters a line has for `short` to apply. */
const shortLine = 20;
/**
 * Furniture recognised by its shape on a short line (at most `shortLine` characters) that does not
 * end as a sentence, even one with punctuation in it: `分享到：`, `扫一扫，分享到手机`, `【字号 大 中 小】`.
 * `分享是一种美德。` and `他用手机扫码付了钱。` are text.
 */
const short: [ChromeRole, RegExp][] = [
	['share', sharePattern],
	['qr-code', /[点點][击擊][蓝藍]字|[扫掃]一[扫掃]|[扫掃](描)?(二[维維])?[码碼](关注|關注|阅读|閱讀|下载|下載|分享|[进進]入|打开|打開|[观觀]看|[识識][别別]|[访訪][问問])|二[维維][码碼]$|[长長]按(二[维維][码碼])?[识識][别別]|^[关關]注(该|該|我们|我們)?(公众号|公眾號)$/],
	['widget', /^[【[]?\s*字[号號体體]|[【[]\s*字[号號体體]|[大中小]字[号號体體]|字[号號体體]\s*[:：]?\s*[大中小]|^[【[]?\s*(打印|关闭|關閉|纠错|糾錯|收藏|大|中|小)\s*[】\]]|(打印|关闭|關閉|收藏|返回)(本[页頁]|窗口|[顶頂]部|上[页頁]|首[页頁])|^((打印|收藏|分享|关闭|關閉|纠错|糾錯)[\s　]*)+$|^(默[认認]|返回|订阅电子报|訂閱電子報)$/],
	['boilerplate', /^[×✕]$|^(上一篇|下一篇|上一[条條]|下一[条條]|原[创創]$)/],
	// The accessibility anchor Taiwan's government sites put before each region (`:::`), which ends in a colon.
	['navigation', /^:::$/],
];

/**
 * The header of a list of other articles or of readers' comments, which the lines after it
 * belong to: `相关新闻`, `延伸阅读`, `往期推荐`, `更多专栏`, `网友评论`, `评论 (1)`…
 */
export const listHeaderPattern = /^(相[关關](阅读|閱讀|文章|新[闻聞]|稿件|推荐|推薦|报道|報導|专题|專題)|延伸[阅閱][读讀]|推荐[阅閱][读讀]|推薦[閱阅][讀读]|往期(推荐|推薦|回[顾顧]|精彩)|更多\p{Script=Han}{0,6}|[热熱](门|門|点|點)(推荐|推薦|新[闻聞]|文章)|猜你喜[欢歡]|喜[欢歡]此[内內]容的人[还還]喜[欢歡]|[网網]友[评評][论論]|我要[评評][论論]|[读讀]者[评評][论論]|[评評][论論]\s*[(（]?\d*[)）]?|留言板)\s*[:：]?$/u;

/**
 * Furniture recognised by its shape, on lines that do not read as text (`readsAsText`): widgets,
 * share and follow prompts, QR-code captions, navigation and search, bullets of a related list,
 * tags, the marks of a WeChat page. A sentence that mentions sharing or a QR code is text.
 */
const onLabels: [ChromeRole, RegExp][] = [
	['share', sharePattern],
	['qr-code', /(微信|微博|抖音|[头頭][条條]|公众号|公眾號)$|客[户戶]端$/],
	['navigation', /^(网站|網站)?(首[页頁]|[当當]前位置|您的位置|您[现現]在的位置|[现現]在位置)|\s[|｜]\s|[>»]\s*正文|>>|^[^\s>]{1,10}(\s*[>＞»]\s*[^\s>]{1,10})+$|[请請][输輸]入[关關][键鍵]|站[内內]搜索|^搜索$|上一版|下一版|^(热门|熱門|热搜|熱搜)\s*[:：]/],
	['teaser', /^\s*[•·●▪◆■]\s*/],
	['boilerplate', /^(收[录錄]于|收錄於|[关關][键鍵](词|詞|字)\s*[:：]|[标標][签籤]\s*[:：]|tags?\s*[:：]|上一篇|下一篇|上一[条條]|下一[条條])|^#\S+([\s　]+#\S+)*$/i],
];

/**
 * The furniture role a line matches, if any: first what is furniture anywhere, then what is by
 * what it says on a line that is not a sentence, then by its shape on a short line, then by its
 * shape on a line that does not read as text. A dateline or a byline (`2023年04月28日08:15 | 来源：人民网`,
 * `文 | 周晓`) is furniture only by the first kind of pattern.
 */
export function chromeRole(line: string): ChromeRole | undefined {
	return chromeMatch(line)?.role;
}

/**
 * `chromeRole`, and whether the line is furniture only by the shape of a label (the last kind of
 * pattern: a bullet, a line ending in 微信, a breadcrumb), which a heading of the text may share.
 */
export function chromeMatch(line: string): { role: ChromeRole; byLabelShape: boolean } | undefined {
	const text = line.trim();
	const match = (patterns: [ChromeRole, RegExp][]) => patterns.find(([, pattern]) => pattern.test(text))?.[0];
	const found = (role: ChromeRole | undefined, byLabelShape = false) => (role ? { role, byLabelShape } : undefined);
	const strong = match(anywhere);
	if (strong || isDateline(text) || isByline(text)) return found(strong);
	if (sentenceEnd.test(text)) return undefined;
	if (listHeaderPattern.test(text)) return found('boilerplate');
	const byWords = match(unlessSentence) ?? (text.length <= shortLine ? match(short) : undefined);
	return byWords ? found(byWords) : found(readsAsText(text) ? undefined : match(onLabels), true);
}
