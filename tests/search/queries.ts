/**
 * The search-quality query set: what party workers type, with the documents that answer it.
 * A query scores a hit when any of `expect` ranks in the top positions. `glossary` stands for the
 * 名词解释 page; other ids are corpus entries (policies or templates). For a glossary term the text
 * that defines it is expected too: the answer card shows the definition, so that text ranks first.
 */
export type QueryKind =
	| 'term'
	| 'docNumber'
	| 'twoChar'
	| 'phrase'
	| 'multi'
	| 'newcomer'
	| 'traditional'
	| 'numeral'
	| 'docNumberSpelling'
	| 'nickname'
	| 'issuer'
	| 'typo'
	| 'partial'
	| 'glossary';

export interface QualityQuery {
	q: string;
	kind: QueryKind;
	expect: string[];
	/**
	 * What the top excerpt must contain when it is not the query itself (one of these): the corrected
	 * word for a typo, the simplified spelling for a traditional query, the 文号 for a nickname.
	 */
	excerpt?: string[];
}

export const QUERIES: readonly QualityQuery[] = [
	// Terms that recur across the texts.
	{ q: '三会一课', kind: 'term', expect: ['zhongbanfa-2015-51', 'glossary', 'qing-liangxin-2019-13', 'shanxi-shuangqiang-liuhao'] },
	{ q: '功能型党支部', kind: 'term', expect: ['qing-liangxin-2018-15', 'qinghai-guide', 'glossary'] },
	{ q: '一票否决', kind: 'term', expect: ['kexie-dangzufa-2016-81', 'pingdingshan-xuehui-dangjian-yijian'] },
	{ q: '差额选举', kind: 'term', expect: ['template-4', 'template-6'] },
	{ q: '双强六好', kind: 'term', expect: ['shanxi-shuangqiang-liuhao', 'glossary'] },
	{ q: '五个清', kind: 'term', expect: ['glossary', 'pingdingshan-xuehui-dangjian-yijian', 'kexie-dangzufa-2016-81'] },
	{
		q: '党建强会计划',
		kind: 'term',
		expect: [
			'kexie-dangzufa-2019-22',
			'glossary',
			'cast-2022-xuehui-dangjian-yaodian',
			'chongqing-2023-gongzuo-yaodian',
			'shanxi-shuangqiang-liuhao',
		],
	},
	{ q: '主题党日', kind: 'term', expect: ['glossary', 'chongqing-2023-gongzuo-yaodian', 'kexie-dangzufa-2019-22'] },
	{ q: '联合党支部', kind: 'term', expect: ['zhongzufa-2000-10', 'glossary'] },
	{ q: '党建工作指导员', kind: 'term', expect: ['qingbanfa-2018-9', 'glossary', 'zhongbanfa-2015-51'] },
	{ q: '四同步', kind: 'term', expect: ['glossary', 'kexie-dangzufa-2019-22', 'chongqing-2023-gongzuo-yaodian'] },
	{ q: '三重一大', kind: 'term', expect: ['kexie-dangzufa-2016-81', 'glossary', 'qinghai-guide'] },
	{ q: '示范点', kind: 'term', expect: ['qing-liangxin-2019-13', 'qing-kexie-shedangfa-2019-10'] },
	{ q: '届中调整', kind: 'term', expect: ['qinghai-guide'] },
	{ q: '承诺书', kind: 'term', expect: ['minhan-2016-257', 'glossary'] },
	{ q: '述职评议', kind: 'term', expect: ['glossary', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'qing-liangxin-2018-15'] },
	{ q: '一方隶属', kind: 'term', expect: ['glossary', 'qinghai-guide', 'zhongbanfa-2015-51', 'qing-kexie-dangfa-2018-12'] },
	// 文号.
	{ q: '中办发〔2015〕51号', kind: 'docNumber', expect: ['zhongbanfa-2015-51'] },
	{ q: '科协党组发〔2016〕81号', kind: 'docNumber', expect: ['kexie-dangzufa-2016-81'] },
	{ q: '晋科社行党发〔2019〕5号', kind: 'docNumber', expect: ['shanxi-shuangqiang-liuhao'] },
	{ q: '渝科协社党发〔2023〕11号', kind: 'docNumber', expect: ['chongqing-2023-gongzuo-yaodian'] },
	{ q: '民函〔2016〕257号', kind: 'docNumber', expect: ['minhan-2016-257'] },
	{ q: '青两新工委〔2018〕15号', kind: 'docNumber', expect: ['qing-liangxin-2018-15'] },
	{ q: '中组发〔2000〕10号', kind: 'docNumber', expect: ['zhongzufa-2000-10'] },
	{ q: '青科协社党发〔2019〕10号', kind: 'docNumber', expect: ['qing-kexie-shedangfa-2019-10'] },
	// Two-character words.
	{ q: '换届', kind: 'twoChar', expect: ['qinghai-guide', 'template-4', 'template-6'] },
	{ q: '补选', kind: 'twoChar', expect: ['template-7', 'template-9', 'template-8'] },
	{
		q: '党费',
		kind: 'twoChar',
		expect: ['qing-liangxin-2018-15', 'qing-liangxin-2019-13', 'qingbanfa-2018-9', 'zhongbanfa-2015-51', 'glossary'],
	},
	{ q: '到会', kind: 'twoChar', expect: ['template-6', 'template-9'] },
	{ q: '试点', kind: 'twoChar', expect: ['kexie-dangzufa-2019-22', 'chongqing-2023-gongzuo-yaodian'] },
	{ q: '差额', kind: 'twoChar', expect: ['template-4', 'template-6'] },
	{ q: '脱钩', kind: 'twoChar', expect: ['qingbanfa-2018-9', 'zhongbanfa-2015-51'] },
	// Phrases copied from clauses.
	{ q: '超过100名的成立基层党委', kind: 'phrase', expect: ['qinghai-guide'] },
	{ q: '联合组建单位原则上不得超过5家', kind: 'phrase', expect: ['qingbanfa-2018-9'] },
	{ q: '按照差额不低于20%的要求', kind: 'phrase', expect: ['template-4'] },
	{ q: '充分认识加强社会团体党的建设的重要性', kind: 'phrase', expect: ['zhongzufa-2000-10'] },
	{ q: '未建党组织原因清', kind: 'phrase', expect: ['pingdingshan-xuehui-dangjian-yijian', 'kexie-dangzufa-2016-81', 'glossary'] },
	{ q: '不接转组织关系', kind: 'phrase', expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12', 'glossary'] },
	{ q: '鼓励引导在涉及智能科技、生命健康、绿色低碳', kind: 'phrase', expect: ['chongqing-2023-gongzuo-yaodian'] },
	// Several words: all must occur.
	{ q: '换届 差额', kind: 'multi', expect: ['template-4', 'template-6'] },
	{ q: '功能型党支部 党费', kind: 'multi', expect: ['qing-liangxin-2018-15'] },
	{ q: '党组织书记 述职', kind: 'multi', expect: ['zhongbanfa-2015-51', 'qingbanfa-2018-9'] },
	{ q: '补选 等额', kind: 'multi', expect: ['template-7', 'template-9'] },
	// What a newcomer types.
	{ q: '成立党支部', kind: 'newcomer', expect: ['qinghai-guide', 'template-1', 'glossary'] },
	{ q: '党建工作写入章程', kind: 'newcomer', expect: ['glossary', 'qinghai-guide', 'qing-liangxin-2018-15'] },
	{ q: '学会党建工作要点', kind: 'newcomer', expect: ['cast-2022-xuehui-dangjian-yaodian', 'chongqing-2023-gongzuo-yaodian'] },
	{ q: '党员大会', kind: 'newcomer', expect: ['template-4', 'template-6', 'template-7', 'template-9', 'qinghai-guide'] },
	{ q: '青海 指南', kind: 'newcomer', expect: ['qinghai-guide'] },
	// Traditional characters (typed on a tw/hk input method).
	{ q: '黨支部', kind: 'traditional', expect: ['qing-liangxin-2018-15', 'template-1', 'qinghai-guide'], excerpt: ['党支部'] },
	{ q: '黨費繳納', kind: 'traditional', expect: ['qing-liangxin-2018-15'], excerpt: ['党费缴纳'] },
	{ q: '換屆選舉', kind: 'traditional', expect: ['template-4', 'template-6', 'qinghai-guide'], excerpt: ['换届选举'] },
	{ q: '聯合黨支部', kind: 'traditional', expect: ['zhongzufa-2000-10'], excerpt: ['联合党支部'] },
	// Numerals: digits or Chinese, 人 or 名, with or without a space: all four find the same clauses.
	{
		q: '三人以上',
		kind: 'numeral',
		expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'qing-liangxin-2018-15'],
		excerpt: ['3人以上', '三人以上', '3名以上', '三名以上'],
	},
	{
		q: '3人以上',
		kind: 'numeral',
		expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'qing-liangxin-2018-15'],
		excerpt: ['3人以上', '三人以上', '3名以上', '三名以上'],
	},
	{
		q: '三名以上',
		kind: 'numeral',
		expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'qing-liangxin-2018-15'],
		excerpt: ['3人以上', '三人以上', '3名以上', '三名以上'],
	},
	{
		q: '3 名以上',
		kind: 'numeral',
		expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'qing-liangxin-2018-15'],
		excerpt: ['3人以上', '三人以上', '3名以上', '三名以上'],
	},
	{ q: '５０名', kind: 'numeral', expect: ['qinghai-guide'], excerpt: ['50名'] },
	// 文号 typed the way people type it.
	{ q: '中办发(2015)51号', kind: 'docNumberSpelling', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '中办发[2015]51号', kind: 'docNumberSpelling', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '中办发【2015】51号', kind: 'docNumberSpelling', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '中办发（2015）51', kind: 'docNumberSpelling', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '中办发2015年51号', kind: 'docNumberSpelling', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '科协党组发 〔2016〕 81 号', kind: 'docNumberSpelling', expect: ['kexie-dangzufa-2016-81'], excerpt: ['科协党组发〔2016〕81号'] },
	{ q: '民函（２０１６）２５７号', kind: 'docNumberSpelling', expect: ['minhan-2016-257'], excerpt: ['民函〔2016〕257号'] },
	{ q: '青办发[2018]9号', kind: 'docNumberSpelling', expect: ['qingbanfa-2018-9'], excerpt: ['青办发〔2018〕9号'] },
	// Names people use that the texts do not: nicknames and issuer abbreviations.
	{ q: '51号文', kind: 'nickname', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '青海指南', kind: 'nickname', expect: ['qinghai-guide'], excerpt: ['科技社团'] },
	{ q: '257号文', kind: 'nickname', expect: ['minhan-2016-257'], excerpt: ['民函〔2016〕257号'] },
	{ q: '中组部', kind: 'issuer', expect: ['zhongzufa-2000-10'], excerpt: ['中组发〔2000〕10号'] },
	{ q: '中办', kind: 'issuer', expect: ['zhongbanfa-2015-51'], excerpt: ['中办发〔2015〕51号'] },
	{ q: '中组部 社会团体', kind: 'issuer', expect: ['zhongzufa-2000-10'], excerpt: ['社会团体'] },
	// Same-sound typos: the corrected word is searched and excerpted.
	{
		q: '三会一棵',
		kind: 'typo',
		expect: ['zhongbanfa-2015-51', 'qing-liangxin-2019-13', 'shanxi-shuangqiang-liuhao'],
		excerpt: ['三会一课'],
	},
	{
		q: '换界选举',
		kind: 'typo',
		expect: ['template-4', 'template-6', 'qinghai-guide', 'qing-kexie-shedangfa-2019-10'],
		excerpt: ['换届选举'],
	},
	{
		q: '主题当日',
		kind: 'typo',
		expect: ['kexie-dangzufa-2019-22', 'chongqing-2023-gongzuo-yaodian', 'qing-liangxin-2018-15'],
		excerpt: ['主题党日'],
	},
	{
		q: '应建仅建',
		kind: 'typo',
		expect: ['kexie-dangzufa-2016-81', 'zhongbanfa-2015-51', 'qingbanfa-2018-9', 'chongqing-2023-gongzuo-yaodian'],
		excerpt: ['应建尽建'],
	},
	// Several words, no text has all of them: the best partial matches.
	{
		q: '党建工作经费 来源',
		kind: 'partial',
		expect: [
			'qingbanfa-2018-9',
			'zhongbanfa-2015-51',
			'qing-liangxin-2018-15',
			'kexie-dangzufa-2016-81',
			'pingdingshan-xuehui-dangjian-yijian',
			'qinghai-guide',
		],
		excerpt: ['党建工作经费'],
	},
	{
		q: '联合党支部 党费缴纳',
		kind: 'partial',
		expect: ['zhongzufa-2000-10', 'qing-liangxin-2018-15'],
		excerpt: ['联合党支部', '党费缴纳'],
	},
	// Glossary terms and aliases: the defining text first (the glossary card shows the definition); an
	// alias the texts do not use (应建必建) is excerpted as the term they do use (应建尽建).
	{
		q: '党建指导员',
		kind: 'glossary',
		expect: ['qingbanfa-2018-9', 'chongqing-2023-gongzuo-yaodian', 'kexie-dangzufa-2019-22'],
		excerpt: ['党建指导员', '党建工作指导员'],
	},
	{ q: '两个覆盖', kind: 'glossary', expect: ['qinghai-guide', 'qing-kexie-dangfa-2018-12'] },
	{ q: '脱钩不脱管', kind: 'glossary', expect: ['zhongbanfa-2015-51', 'qingbanfa-2018-9'] },
	{ q: '临时党组织', kind: 'glossary', expect: ['zhongzufa-2000-10', 'qinghai-guide'] },
	{ q: '一岗双责', kind: 'glossary', expect: ['kexie-dangzufa-2019-22', 'chongqing-2023-gongzuo-yaodian'] },
	{
		q: '应建必建',
		kind: 'glossary',
		expect: ['kexie-dangzufa-2016-81', 'pingdingshan-xuehui-dangjian-yijian'],
		excerpt: ['应建必建', '应建尽建'],
	},
];
