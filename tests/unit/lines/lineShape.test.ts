import { describe, expect, test } from 'vitest';
import { isByline, isDateline, isSubtitle, isTruncated, readsAsText } from '../../../src/lib/lines/lineShape.ts';

describe('readsAsText', () => {
	test.each([
		['知足者富。', 'a saying'],
		['床前明月光，', 'a verse line'],
		['面对经济下行压力和日趋严峻的疫情防控形势,全市劳动群众', 'an ASCII comma in Chinese prose'],
		['全县上下要营造关心、支持、培养劳模的浓厚氛围;', 'an ASCII semicolon at the end'],
		['Hello, world', 'an ASCII comma before a space'],
		['子曰：', 'a colon before a quotation'],
		['“干就完了！”', 'dialogue'],
		['「嗯」', 'an opening quotation mark'],
		['（完）', 'a remark in brackets'],
	])('%s reads as text (%s)', (line) => expect(readsAsText(line)).toBe(true));

	test.each([
		['静夜思', 'a title'],
		['王小明', 'a name'],
		['【字号 大 中 小】', 'a widget'],
		['&amp;<Foo/>{globalThis.pwned = 1}', 'markup with a semicolon inside it'],
		['a=1;b=2', 'code'],
		['1.劳动光荣', 'a numbered heading'],
		['版本 1.5', 'a decimal number'],
	])('%s does not (%s)', (line) => expect(readsAsText(line)).toBe(false));
});

describe('isDateline', () => {
	test.each(['2023年04月28日08:15 | 来源：人民网－人民日报', '发布时间：2021-06-01 浏览次数：1024', '原创 陈静 劳动者之声 2022-05-01 09:00 发表于北京', '最后更新：2023-05-02', '發佈日期：113-06-04　　更新日期：113-06-05', '點閱次數：1,204', '点击：56'])('%s is a dateline', (line) =>
		expect(isDateline(line)).toBe(true),
	);
	test.each(['2023年4月28日，记者从市总工会获悉，全市共评出劳动模范一百名。', '劳动光荣', '建議使用 Chrome、Edge 最新版本瀏覽本網站', '点击蓝字　关注我们'])('%s is not', (line) => expect(isDateline(line)).toBe(false));
});

describe('isByline', () => {
	test.each(['本报记者 李四', '新华社记者 张伟', '见习记者 王小明', '实习生 许诺', '記者 陳大文／台北報導', '文/王小明', '作者：吴倩', '通讯员 赵六', '〔唐〕李白'])('%s is a byline', (line) => expect(isByline(line)).toBe(true));
	test.each(['记者从市总工会获悉，全市共评出劳动模范一百名。', '文化自信'])('%s is not', (line) => expect(isByline(line)).toBe(false));
});

test('subtitles and teasers', () => {
	expect(isSubtitle('——记全国劳动模范王小明')).toBe(true);
	expect(isSubtitle('劳动光荣')).toBe(false);
	expect(isTruncated('广大职工要立足本职……')).toBe(true);
	expect(isTruncated('广大职工要立足本职。')).toBe(false);
});
