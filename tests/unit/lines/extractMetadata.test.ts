import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../../src/lib/lines/extractMetadata.ts';
import type { Block, PassageRole } from '../../../src/lib/lines/blockSchema.ts';
import { segmentPassage } from '../../../src/lib/passages/segmentPassage.ts';
import { pid } from '../support/ids.ts';

let line = 0;
/** A passage block as buildText makes it. */
function passage(role: PassageRole, content: string): Block {
	line++;
	return { kind: 'passage', role, id: pid(`p${line}`), line, indent: '', trailing: '', segments: segmentPassage(content, pid(`p${line}`)).segments };
}
const editorLine = (text: string): Block => ({ kind: 'chrome', line: ++line, text, role: 'editor' });

describe('extractMetadata', () => {
	test('takes title, byline, date, outlet and editor from the header and the editor line', () => {
		const blocks = [
			passage('title', '大力弘扬劳模精神'),
			passage('byline', '王晓峰'),
			passage('dateline', '2020-11-26 08:27:11  来源:中工网-工人日报'),
			passage('paragraph', '正文。'),
			editorLine('编辑:迟语洋'),
		];
		expect(extractMetadata(blocks, undefined, 'x.txt')).toEqual({
			title: '大力弘扬劳模精神',
			author: '王晓峰',
			date: '2020-11-26',
			outlet: '中工网-工人日报',
			editor: '迟语洋',
			sourceUrl: null,
			from: { title: 'source', author: 'source', date: 'source', outlet: 'source', editor: 'source' },
		});
	});

	test.each([
		['2011年5月3日', '2011-05-03'],
		['2015/4/29 来源:某网', '2015-04-29'],
		['//example.com2015-04-29來源:中工網', '2015-04-29'],
		['2020.05.28 15:56', '2020-05-28'],
	])('reads the date of the dateline %j as %s', (dateline, date) => {
		expect(extractMetadata([passage('dateline', dateline)], undefined, 'x.txt').date).toBe(date);
	});

	test.each([
		['2020-05-28 15:56 來源: 編輯:供稿 瀏覽量:0', null],
		['2011-10-15 10:19:00 来源:临汾新闻网', '临汾新闻网'],
		['來源:中工網(wǎng)—《河北工人報》', '中工網—《河北工人報》'],
		['来源：人民网 作者：张三', '人民网'],
	])('reads the outlet of the dateline %j as %j', (dateline, outlet) => {
		expect(extractMetadata([passage('dateline', dateline)], undefined, 'x.txt').outlet).toBe(outlet);
	});

	test('reads the editor from the dateline when there is no editor line', () => {
		expect(extractMetadata([passage('dateline', '2020-05-28 來源: 編輯:供稿')], undefined, 'x.txt').editor).toBe('供稿');
	});

	test('reads the editor without the pinyin glosses a site inserted in the editor line', () => {
		expect(extractMetadata([editorLine('【責(zé)任編輯:陸超(chāo)】')], undefined, 'x.txt').editor).toBe('陸超');
	});

	test('prefers the first editor line to the dateline, and reads it inside brackets', () => {
		const blocks = [passage('dateline', '2020-05-28 來源: 編輯:供稿'), editorLine('【責任編輯:陸超】'), editorLine('責任編輯:另一人')];
		expect(extractMetadata(blocks, undefined, 'x.txt').editor).toBe('陸超');
	});

	test.each([
		['…開創新局面。(作者:朱江浪)', '朱江浪'],
		['…服务群众。(作者系市直工委副书记 王文生)', '王文生'],
		['…服务群众。（作者系市直工委副书记 王文生）', '王文生'],
		['…(作者系全总劳动和经济工作部部长)', null],
	])('reads the author from the signature %j as %j when there is no byline', (last, author) => {
		const blocks = [passage('title', '标题'), passage('paragraph', '第一段。'), passage('paragraph', last)];
		expect(extractMetadata(blocks, undefined, 'x.txt').author).toBe(author);
	});

	test('prefers the byline to a signature', () => {
		const blocks = [passage('byline', '張躍峰'), passage('paragraph', '正文。(作者:別人)')];
		expect(extractMetadata(blocks, undefined, 'x.txt').author).toBe('張躍峰');
	});

	test('reads the title without its glosses', () => {
		expect(extractMetadata([passage('title', '凝聚發(fā)展合力')], undefined, 'x.txt').title).toBe('凝聚發展合力');
	});

	test('takes the title from the file name when no line is a title', () => {
		const result = extractMetadata([passage('paragraph', '正文。')], undefined, 'some_text.TXT');
		expect(result.title).toBe('some_text');
		expect(result.from).toEqual({ title: 'file-name' });
	});

	test('lets every sidecar field override the source and says so', () => {
		const blocks = [passage('title', '标题'), passage('byline', '王晓峰'), passage('dateline', '2020-11-26 来源:中工网')];
		const sidecar = { title: '另一个标题', author: '李四', date: '2021-01-02', outlet: '工人日报', editor: '王五', sourceUrl: 'https://example.org/' };
		expect(extractMetadata(blocks, sidecar, 'x.txt')).toEqual({
			...sidecar,
			from: { title: 'sidecar', author: 'sidecar', date: 'sidecar', outlet: 'sidecar', editor: 'sidecar', sourceUrl: 'sidecar' },
		});
	});

	test('gives null for everything it cannot find', () => {
		expect(extractMetadata([passage('title', '标题')], {}, 'x.txt')).toEqual({
			title: '标题',
			author: null,
			date: null,
			outlet: null,
			editor: null,
			sourceUrl: null,
			from: { title: 'source' },
		});
	});
	test.each([
		['作者：吴倩　来源：市总工会', '吴倩'],
		['作者：通讯员 吴佳琪 马骁　　来源：化学与材料学院　　发布时间：2023-11-20', '吴佳琪、马骁'],
		['作者：本报记者 李四 | 2023-04-28', '李四'],
	])('takes the names from the dateline %s', (dateline, author) => {
		const blocks = [passage('title', '标题'), passage('dateline', dateline), passage('paragraph', '正文。')];
		expect(extractMetadata(blocks, undefined, 'x.txt').author).toBe(author);
	});

	test.each([
		['发布时间：2023-04-28 10:00', '2023-04-28'],
		['2023年4月8日 08:15 | 来源：人民网', '2023-04-08'],
		['發布日期：112-05-01', '2023-05-01'],
		['發佈日期：113-06-04　　更新日期：113-06-05', '2024-06-04'],
		['民國99年5月1日 來源：中央社', '2010-05-01'],
		['发布时间：23-04-28', null],
		['发布时间：2015-13-45', null],
		['发布时间：2023-02-29', null],
	])('reads the date of the dateline %s as %s, and none that is not a day', (dateline, date) => {
		const blocks = [passage('title', '标题'), passage('dateline', dateline), passage('paragraph', '正文。')];
		expect(extractMetadata(blocks, undefined, 'x.txt').date).toBe(date);
	});
});
