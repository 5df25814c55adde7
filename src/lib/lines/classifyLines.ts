import type { ChromeRole, PassageRole } from './blockSchema.ts';
import { chromeMatch, listHeaderPattern } from './chromeRole.ts';
import { isByline, isDateline, isProse, isSubtitle, isTruncated, readsAsText } from './lineShape.ts';
import { isPersonalName } from './personalName.ts';
import { stripGlosses } from '../passages/pinyin.ts';

/** What one source line is. */
export type LineClass = { kind: 'blank' } | { kind: 'chrome'; role: ChromeRole } | { kind: 'passage'; role: PassageRole };

/** Section numbering: 一、 / 第一、 / （一） / 第一章 / a lone 1–99 on its own line. */
const headingPattern = /^([一二三四五六七八九十百]+、|第[一二三四五六七八九十百\d]+([、,，:：\s]|[章节節回部篇])|[（(][一二三四五六七八九十]+[)）]|\d{1,2}$)/;
/** Section numbering alone, with no words after it: `1`, `三、`, `第二章`. */
const bareNumbering = /^(\d{1,2}|[一二三四五六七八九十百]+、?|第[一二三四五六七八九十百\d]+[章节節回部篇]?)$/;
/** A signature closing the text: `（作者系…）`, `(作者:…)`. */
export const attributionPattern = /[(（]\s*作者[^)）]*[)）]\s*$/;
/** Furniture that closes an article: what follows it is the page's footer. */
const closingRoles = new Set<ChromeRole>(['editor', 'copyright', 'contact', 'boilerplate']);

/**
 * Classifies every line of a source: a plain text, or a web page scraped to text. A line is set
 * aside as furniture only when it matches a furniture pattern (`chromeRole`), or when it is a label
 * that stands among furniture before the title or after the end of the article, or when it belongs
 * to a list of other articles or of comments after the end; a line that reads as text
 * (`readsAsText`: a sentence, a verse line, a quotation) is never set aside for where it stands
 * alone. When in doubt, a line is text.
 *
 * - The header is what comes before the first line of text: the title, bylines and datelines there
 *   (a title may read as text: it is the line the bylines and datelines follow).
 * - The article ends at its author's signature, or before the first closing furniture after it
 *   (an editor's line, a copyright or contact line, 上一篇, 相关新闻…).
 */
export function classifyLines(lines: string[]): LineClass[] {
	// Glosses only follow Han characters, so a line is blank exactly when its stripped text is empty.
	const text = lines.map((line) => stripGlosses(line).trim());
	const labelShaped = new Set<number>();
	const classes: LineClass[] = text.map((line, i) => {
		if (line === '') return { kind: 'blank' };
		const chrome = chromeMatch(line);
		if (chrome?.byLabelShape) labelShaped.add(i);
		if (chrome) return { kind: 'chrome', role: chrome.role };
		return { kind: 'passage', role: headingPattern.test(line) && line.length <= 60 ? 'heading' : 'paragraph' };
	});
	const walk = lineWalk(text, classes);
	const start = bodyStart(text, classes, walk);
	const title = classifyHeader(text, classes, start, walk);
	const end = bodyEnd(text, classes, start);
	keepLabelShapedInBody(classes, start, end, labelShaped, walk);
	setAsideLabels(text, classes, 0, title ?? -1, walk);
	setAsideFooter(text, classes, end, walk);
	return classes;
}

function passageRole(cls: LineClass): PassageRole | undefined {
	return cls.kind === 'passage' ? cls.role : undefined;
}

function isFurniture(cls: LineClass, role: ChromeRole): boolean {
	return cls.kind === 'chrome' && cls.role === role;
}

/** Finds the lines next to a line, counting blank lines as nothing. */
interface LineWalk {
	/** The nearest non-blank lines before and after a line. */
	neighbours(i: number): number[];
	/** The next `count` lines after a line that are neither blank, furniture nor a subtitle. */
	nextHeaderLines(i: number, count: number): number[];
}

function lineWalk(text: string[], classes: LineClass[]): LineWalk {
	const step = (i: number, direction: 1 | -1): number | undefined => {
		for (let j = i + direction; j >= 0 && j < text.length; j += direction) if (text[j] !== '') return j;
		return undefined;
	};
	return {
		neighbours: (i) => [step(i, -1), step(i, 1)].filter((j) => j !== undefined),
		nextHeaderLines(i, count) {
			const found: number[] = [];
			for (let j = step(i, 1); j !== undefined && found.length < count; j = step(j, 1)) {
				if (classes[j].kind === 'passage' && !isSubtitle(text[j])) found.push(j);
			}
			return found;
		},
	};
}

/** A header line: a dateline, or a byline that says it is one. */
function isHeaderLine(line: string): boolean {
	return isDateline(line) || isByline(line);
}

/**
 * Where the body starts: the first line of text that is not furniture, not a header line, and not
 * a title (a line of text the header lines follow closely), or a bare section number before prose.
 */
