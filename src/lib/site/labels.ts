import { convertScript } from '../script/convertScript.ts';
import type { EmendationMethod } from '../passages/emendationSchema.ts';
import type { Script } from '../script/scriptSchema.ts';

/** Every piece of site chrome, written once in simplified script; the traditional site converts it. */
const simplified = {
	home: '文库',
	glossary: '术语表',
	about: '编辑说明',
	skipToText: '跳到正文',
	scriptSwitch: '字体',
	hans: '简体',
	hant: '繁体',
	original: '原文',
	originalEdition: '本页是原文，按来源的字体（{script}）呈现，仅作了下方列出的校勘。',
	convertedEdition: '本页由{script}原文经 OpenCC 机器转换而成，可能有转换错误。',
	readOriginal: '阅读原文',
	author: '作者',
	date: '日期',
	outlet: '来源',
	editor: '责任编辑',
	script: '原文字体',
	length: '字数',
	title: '标题',
	showReadings: '显示来源注音',
	paragraph: '第{n}段',
	emendation: '校勘',
	note: '注释',
	redaction: '略',
	redactionExplained: '来源在此处以“{source}”代替了一个名称，原文未公开。',
	close: '关闭',
	sourceReading: '来源原文',
	correctedReading: '校订',
	method: '方法',
	reason: '理由',
	notes: '注释与校勘',
	provenance: '来源与处理',
	sourceFile: '来源文件',
	encoding: '编码',
	sha256: 'SHA-256',
	sourceUrl: '原网址',
	unknown: '不详',
	suppliedByEditor: '编者补',
	fromFileName: '取自文件名',
	editorNote: '编者附注',
	dateline: '来源日期行',
	chromeRemoved: '从网页中分离的杂项（{n} 行）',
	line: '第{n}行',
	emendations: '校勘记',
	noEmendations: '无。',
	glossaryEntry: '术语表条目',
	occurrences: '出现于',
	notFound: '找不到此页',
	notFoundBody: '此地址没有页面。请从文库目录进入。',
	english: 'English',
	publisher: '编者',
	licence: '许可',
	repository: '仓库',
} as const;

type LabelKey = keyof typeof simplified;
/** Every piece of site chrome, in one script. */
export type Labels = Record<LabelKey, string>;

const traditional = Object.fromEntries(Object.entries(simplified).map(([key, text]) => [key, convertScript(text, 'hant')])) as Labels;

/** The site's labels in a script. */
export function labelsFor(script: Script): Labels {
	return script === 'hans' ? simplified : traditional;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The BCP 47 tag of a script. */
export function langOf(script: Script): 'zh-Hans' | 'zh-Hant' {
	return script === 'hans' ? 'zh-Hans' : 'zh-Hant';
}

/** How an emendation was made, in English (the notes' reasons are English too). */
const methodLabels: Record<EmendationMethod, string> = {
	'gb18030-realignment': 'automatic: GBK bytes re-paired (GB18030)',
	'html-entity': 'automatic: HTML entity restored',
	editorial: 'editorial',
};

/** An emendation's method, in words, as its note shows it. */
export function methodLabel(method: EmendationMethod): string {
	return methodLabels[method];
}
