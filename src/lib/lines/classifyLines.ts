import { chromeRole } from './chromeRole.ts';
import { stripGlosses } from '../passages/pinyin.ts';
import { datePattern } from './datePattern.ts';
import type { ChromeRole, PassageRole } from './blockSchema.ts';

/** What one source line is. */
export type LineClass = { kind: 'blank' } | { kind: 'chrome'; role: ChromeRole } | { kind: 'passage'; role: PassageRole };

const datelinePattern = /来源|來源|发布时间|發布時間|发表时间|發表時間/;
/** Section numbering: 一、 / 第一、 / （一） / 第一章 / a lone 1–99 on its own line. */
const headingPattern = /^([一二三四五六七八九十百]+、|第[一二三四五六七八九十百\d]+([、,，:：\s]|[章节節回部篇])|[（(][一二三四五六七八九十]+[)）]|\d{1,2}$)/;
/** A signature closing the text: `（作者系…）`, `(作者:…)`. */
export const attributionPattern = /[(（]\s*作者[^)）]*[)）]\s*$/;
const sentencePunctuation = /[。！？，,；;！]/;
/** A personal name on its own line: two to four Han characters, possibly with a middle dot. */
const namePattern = /^\p{Script=Han}{1,2}[·•]?\p{Script=Han}{1,3}$/u;

/**
 * Classifies every line of a scraped page. The body is the run from the first line of prose (or a
 * section heading) to the author's signature, or to the first editor, copyright or contact line
 * after it, or else to the last prose line. Before the body, a title, byline and dateline are
 * recognised and everything else is chrome; after the body, everything is chrome. Inside the body,
 * lines matching a chrome pattern are still chrome, so a share widget mid-article is set aside too.
 */
export function classifyLines(lines: string[]): LineClass[] {
	// Glosses only follow Han characters, so a line is blank exactly when its stripped text is empty.
	const text = lines.map((line) => stripGlosses(line).trim());
	const roles = text.map((line) => (line === '' ? undefined : chromeRole(line)));
	const start = findBodyStart(text, roles);
	const end = findBodyEnd(text, roles, start);
	const classes: LineClass[] = lines.map((_, i) => {
		if (text[i] === '') return { kind: 'blank' };
		const role = roles[i];
		if (role) return { kind: 'chrome', role };
		if (i < start || i > end) return { kind: 'chrome', role: i > end && isProse(text[i]) ? 'teaser' : 'site-label' };
		return { kind: 'passage', role: headingPattern.test(text[i]) && text[i].length <= 60 ? 'heading' : 'paragraph' };
	});
	classifyHeader(text, classes, start);
	markTeaserHeadlines(classes, end);
	return classes;
}

function isProse(line: string): boolean {
	return (line.length >= 40 && sentencePunctuation.test(line)) || (line.length >= 20 && /[。！？]$/.test(line));
}

function isDateline(line: string): boolean {
	return line.length <= 120 && (datePattern.test(line) || datelinePattern.test(line));
}

function findBodyStart(text: string[], roles: (ChromeRole | undefined)[]): number {
	const prose = text.findIndex((line, i) => line !== '' && !roles[i] && (isProse(line) || isSectionStart(text, i)));
	if (prose >= 0) return prose;
	// No prose at all (a poem, a list): the body starts after a short title, byline and dateline.
	let i = 0;
	let headerLines = 0;
	while (i < text.length && (text[i] === '' || (headerLines < 3 && (i === 0 || isDateline(text[i]) || namePattern.test(text[i]))))) {
		if (text[i] !== '') headerLines++;
		i++;
	}
	return i < text.length ? i : 0;
}

/** A heading line with prose following it within three lines. */
function isSectionStart(text: string[], i: number): boolean {
	return headingPattern.test(text[i]) && text.slice(i + 1, i + 4).some(isProse);
}

function findBodyEnd(text: string[], roles: (ChromeRole | undefined)[], start: number): number {
	let lastProse = start;
	for (let i = start; i < text.length; i++) {
		if (text[i] === '') continue;
		const role = roles[i];
		if (role === 'editor' || role === 'copyright' || role === 'contact') return lastProse;
		if (attributionPattern.test(text[i])) return i;
		if (!role) lastProse = i;
	}
	return lastProse;
}

/**
 * Finds title, byline and dateline among the lines before the body. A page title that repeats the
 * headline with the site's name appended (`标题-栏目-网站`) is chrome; the headline is the title.
 */
function classifyHeader(text: string[], classes: LineClass[], start: number): void {
	const candidates = [...Array(start).keys()].filter((i) => classes[i].kind === 'chrome' && classes[i].role === 'site-label');
	const dateline = candidates.find((i) => isDateline(text[i]));
	if (dateline !== undefined) classes[dateline] = { kind: 'passage', role: 'dateline' };
	const titled = candidates.filter((i) => i !== dateline && text[i].length <= 60 && !sentencePunctuation.test(text[i].slice(-1)));
	const headline = titled.find((i) => titled.some((j) => j < i && text[j].length > text[i].length && text[j].startsWith(text[i])));
	const title = headline ?? titled.find((i) => dateline === undefined || i < dateline);
	if (title === undefined) return;
	classes[title] = { kind: 'passage', role: 'title' };
	const byline = candidates.find((i) => i > title && i !== dateline && namePattern.test(text[i].replace(/\s/g, '')));
	if (byline !== undefined && (dateline === undefined || byline < dateline || byline === title + 1 || byline === title + 2)) {
		classes[byline] = { kind: 'passage', role: 'byline' };
	}
}

/** A short footer line right before a teaser paragraph is that teaser's headline. */
function markTeaserHeadlines(classes: LineClass[], end: number): void {
	for (let i = classes.length - 1; i > end; i--) {
		const current = classes[i];
		if (current.kind !== 'chrome' || current.role !== 'site-label') continue;
		const next = classes.slice(i + 1).find((c) => c.kind !== 'blank');
		if (next?.kind === 'chrome' && next.role === 'teaser') classes[i] = { kind: 'chrome', role: 'teaser' };
	}
}