function bodyStart(text: string[], classes: LineClass[], walk: LineWalk): number {
	const first = text.findIndex((line, i) => {
		if (classes[i].kind !== 'passage' || isHeaderLine(line)) return false;
		if (bareNumbering.test(line)) return text.slice(i + 1, i + 4).some(isProse);
		return readsAsText(line) && !walk.nextHeaderLines(i, 2).some((j) => isHeaderLine(text[j]));
	});
	if (first >= 0) return first;
	// No line of text at all (a poem without punctuation, a list): a title, a byline, then the body.
	const lead = text.flatMap((_, i) => (classes[i].kind === 'passage' ? [i] : []));
	const second = text[lead[1]] ?? '';
	return lead[isHeaderLine(second) || isPersonalName(second) ? 2 : 1] ?? 0;
}

/**
 * Finds the title, bylines and datelines before the body, and returns the title's index.
 *
 * - On a web page (furniture before the body), the title is the last candidate the header lines
 *   follow, and every dateline and byline there is one; a name alone between another line and a
 *   header line is a byline (`标题 / 王晓峰 / 2020-11-26 来源…`).
 * - In a book or a poem (no furniture), the title is the first line, its header lines are those
 *   right after it, and a name alone right after it, before a blank line, a header line or the
 *   first line of the body (anything but another name), is its author (`静夜思 / 李白`); if that
 *   name heads more poems further on, the file is a collection and the first poem's title is not
 *   the file's.
 * - A label after the title standing with the header lines (a WeChat account's name) belongs to them.
 */
function classifyHeader(text: string[], classes: LineClass[], start: number, walk: LineWalk): number | undefined {
	const zone = [...Array(start).keys()].filter((i) => classes[i].kind === 'passage');
	const furniture = [...Array(start).keys()].filter((i) => classes[i].kind === 'chrome');
	const page = furniture.length > 0;
	const shaped = new Set(zone.filter((i) => isHeaderLine(text[i])));
	for (const i of zone) {
		if (shaped.has(i) || !isPersonalName(text[i])) continue;
		const [next] = walk.nextHeaderLines(i, 1);
		if (next !== undefined && shaped.has(next) && zone.some((j) => j < i && !shaped.has(j))) shaped.add(i);
	}
	const candidates = zone.filter((i) => !shaped.has(i) && !isSubtitle(text[i]) && !bareNumbering.test(text[i]) && text[i].length <= 80);
	// WeChat marks the line after its title 原创, and then gives the account's name and the date.
	const wechatTitle = candidates.find((i) => /^原[创創]$/.test(text[walk.neighbours(i).find((j) => j > i) ?? -1] ?? ''));
	const title = wechatTitle ?? (page
		? (candidates.filter((i) => walk.nextHeaderLines(i, 2).some((j) => shaped.has(j))).at(-1) ?? candidates.find((i) => i > Math.max(...furniture)) ?? candidates[0])
		: candidates[0]);
	// The header lines: on a page all of them; in a book those before the title and right after it.
	const header = page || title === undefined ? shaped : new Set([...shaped].filter((i) => i < title || contiguousAfter(title, i, shaped, text, walk)));
	// A name again further on: the file is a collection of one author's poems, and its first title is not the file's.
	const recurs = (i: number) => text.some((line, j) => j > i && line === text[i]);
	if (title !== undefined && !page) {
		const [next] = walk.nextHeaderLines(title, 1);
		const following = next === undefined ? undefined : walk.neighbours(next).find((j) => j > next);
		// A name is an author when the header ends after it: a blank line, a header line, or the first line
		// of the body, which a name is not (two names in a row are the start of a list, not a byline).
		const endsHeader = following === undefined || following > next + 1 || header.has(following) || recurs(next) || !isPersonalName(text[following]);
		if (next !== undefined && next < start + 2 && !header.has(next) && isPersonalName(text[next]) && endsHeader) header.add(next);
	}
	for (const i of header) classes[i] = { kind: 'passage', role: isDateline(text[i]) ? 'dateline' : 'byline' };
	if (title === undefined) return undefined;
	const byName = [...header].find((i) => i > title && isPersonalName(text[i]));
	if (byName !== undefined && recurs(byName)) return undefined;
	classes[title] = { kind: 'passage', role: 'title' };
	for (const i of candidates) {
		if (i <= title || header.has(i) || readsAsText(text[i])) continue;
		if (walk.neighbours(i).some((j) => header.has(j))) classes[i] = { kind: 'passage', role: 'dateline' };
	}
	return title;
}

/** Whether a header-shaped line follows the title with only header-shaped lines (and subtitles) between. */
function contiguousAfter(title: number, i: number, shaped: Set<number>, text: string[], walk: LineWalk): boolean {
	if (i < title) return false;
	for (let j = walk.nextHeaderLines(title, 1)[0]; j !== undefined && j <= i; j = walk.nextHeaderLines(j, 1)[0]) {
		if (j === i) return true;
		if (!shaped.has(j) && !isSubtitle(text[j])) return false;
	}
	return false;
}

