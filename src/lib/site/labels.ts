import { convertScript } from '../script/convertScript.ts';
import type { EmendationMethod } from '../passages/emendationSchema.ts';
import type { Script } from '../script/scriptSchema.ts';

export { langOf } from './langOf.ts';

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
	paragraph: '段落',
	passageLink: '段落 {id} 的链接',
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
	downloads: '下载',
	plainText: '纯文本（{script}，每行一段，行首为段落编号）',
	editionRecordFile: '版本记录（JSON）',
	search: '搜索',
	searchCorpus: '搜索全文',
	searchHint: '按 / 键搜索',
	searchHelp: '输入词语或句子，简体繁体皆可。几个词用空格隔开，找同时含有它们的段落；加引号（"…"）找连在一起的原句。',
	searchNeedsScript: '搜索需要在浏览器中启用 JavaScript。',
	searchLoading: '正在载入搜索索引……',
	searchSlow: '网络较慢，搜索索引仍在载入……',
	searchFailed: '搜索索引载入失败：{reason}',
	searchEmpty: '请输入要查找的词语。',
	searchTooLong: '查询太长（最多 {n} 字）。要查找一整段引文，请用下方的“核对引文”。',
	results: '找到 {n} 段，出自 {texts} 篇',
	searchResults: '搜索结果',
	searchForm: '搜索全文',
	resultsPassages: '找到 {n} 段',
	heading: '小标题',
	noResults: '没有找到含有“{query}”的段落。',
	tryEachTerm: '分开查找：',
	tryQuoteCheck: '要查找相近的句子，可用“核对引文”：',
	sort: '排序',
	sortRelevance: '相关度',
	sortNewest: '日期，新的在前',
	sortOldest: '日期，旧的在前',
	filters: '筛选',
	filterText: '文章',
	filterYear: '年份',
	moreResults: '显示更多结果',
	resultsNavigation: '用 ↑ ↓ 键在结果间移动',
	quoteCheck: '核对引文',
	quoteCheckHelp: '粘贴一段引文（最多 {n} 字），查出它出自哪一段，并逐字标出与原文的不同：字体、标点、改动或漏掉的字。',
	quoteLabel: '引文',
	checkQuote: '核对',
	quoteTooShort: '引文太短：至少需要 {n} 个字。',
	quoteTooLong: '引文太长：最多 {n} 字。',
	quoteNotFound: '文库中没有找到这段引文出自的段落。',
	quoteExact: '引文与原文一字不差。',
	quoteScript: '引文与原文相同，只是字体不同（{script}）。',
	quotePunctuation: '引文的文字与原文相同，标点或空格不同。',
	quoteDifferent: '引文与原文有出入：改动 {changed} 字，漏掉 {dropped} 字，多出 {added} 字。',
	quoteSource: '出自',
	quoteDropped: '原文有、引文漏掉',
	quoteAdded: '引文有、原文没有',
	quoteKey: '标记说明',
	cite: '引用',
	citeText: '引用本文',
	citePassage: '引用段落 {id}',
	citeStyle: '引用格式',
	citationNote: '脚注',
	citationInText: '文内引用',
	bibliographyEntry: '参考文献',
	copy: '复制',
	copied: '已复制。',
	copyFailed: '无法复制：{reason}',
	copyWithCitation: '复制引文及出处',
	copyQuoteLink: '复制引文链接',
	quoteInOriginal: '原文（{script}）',
	accessed: '访问日期：{date}（今天）',
	release: '版本：{release}（文库版本与本文内容的校验码）',
	citeLoading: '正在排版引文……',
	citeFailed: '无法排版引文：{reason}',
	referenceFiles: '供文献管理软件导入：',
	quoteTools: '所选文字',
} as const;

type LabelKey = keyof typeof simplified;
/** Every piece of site chrome, in one script. */
export type Labels = Record<LabelKey, string>;

const traditional = Object.fromEntries(Object.entries(simplified).map(([key, text]) => [key, convertScript(text, 'hant')])) as Labels;

/** The site's labels in a script. */
export function labelsFor(script: Script): Labels {
	return script === 'hans' ? simplified : traditional;
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
