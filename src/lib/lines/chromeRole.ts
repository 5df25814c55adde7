import type { ChromeRole } from './blockSchema.ts';

/** An editor's label: `责任编辑：`, `编辑:`, `責編：`… (also read by extractMetadata for the name). */
export const editorLabel = '(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\\s*[:：]';

/**
 * Patterns of scraped-page furniture, checked in order. Each is written for a kind of line seen on
 * Chinese news and content sites, in both scripts, rather than for one site.
 */
const chromePatterns: [ChromeRole, RegExp][] = [
	['editor', new RegExp(`^[【\\[]?\\s*${editorLabel}`)],
	['copyright', /copyright|©|版\s*[权權]\s*所\s*有|版[权權](声明|聲明)|免[责責](声明|聲明)|all rights reserved|未\s*[经經].*授\s*[权權]|分辨率/i],
	['contact', /客服|投稿|[邮郵]箱|[举舉][报報][电電][话話]|[电電][话話]\s*[:：]|[\w.-]+@[\w-]+\.[a-z]{2,}/i],
	['share', /^分享(到)?\s*[:：]?|^(更多|收藏|打印|[关關][闭閉])$/],
	['qr-code', /[扫掃][码碼]|二[维維][码碼]|(微信|微博|抖音|快手|[头頭]条|[头頭]條)$|客[户戶]端$/],
	['navigation', /^(首[页頁]|[当當]前位置|您的位置)|\s[|｜]\s|[>»]\s*正文/],
	['teaser', /^\s*[•·●▪◆■]\s*/],
	['boilerplate', /小[编編]|供大家参考|供大家參考|^[×✕]$|^(上一篇|下一篇|相[关關](阅读|閱讀|文章|新[闻聞]))/],
];

/** The chrome role a line's text matches, if any. */
export function chromeRole(line: string): ChromeRole | undefined {
	const text = line.trim();
	return chromePatterns.find(([, pattern]) => pattern.test(text))?.[0];
}
