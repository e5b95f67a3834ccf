/**
 * Everyday words → the words the texts use (reviewed data, pure). A query word in `words` is also
 * searched as each word in `corpus`, and the search says so (“按“阵地”检索”).
 *
 * How the table is made: each `corpus` word is the texts' own wording for a thing party workers
 * call otherwise; `where` names a clause that uses it. Entries come from reading the texts, not from
 * test queries. Rules: a `corpus` word must occur in the texts (tests/unit/search-synonyms.test.ts
 * checks every one against the corpus, and that each entry is applied); an everyday word that the
 * texts also use in another sense (地方 as in 地方党委, 负责人 as the society's head) is listed only
 * when the everyday sense is the common one in questions, and the word itself is still searched.
 */
export interface Synonym {
	/** What people type. */
	words: readonly string[];
	/** The texts' words for it, best first. */
	corpus: readonly string[];
	/** A clause that uses the corpus word (for review). */
	where: string;
}

export const SYNONYMS: readonly Synonym[] = [
	{
		words: ['地方', '场地', '房子', '屋子', '地点', '办公地点'],
		corpus: ['阵地', '活动场所', '场所'],
		where: '青海指南 第五部分 七、规范阵地建设',
	},
	{ words: ['活动室', '党员之家', '党建室'], corpus: ['阵地', '活动场所', '活动室'], where: '青两新工委〔2018〕15号 17.规范阵地设置' },
	{ words: ['钱', '资金', '费用', '开支', '花销'], corpus: ['经费'], where: '中办发〔2015〕51号 22.强化基础保障' },
	{ words: ['报销', '报帐', '记账'], corpus: ['报账', '经费管理'], where: '青海指南 第五部分 六、强化经费保证' },
	{ words: ['补贴', '补助', '报酬', '工资'], corpus: ['津贴'], where: '中办发〔2015〕51号 20.强化管理和激励' },
	{ words: ['一把手', '带头人', '领头人', '头儿'], corpus: ['书记'], where: '中办发〔2015〕51号 17.选优配强党组织书记' },
	{ words: ['负责人'], corpus: ['书记'], where: '青海指南 第四部分 二、党组织书记职责（党组织的负责人）' },
	{ words: ['班子', '班子成员'], corpus: ['委员会', '领导班子'], where: '青海指南 第三部分 一、1.（新一届党组织领导班子）' },
	{ words: ['批复', '同意', '报批', '批'], corpus: ['批准', '审批'], where: '青海指南 第二部分 三、1.（经上级党组织批准）' },
	{ words: ['开会', '开个会'], corpus: ['召开', '会议'], where: '青海指南 第五部分 一、3.（定期召开会议）' },
	{ words: ['交', '缴', '交钱'], corpus: ['交纳', '缴纳', '上交'], where: '青两新工委〔2018〕15号 9.党费缴纳' },
	{ words: ['选', '选出', '选出来', '推选'], corpus: ['选举', '产生', '选拔'], where: '青海指南模板4 三、选举办法' },
	{ words: ['补', '增补', '补人'], corpus: ['补选'], where: '青海指南模板7（委员补选的请示）' },
	{
		words: ['走了', '调走', '离职', '辞职', '出缺'],
		corpus: ['工作变动', '空缺', '缺额'],
		where: '青海指南模板7 二、（因工作变动，委员出现空缺）',
	},
	{ words: ['一届几年', '干几年', '届期'], corpus: ['任期', '届满'], where: '青两新工委〔2018〕15号 5.人员调整（不实行任期制）' },
	{ words: ['参会', '出席', '到场', '来开会'], corpus: ['到会'], where: '青海指南模板6（实到会有选举权党员）' },
	{ words: ['入党', '吸收党员', '发展新党员'], corpus: ['发展党员'], where: '青两新工委〔2018〕15号 7.发展党员' },
	{
		words: ['转关系', '关系转', '转过来', '没转'],
		corpus: ['组织关系', '接转', '转入'],
		where: '青海指南 第二部分 二、（不接转组织关系）',
	},
	{ words: ['年终总结', '年度总结', '工作总结', '总结'], corpus: ['年度党建工作情况报告', '述职'], where: '青海指南 第四部分 二、5.' },
	{ words: ['打分', '评分', '考评'], corpus: ['考核', '评议'], where: '中办发〔2015〕51号 21.落实领导责任（述职评议考核）' },
	{ words: ['上课', '讲课', '学习'], corpus: ['党课', '培训', '学习教育'], where: '青两新工委〔2018〕15号 11.教育培训' },
	{ words: ['派', '派来', '派人', '下派'], corpus: ['选派', '派驻', '指派'], where: '青海指南 第二部分 三、6.（派驻党建工作指导员）' },
	{ words: ['上面', '上头'], corpus: ['上级'], where: '青海指南 第二部分 三、1.（经上级党组织批准）' },
	{ words: ['写进', '写到', '写上'], corpus: ['写入'], where: '青海指南 第五部分 五、推动党建工作写入章程' },
	{ words: ['留底', '做记录', '记下来'], corpus: ['记录', '存档'], where: '青海指南 第五部分 一、3.（会议如实记录存档）' },
	{ words: ['一起建', '合建', '共建党组织'], corpus: ['联合建立', '联建'], where: '青海指南 第二部分 三、1.（联合建立党组织）' },
	{ words: ['汇报', '上报'], corpus: ['报告', '请示'], where: '青海指南 第二部分 四、4.（以文件形式上报）' },
	{
		words: ['网上', '线上', '微信', '互联网'],
		corpus: ['信息化', '网络', '智慧党建'],
		where: '科协党组发〔2019〕22号 三、3.积极推进党建信息化建设',
	},
	{ words: ['报备', '登记一下'], corpus: ['备案'], where: '青两新工委〔2018〕15号 3.审批程序（报上级党组织备案）' },
	{ words: ['花名册', '党员名单'], corpus: ['党员名册'], where: '青两新工委〔2018〕15号 3.审批程序' },
	{ words: ['牌子', '挂牌', '标牌'], corpus: ['标识标牌'], where: '青两新工委〔2018〕15号 17.规范阵地设置' },
	{ words: ['旗子', '党旗党徽'], corpus: ['党旗'], where: '青海指南 第五部分 七、规范阵地建设' },
	{ words: ['解散', '撤销'], corpus: ['撤并', '注销'], where: '中办发〔2015〕51号 8.按单位建立党组织' },
	{ words: ['帮忙', '帮扶'], corpus: ['帮助', '指导'], where: '青两新工委〔2018〕15号 10.日常管理（帮助整改）' },
	{ words: ['评优', '评先', '先进'], corpus: ['表彰', '先进典型'], where: '中办发〔2015〕51号 23.抓好督促落实' },
	{ words: ['管事的人', '专人'], corpus: ['专人负责', '党建联系人'], where: '青海指南 第五部分 一、1.' },
	{ words: ['秘书长', '秘书处'], corpus: ['办事机构', '秘书处'], where: '青海指南 第五部分 一、1.（办事机构（秘书处））' },
	{ words: ['学会章程', '会章'], corpus: ['章程'], where: '青海指南 第五部分 五、推动党建工作写入章程' },
];

/** The synonyms of a word: the corpus words it stands for, or none. */
export function synonymsOf(word: string): readonly string[] {
	const entry = SYNONYMS.find((s) => s.words.includes(word));
	return entry ? entry.corpus.filter((c) => c !== word) : [];
}

/** Every word the table knows (everyday and corpus), for the segmenter: each must be read whole. */
export function synonymWords(): string[] {
	return [...new Set(SYNONYMS.flatMap((s) => [...s.words, ...s.corpus]))];
}
