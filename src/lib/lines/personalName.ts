import { convertScript } from '../script/convertScript.ts';

/**
 * Common Chinese surnames, in simplified script: the single ones that together cover most
 * people, and the compound ones. A line standing alone after a title is taken for its author's
 * name only when it starts with one of these (so `经一章` or `题西林壁` is not a name).
 */
const single =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
const compound = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '万俟', '闻人', '澹台', '公羊', '东郭', '呼延', '申屠'];
const singles = new Set([...single]);

/** A personal name alone: two to four Han characters after a common surname, or names joined by a middle dot. */
const shape = /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,6})$/u;

/**
 * Whether a line (white space aside) is a personal name on its own: a common surname and a given
 * name in either script, two or three characters after a single surname, up to four after a
 * compound one (`欧阳修`, `司马相如`); a transliterated name with a middle dot.
 * Chapter titles that end in 上 or 下 (`公孙丑上`, `梁惠王下`) are not names.
 */
export function isPersonalName(line: string): boolean {
	const name = line.replace(/\s/g, '');
	if (!shape.test(name)) return false;
	if (/[·•]/.test(name)) return true;
	if (/[上下]$/.test(name)) return false;
	const simplified = convertScript(name, 'hans');
	return compound.some((surname) => simplified.startsWith(surname)) || (singles.has(simplified[0]) && simplified.length <= 3);
}
