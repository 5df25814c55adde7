/** The search test's queries, also measured by `npm run bench` (scripts/bench/searchQuality.ts). */

/**
 * The queries, in simplified; each runs in traditional too (the project's converter writes it).
 * `terms` are the runs a passage must hold: the query itself, or its space-separated words.
 */
export const queries: { kind: string; query: string; terms?: string[] }[] = [
	// Words and phrases.
	{ kind: 'word', query: '劳模精神' },
	{ kind: 'word', query: '工匠精神' },
	{ kind: 'word', query: '排头兵' },
	{ kind: 'word', query: '组工干部' },
	{ kind: 'word', query: '工人阶级' },
	{ kind: 'word', query: '劳动模范' },
	{ kind: 'word', query: '基层党组织' },
	{ kind: 'word', query: '主力军' },
	{ kind: 'word', query: '疫情防控' },
	// Runs that cross word boundaries.
	{ kind: 'cross-boundary', query: '型升级' },
	{ kind: 'cross-boundary', query: '模精' },
	{ kind: 'cross-boundary', query: '神品质' },
	{ kind: 'cross-boundary', query: '党组织要' },
	{ kind: 'cross-boundary', query: '当排头' },
	{ kind: 'cross-boundary', query: '者素质' },
	// Names of people and places.
	{ kind: 'name', query: '张跃峰' },
	{ kind: 'name', query: '王晓峰' },
	{ kind: 'name', query: '王文生' },
	{ kind: 'name', query: '习近平' },
	{ kind: 'name', query: '临汾' },
	{ kind: 'name', query: '马克思' },
	// Idioms and set phrases.
	{ kind: 'idiom', query: '雷厉风行' },
	{ kind: 'idiom', query: '咬定青山' },
	{ kind: 'idiom', query: '大张旗鼓' },
	{ kind: 'idiom', query: '理直气壮' },
	{ kind: 'idiom', query: '脱颖而出' },
	{ kind: 'idiom', query: '字字千钧' },
	// Words inside spans the pipeline repaired (GB18030 realignment in the traditional originals).
	{ kind: 'repaired', query: '爱岗敬业' },
	{ kind: 'repaired', query: '围绕中心' },
	{ kind: 'repaired', query: '兼备' },
	{ kind: 'repaired', query: '真心交谈' },
	// Quoted phrases: matched as one run, punctuation and spaces inside aside.
	{ kind: 'quoted', query: '"劳模精神、劳动精神"', terms: ['劳模精神、劳动精神'] },
	{ kind: 'quoted', query: '"争当 排头兵"', terms: ['争当排头兵'] },
	{ kind: 'quoted', query: '“再造新临汾”', terms: ['再造新临汾'] },
	// Several terms: passages holding all of them, anywhere.
	{ kind: 'several terms', query: '劳模 工匠', terms: ['劳模', '工匠'] },
	{ kind: 'several terms', query: '劳动 群众 精神', terms: ['劳动', '群众', '精神'] },
	{ kind: 'several terms', query: '排头兵 服务', terms: ['排头兵', '服务'] },
	{ kind: 'several terms', query: '工会 职工', terms: ['工会', '职工'] },
	// Single characters.
	{ kind: 'single character', query: '梅' },
	{ kind: 'single character', query: '竹' },
	{ kind: 'single character', query: '峰' },
	{ kind: 'single character', query: '兰' },
];