/** Where the article ends: at its author's signature, or before the first closing furniture after the body starts. */
function bodyEnd(text: string[], classes: LineClass[], start: number): number {
	let last = start;
	for (let i = start; i < text.length; i++) {
		const cls = classes[i];
		if (cls.kind === 'blank') continue;
		if (cls.kind === 'chrome' && closingRoles.has(cls.role)) return last;
		if (attributionPattern.test(text[i])) return i;
		if (cls.kind === 'passage') last = i;
	}
	return text.length - 1;
}

/**
 * Inside the body, a run of lines that are furniture only by the shape of a label (bullets, a
 * heading that ends in 微博) with text on both sides is the text's own: a list, a heading. A run
 * that touches other furniture (a share bar: `分享到：` / `微信` / `微博`) stays furniture.
 */
function keepLabelShapedInBody(classes: LineClass[], start: number, end: number, labelShaped: Set<number>, walk: LineWalk): void {
	for (let i = start; i <= end; i++) {
		if (!labelShaped.has(i) || classes[i].kind !== 'chrome') continue;
		const run = [i];
		for (let j = walk.neighbours(i).find((k) => k > i); j !== undefined && labelShaped.has(j) && classes[j].kind === 'chrome'; j = walk.neighbours(j).find((k) => k > j!)) run.push(j);
		const before = walk.neighbours(run[0]).find((k) => k < run[0]);
		const after = walk.neighbours(run.at(-1)!).find((k) => k > run.at(-1)!);
		if (before !== undefined && after !== undefined && classes[before].kind === 'passage' && classes[after].kind === 'passage') {
			for (const j of run) classes[j] = { kind: 'passage', role: 'paragraph' };
		}
		i = run.at(-1)!;
	}
}

/**
 * Sets aside the labels (lines that do not read as text) in [from, to) that stand in a run of
 * furniture: each one next to furniture, counting blank lines as nothing, becomes furniture, and
 * so may the label next to it.
 */
function setAsideLabels(text: string[], classes: LineClass[], from: number, to: number, walk: LineWalk): void {
	// Datelines and bylines between a label and furniture do not break their run (a date line under a site's name).
	const isHeader = (j: number) => ['byline', 'dateline'].includes(passageRole(classes[j]) ?? '');
	const near = (i: number, direction: -1 | 1): number | undefined => {
		let j = walk.neighbours(i).find((k) => (direction < 0 ? k < i : k > i));
		while (j !== undefined && isHeader(j)) j = walk.neighbours(j).find((k) => (direction < 0 ? k < j! : k > j!));
		return j;
	};
	for (let changed = true; changed; ) {
		changed = false;
		for (let i = from; i < to; i++) {
			const cls = classes[i];
			if (cls.kind !== 'passage' || (cls.role !== 'paragraph' && cls.role !== 'heading') || readsAsText(text[i])) continue;
			if ([near(i, -1), near(i, 1)].some((j) => j !== undefined && j >= from && j <= to && classes[j].kind === 'chrome')) {
				classes[i] = { kind: 'chrome', role: 'site-label' };
				changed = true;
			}
		}
	}
}

/**
 * After the end of the article: the lines under a list header (`相关新闻`, `网友评论`) up to the next
 * furniture are that list's, a related article's summary (cut short with `……`, or under a bulleted
 * headline) is a teaser, labels standing among furniture are set aside, and a dateline there
 * (`最后更新：…`) is one. Any other line that reads as text stays text.
 */
function setAsideFooter(text: string[], classes: LineClass[], end: number, walk: LineWalk): void {
	let inList = false;
	for (let i = end + 1; i < text.length; i++) {
		const cls = classes[i];
		if (cls.kind === 'blank') continue;
		if (cls.kind === 'chrome') {
			inList = listHeaderPattern.test(text[i]) || (inList && cls.role === 'teaser');
			continue;
		}
		const [before] = walk.neighbours(i).filter((j) => j < i);
		const afterBullet = before !== undefined && before > end && isFurniture(classes[before], 'teaser');
		if (inList || isTruncated(text[i]) || (afterBullet && readsAsText(text[i]))) classes[i] = { kind: 'chrome', role: 'teaser' };
		else if (isDateline(text[i])) classes[i] = { kind: 'passage', role: 'dateline' };
	}
	setAsideLabels(text, classes, end + 1, text.length, walk);
	// A label right before a teaser is that teaser's headline (from the bottom up, so a run of them is).
	for (let i = text.length - 1; i > end; i--) {
		const cls = classes[i];
		if (cls.kind !== 'chrome' || cls.role !== 'site-label') continue;
		const after = walk.neighbours(i).find((j) => j > i);
		if (after !== undefined && isFurniture(classes[after], 'teaser')) classes[i] = { kind: 'chrome', role: 'teaser' };
	}
}
