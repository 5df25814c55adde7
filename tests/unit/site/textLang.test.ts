import { expect, test } from 'vitest';
import { langIfEnglish, textLang } from '../../../src/lib/site/textLang.ts';

test.each([
	["Title taken from the site's own introduction in line 1 (下面是小编为大家整理的2022年劳模座谈会讲话素材), which the pipeline keeps as chrome.", 'en'],
	['标题取自网站的导语（第1行），原文没有标题。', 'zh-Hans'],
	['標題取自網站的導語（第1行），原文沒有標題。', 'zh-Hant'],
	['据 Xinhua 的报道补出作者名字。', 'zh-Hans'],
])('the editor’s note %j is in %s', (note, lang) => {
	expect(textLang(note)).toBe(lang);
});

test.each([
	['Collected Essays of the Labour Movement', 'en'],
	['CC BY 4.0', 'en'],
	['中文文库', undefined],
	['中文文庫', undefined],
])('the corpus’s own words %j are marked as %s (Chinese takes the page’s language)', (words, lang) => {
	expect(langIfEnglish(words)).toBe(lang);
});
