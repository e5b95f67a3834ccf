/**
 * Question-style queries (issue 20): how party workers ask, not how the texts are written. Written
 * before the search was tuned, each with the clause that answers it; separate from the keyword set in
 * queries.ts. A third of them (`heldOut`) were set aside when they were written and are reported on
 * their own: the search was tuned on the others only, so the held-out figures are the honest check.
 *
 * `answer` lists what counts as answering, best first:
 * - `doc#anchor`: that clause of a text (a clause nested inside it counts too, e.g. s2-c4-i2 for s2-c4);
 * - `doc`: anywhere in that text (short words, pinyin of a word that recurs);
 * - `tool:<name>`: the answer card of that calculator (/tools/<name>/), with the query's numbers filled in.
 * `excerpt`: what the first result's excerpt (or the answer card) must show, one of these.
 * `absent` queries ask what no text in the corpus answers: no result may be marked as a verbatim match.
 */
import { BLIND_QUESTIONS } from './questions-blind.ts';

export type QuestionKind = 'question' | 'everyday' | 'pasted' | 'pinyin' | 'tool' | 'goto' | 'short' | 'absent';

export interface QuestionQuery {
	q: string;
	kind: QuestionKind;
	answer: string[];
	excerpt: string[];
	heldOut?: boolean;
	/**
	 * A second held-out batch, written by another engineer after the search was built and before it was
	 * measured or changed again (the answers found by reading the texts, not the search): reported on its
	 * own and never tuned on, since the first held-out third was in view while the search was tuned.
	 */
	fresh?: boolean;
	/**
	 * A third batch, written blind (questions-blind.ts): by an engineer who never saw the search's code,
	 * tuning data or figures. Reported on its own; never tuned on.
	 */
	blind?: boolean;
}

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
	question: '问句',
	everyday: '日常说法',
	pasted: '粘贴的条文（错字、标点不同）',
	pinyin: '拼音、中文夹数字',
	tool: '该用工具回答的问题',
	goto: '文号／简称加条款',
	short: '一两个字',
	absent: '语料中没有答案',
};

/** Clauses that hold 组织生活会 / texts that hold 三会一课: asked for in full pinyin and by initials alike. */
const ZUZHI_SHENGHUOHUI = [
	'zhongbanfa-2015-51#s5-c16',
	'qinghai-guide#p5-s2-c4',
	'qingbanfa-2018-9#s4-c16',
	'kexie-dangzufa-2016-81#s3-c9',
	'qing-liangxin-2018-15#c6',
	'pingdingshan-xuehui-dangjian-yijian#s3-c6',
];
const SANHUI_YIKE = [
	'zhongbanfa-2015-51',
	'qinghai-guide',
	'qingbanfa-2018-9',
	'kexie-dangzufa-2016-81',
	'qing-liangxin-2019-13',
	'shanxi-shuangqiang-liuhao',
];

const FIRST_AND_SECOND: readonly QuestionQuery[] = [
	// Questions, unspaced, with question words.
	{
		q: '几个正式党员可以成立党支部',
		kind: 'question',
		answer: [
			'qinghai-guide#p2-s3-c1',
			'qing-kexie-dangfa-2018-12#s2-u2-c1',
			'zhongbanfa-2015-51#s4-c8',
			'qingbanfa-2018-9#s3-c7',
			'zhongzufa-2000-10#s2',
		],
		excerpt: ['3人以上', '三名以上', '3名以上', '超过3名'],
	},
	{
		q: '党员人数超过多少要成立党委',
		kind: 'question',
		answer: ['qinghai-guide#p2-s3-c1', 'qing-kexie-dangfa-2018-12#s2-u2-c1'],
		excerpt: ['超过100名'],
	},
	{
		q: '功能型党支部能不能发展党员',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c7', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['不能发展党员', '不发展党员'],
		heldOut: true,
	},
	{
		q: '功能型党支部的党员党费交到哪里',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c9', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['交纳党费'],
	},
	{
		q: '学会党组织书记一般由谁担任',
		kind: 'question',
		answer: [
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'qing-liangxin-2018-15#c4',
		],
		excerpt: ['理事长担任', '负责人担任', '担任党组织书记', '担任党支部书记'],
	},
	{
		q: '党组织多长时间开一次会',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3'],
		excerpt: ['每半年召开一次', '定期召开会议'],
		heldOut: true,
	},
	{
		q: '党组织书记每年要述职吗',
		kind: 'question',
		answer: ['qinghai-guide#p5-s1-c4', 'qing-liangxin-2018-15#c15', 'zhongbanfa-2015-51#s6-c20', 'qingbanfa-2018-9#s5-c20'],
		excerpt: ['书面述职', '报告工作'],
	},
	{
		q: '换届选举候选人差额比例是多少',
		kind: 'question',
		answer: ['template-4#s3-c1', 'template-4#s2'],
		excerpt: ['20%'],
	},
	{
		q: '选举时到会人数要达到多少才有效',
		kind: 'question',
		answer: ['template-7#s3', 'template-6#original', 'template-9#original'],
		excerpt: ['80%', '五分之四'],
		heldOut: true,
	},
	{
		q: '党建工作经费从哪里来',
		kind: 'question',
		answer: [
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c22',
			'qinghai-guide#p5-s6',
			'qing-liangxin-2018-15#c16',
			'kexie-dangzufa-2016-81#s4-c11',
		],
		excerpt: ['管理费用列支', '经费保障机制', '筹措党建工作经费'],
	},
	{
		q: '社会组织成立登记时要交什么党建材料',
		kind: 'question',
		answer: ['minhan-2016-257#s1'],
		excerpt: ['承诺书'],
	},
	{
		q: '正式党员不足3人怎么办',
		kind: 'question',
		answer: ['qinghai-guide#p2-s3-c6', 'qing-kexie-dangfa-2018-12#s2-u2-c7', 'zhongzufa-2000-10#s2'],
		excerpt: ['不足3人'],
		heldOut: true,
	},
	{
		q: '联合建立党组织最多几家单位',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['不得超过5家'],
	},
	{
		q: '党支部书记副书记怎么选出来',
		kind: 'question',
		answer: ['template-4#s3-c2', 'template-4#s3-c1'],
		excerpt: ['等额选举'],
	},
	{
		q: '换届要报哪些材料',
		kind: 'question',
		answer: ['qinghai-guide#p3-s1-c1'],
		excerpt: ['模板4'],
		heldOut: true,
	},
	{
		q: '功能型党支部班子有没有任期',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c5'],
		excerpt: ['不实行任期制'],
	},
	{
		q: '党员交的党费能不能返还给社会组织党组织',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s6-c22', 'zhongbanfa-2015-51#s7-c22'],
		excerpt: ['全额返还', '全额下拨'],
	},
	{
		q: '书记每年参加几次培训',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c11'],
		excerpt: ['每年至少参加1次'],
		heldOut: true,
	},
	{
		q: '社会组织党建工作联席会议多久开一次',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s2-c6'],
		excerpt: ['每年至少召开1次'],
	},

	// Everyday words for what the texts name otherwise.
	{
		q: '党员活动的地方谁来提供',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s7',
			'qing-liangxin-2018-15#c17',
			'qing-liangxin-2018-15#c18',
			'qingbanfa-2018-9#s6-c23',
			'zhongbanfa-2015-51#s7-c22',
			'minhan-2016-257#s5',
		],
		excerpt: ['活动场所', '阵地', '场地'],
	},
	{
		q: '党建的钱怎么报销',
		kind: 'everyday',
		answer: ['qinghai-guide#p5-s6', 'qing-liangxin-2018-15#c16'],
		excerpt: ['报账制', '经费'],
	},
	{
		q: '党组织一把手从哪里选',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'qing-liangxin-2018-15#c4',
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
		],
		excerpt: ['内部产生', '理事长担任', '负责人中选拔'],
		heldOut: true,
	},
	{
		q: '成立支部要上级同意吗',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c1',
			'zhongbanfa-2015-51#s4-c8',
			'qingbanfa-2018-9#s3-c7',
			'qing-kexie-dangfa-2018-12#s2-u2-c1',
			'qinghai-guide#p2-s4-c5',
		],
		excerpt: ['上级党组织批准', '审批'],
	},
	{
		q: '委员走了一个缺额怎么补',
		kind: 'everyday',
		answer: ['template-7#s2', 'template-7#s3', 'template-7#original', 'qing-kexie-shedangfa-2019-10#c6', 'qinghai-guide#p3-s1-c1'],
		excerpt: ['补选'],
	},
	{
		q: '党员平时要参加哪些会',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s2-c4',
			'zhongbanfa-2015-51#s5-c16',
			'qingbanfa-2018-9#s4-c16',
			'kexie-dangzufa-2016-81#s3-c8',
			'qing-liangxin-2018-15#c6',
		],
		excerpt: ['三会一课'],
		heldOut: true,
	},
	{
		q: '学会章程里要写党建的内容吗',
		kind: 'everyday',
		answer: ['qinghai-guide#p5-s5', 'qing-liangxin-2018-15#c14', 'kexie-dangzufa-2016-81#s4-c13', 'chongqing-2023-gongzuo-yaodian#s2-c7'],
		excerpt: ['写入', '章程'],
	},
	{
		q: '理事长不是党员还能当书记吗',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'qing-liangxin-2018-15#c4',
		],
		excerpt: ['非中共党员', '不是党员'],
	},
	{
		q: '搞党务的人有补贴吗',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['津贴'],
		heldOut: true,
	},
	{
		q: '组织关系没转过来的党员在学会怎么过组织生活',
		kind: 'everyday',
		answer: ['qinghai-guide#p2-s2', 'qing-liangxin-2018-15#c1', 'kexie-dangzufa-2016-81#s3-c8', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['一方隶属', '未转入组织关系'],
	},
	{
		q: '党员活动室有什么标准',
		kind: 'everyday',
		answer: ['qingbanfa-2018-9#s6-c23', 'qing-liangxin-2018-15#c17', 'qinghai-guide#p5-s7'],
		excerpt: ['六有', '活动室', '阵地'],
	},
	{
		q: '上面派来帮助抓党建的人叫什么',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c6',
			'zhongbanfa-2015-51#s4-c11',
			'zhongbanfa-2015-51#s6-c18',
			'kexie-dangzufa-2016-81#s4-c11',
			'qing-kexie-dangfa-2018-12#s2-u2-c7',
			'qing-liangxin-2018-15#c10',
		],
		excerpt: ['指导员', '联络员'],
		heldOut: true,
	},
	{
		q: '开会要做记录存档吗',
		kind: 'everyday',
		answer: ['qinghai-guide#p5-s1-c3', 'qing-kexie-dangfa-2018-12#s4-u4'],
		excerpt: ['记录存档'],
	},

	// Clauses pasted from a message: other punctuation, none, or a typo.
	{
		q: '凡有三名以上正式党员的社会组织都要按照党章规定经上级党组织批准分别设立党委总支支部',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s4-c8'],
		excerpt: ['三名以上正式党员'],
	},
	{
		q: '规模小，党员少的学会可以本着就近就便原则联合建立党组织',
		kind: 'pasted',
		answer: ['qinghai-guide#p2-s3-c1', 'zhongbanfa-2015-51#s4-c10', 'qingbanfa-2018-9#s3-c9'],
		excerpt: ['就近就便'],
	},
	{
		q: '功能型党支部班子人选不实行认期制',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c5'],
		excerpt: ['不实行任期制'],
		heldOut: true,
	},
	{
		q: '社会组织应将党建工作经费纳入管理费用列支,可按照有关规定据实在企业所得税前扣除',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s7-c22', 'qingbanfa-2018-9#s6-c22'],
		excerpt: ['管理费用列支'],
	},
	{
		q: '坚持党建带群建，群建促党建',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s5-c13', 'qingbanfa-2018-9#s4-c13'],
		excerpt: ['党建带群建'],
	},
	{
		q: '按照有场所有设施有标志有党旗有书报有制度的六有标准',
		kind: 'pasted',
		answer: ['qingbanfa-2018-9#s6-c23'],
		excerpt: ['六有'],
		heldOut: true,
	},
	{
		q: '学会党的基层组织一般设书记 副书记 纪检委员 宣传委员和组织委员',
		kind: 'pasted',
		answer: ['qinghai-guide#p2-s3-c3', 'qing-kexie-dangfa-2018-12#s2-u2-c3'],
		excerpt: ['纪检委员'],
	},
	{
		q: '超过50名不足100名的成立党总之',
		kind: 'pasted',
		answer: ['qinghai-guide#p2-s3-c1'],
		excerpt: ['超过50名'],
	},
	{
		q: '对暂时不能转移组织关系的按照一方隶属参加多重组织生活的原则',
		kind: 'pasted',
		answer: ['kexie-dangzufa-2016-81#s3-c8', 'pingdingshan-xuehui-dangjian-yijian#s3-c5'],
		excerpt: ['一方隶属'],
		heldOut: true,
	},
	{
		q: '半数以上委员到会方可召开，会议如实记录存档',
		kind: 'pasted',
		answer: ['qinghai-guide#p5-s1-c3', 'qing-kexie-dangfa-2018-12#s4-u4'],
		excerpt: ['记录存档', '半数以上委员'],
	},
	{
		q: '书记按照“双向进入、交叉任职”的办法',
		kind: 'pasted',
		answer: ['qinghai-guide#p2-s3-c4', 'qing-kexie-dangfa-2018-12#s2-u2-c4'],
		excerpt: ['双向进入'],
	},

	// Pinyin typed on a phone (full, initials, mixed) and Chinese with digits.
	{
		q: 'zuzhishenghuohui',
		kind: 'pinyin',
		answer: ZUZHI_SHENGHUOHUI,
		excerpt: ['组织生活会'],
	},
	{
		q: 'zzshh',
		kind: 'pinyin',
		answer: ZUZHI_SHENGHUOHUI,
		excerpt: ['组织生活会'],
		heldOut: true,
	},
	{
		q: '换jie',
		kind: 'pinyin',
		answer: ['qinghai-guide', 'template-4', 'template-6', 'qing-kexie-dangfa-2018-12'],
		excerpt: ['换届'],
	},
	{
		q: 'dangfei',
		kind: 'pinyin',
		answer: [
			'qing-liangxin-2018-15',
			'qingbanfa-2018-9',
			'zhongbanfa-2015-51',
			'qinghai-guide',
			'qing-liangxin-2019-13',
			'qing-kexie-dangfa-2018-12',
		],
		excerpt: ['党费'],
	},
	{
		q: 'sanhuiyike',
		kind: 'pinyin',
		answer: SANHUI_YIKE,
		excerpt: ['三会一课'],
		heldOut: true,
	},
	{
		q: 'shyk',
		kind: 'pinyin',
		answer: SANHUI_YIKE,
		excerpt: ['三会一课'],
	},
	{
		q: 'gongnengxing dangzhibu',
		kind: 'pinyin',
		answer: ['qing-liangxin-2018-15', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['功能型党支部'],
	},
	{
		q: 'chae xuanju',
		kind: 'pinyin',
		answer: ['template-4', 'template-6'],
		excerpt: ['差额选举'],
		heldOut: true,
	},
	{
		q: '党建zhidaoyuan',
		kind: 'pinyin',
		answer: [
			'qinghai-guide#p2-s3-c6',
			'zhongbanfa-2015-51#s4-c11',
			'zhongbanfa-2015-51#s6-c18',
			'kexie-dangzufa-2016-81#s4-c11',
			'qing-kexie-dangfa-2018-12#s2-u2-c7',
			'qing-liangxin-2018-15#c10',
			'qingbanfa-2018-9#s3-c10',
			'qingbanfa-2018-9#s5-c18',
			'chongqing-2023-gongzuo-yaodian#s2-c7',
		],
		excerpt: ['指导员'],
	},
	{
		q: 'shuangqiangliuhao',
		kind: 'pinyin',
		answer: ['shanxi-shuangqiang-liuhao'],
		excerpt: ['双强六好'],
	},
	{
		q: 'zhibushuji',
		kind: 'pinyin',
		answer: ['qing-liangxin-2018-15', 'chongqing-2023-gongzuo-yaodian#s2-c9', 'kexie-dangzufa-2019-22#s3-c2', 'shanxi-shuangqiang-liuhao'],
		excerpt: ['支部书记'],
		heldOut: true,
	},
	{
		q: '2023要点',
		kind: 'pinyin',
		answer: ['chongqing-2023-gongzuo-yaodian'],
		excerpt: ['2023'],
	},
	{
		q: '2022学会党建要点',
		kind: 'pinyin',
		answer: ['cast-2022-xuehui-dangjian-yaodian'],
		excerpt: ['2022', '学会党建'],
	},

	// Questions a calculator answers: the answer card, with the query's numbers.
	{ q: '正式党员52人设什么组织', kind: 'tool', answer: ['tool:org-type'], excerpt: ['党总支'] },
	{
		q: '学会有12名正式党员2名预备党员应该成立什么党组织',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['设支部委员会'],
	},
	{
		q: '多少党员要设党总支',
		kind: 'tool',
		answer: ['tool:org-type', 'qinghai-guide#p2-s3-c1'],
		excerpt: ['超过50名', '党总支'],
		heldOut: true,
	},
	{ q: '应选5名委员候选人至少几个', kind: 'tool', answer: ['tool:election'], excerpt: ['至少 6 名'] },
	{ q: '应到40人实到35人选举有效吗', kind: 'tool', answer: ['tool:election'], excerpt: ['会议有效'] },
	{ q: '实到30人得几票才能当选', kind: 'tool', answer: ['tool:election'], excerpt: ['16 票'], heldOut: true },
	{
		q: '上次换届是2021年6月30日任期5年下次什么时候换届',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['2026-06-30', '2026年6月30日'],
	},
	{ q: '2个正式党员能成立党支部吗', kind: 'tool', answer: ['tool:org-type'], excerpt: ['暂不具备'] },
	{
		q: '党员有120人成立党委还是党总支',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['基层党委'],
		heldOut: true,
	},

	// A 文号 or nickname and a clause number: straight to the clause.
	{ q: '10号文第三条', kind: 'goto', answer: ['zhongzufa-2000-10#s3', 'qing-kexie-shedangfa-2019-10#c3'], excerpt: ['三、', '3.'] },
	{ q: '中办发〔2015〕51号 第十条', kind: 'goto', answer: ['zhongbanfa-2015-51#s4-c10'], excerpt: ['按区域建立党组织'] },
	{ q: '青海指南第四部分', kind: 'goto', answer: ['qinghai-guide#p4'], excerpt: ['基层党组织职责'] },
	{ q: '51号文第十七条', kind: 'goto', answer: ['zhongbanfa-2015-51#s6-c17'], excerpt: ['选优配强党组织书记'], heldOut: true },
	{ q: '中组发10号第二条', kind: 'goto', answer: ['zhongzufa-2000-10#s2'], excerpt: ['理顺党组织的隶属关系', '建立健全社会团体党的组织'] },
	{ q: '青办发9号 第二十三条', kind: 'goto', answer: ['qingbanfa-2018-9#s6-c23'], excerpt: ['加强阵地建设'] },
	{ q: '15号文第9条', kind: 'goto', answer: ['qing-liangxin-2018-15#c9'], excerpt: ['党费缴纳'], heldOut: true },
	{ q: '81号文第十三条', kind: 'goto', answer: ['kexie-dangzufa-2016-81#s4-c13'], excerpt: ['把党建纳入学会考核评价体系'] },
	{ q: '青海指南第三部分第二条', kind: 'goto', answer: ['qinghai-guide#p3-s2'], excerpt: ['换届大会议程'] },

	// One or two characters.
	{
		q: '阵地',
		kind: 'short',
		answer: ['qinghai-guide#p5-s7', 'qing-liangxin-2018-15#c17', 'qingbanfa-2018-9#s6-c23'],
		excerpt: ['阵地'],
	},
	{
		q: '津贴',
		kind: 'short',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['津贴'],
	},
	{
		q: '党旗',
		kind: 'short',
		answer: [
			'qinghai-guide#p5-s7',
			'qing-liangxin-2018-15#c17',
			'qingbanfa-2018-9#s6-c23',
			'qing-kexie-shedangfa-2019-10',
			'shanxi-shuangqiang-liuhao',
		],
		excerpt: ['党旗'],
		heldOut: true,
	},
	{ q: '补选', kind: 'short', answer: ['template-7', 'template-9', 'template-8'], excerpt: ['补选'] },

	// Nothing in the corpus answers these: no result may claim a verbatim match.
	{ q: '预备党员转正要办什么手续', kind: 'absent', answer: [], excerpt: [] },
	{ q: '流动党员怎么管理', kind: 'absent', answer: [], excerpt: [] },
	{ q: '党组织书记可以连任几届', kind: 'absent', answer: [], excerpt: [], heldOut: true },
	{ q: '发展对象要考察多长时间', kind: 'absent', answer: [], excerpt: [] },
	{ q: '退休党员的组织关系转到哪里', kind: 'absent', answer: [], excerpt: [], heldOut: true },
	{ q: '党费标准按工资的百分之几交', kind: 'absent', answer: [], excerpt: [] },
	// Second held-out batch (see `fresh`): written before the first measurement of this search, never tuned on.
	{
		q: '成立党组织要向谁提出申请',
		kind: 'question',
		answer: [
			'qinghai-guide#p2-s4-c2',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'qing-liangxin-2018-15#c3',
		],
		excerpt: ['递交成立学会党组织的申请', '提交申请', '科技社团党委'],
		fresh: true,
	},
	{
		q: '学会党组织要承担哪些职责',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s3', 'qinghai-guide#p4', 'qingbanfa-2018-9#s1-c3', 'zhongbanfa-2015-51#s2-c4'],
		excerpt: ['职责'],
		fresh: true,
	},
	{
		q: '党组织书记能不能参加理事会会议',
		kind: 'question',
		answer: ['zhongbanfa-2015-51#s5-c12', 'qingbanfa-2018-9#s4-c12', 'qinghai-guide#p2-s3-c4', 'qing-kexie-dangfa-2018-12#s2-u2-c4'],
		excerpt: ['参加或列席', '双向进入'],
		fresh: true,
	},
	{
		q: '党建搞得好的学会会表扬吗',
		kind: 'everyday',
		answer: ['qinghai-guide#p5-s1-c5', 'qing-kexie-dangfa-2018-12#s4-u6'],
		excerpt: ['表彰奖励'],
		fresh: true,
	},
	{
		q: '学会没有党员怎么开展党建',
		kind: 'everyday',
		answer: ['qinghai-guide#p2-s3-c6', 'qing-kexie-dangfa-2018-12#s2-u2-c7', 'zhongbanfa-2015-51#s4-c11'],
		excerpt: ['指导员', '联络员'],
		fresh: true,
	},
	{
		q: '支委会要多少委员到场才能开',
		kind: 'everyday',
		answer: ['qinghai-guide#p5-s1-c3', 'qing-kexie-dangfa-2018-12#s4-u4'],
		excerpt: ['半数以上委员'],
		fresh: true,
	},
	{
		q: '书记调走了谁来主持工作',
		kind: 'everyday',
		answer: ['template-7', 'template-8', 'template-9', 'qinghai-guide#p3-s1-c1'],
		excerpt: ['补选', '届中调整'],
		fresh: true,
	},
	{
		q: '党员的学习教育怎么搞',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s3-c8',
			'pingdingshan-xuehui-dangjian-yijian#s3-c5',
			'zhongbanfa-2015-51#s5-c15',
			'qingbanfa-2018-9#s4-c15',
			'zhongzufa-2000-10#s4',
			'zhongzufa-2000-10#s3-u3',
		],
		excerpt: ['教育管理', '党性教育'],
		fresh: true,
	},
	{
		q: '党组织书记应该参加或列席管理层有关会议',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s5-c12', 'qingbanfa-2018-9#s4-c12'],
		excerpt: ['列席'],
		fresh: true,
	},
	{
		q: '申请新成立社会组织，应当同时向登记管理机关提交社会组织党建工作承诺书',
		kind: 'pasted',
		answer: ['minhan-2016-257#s1'],
		excerpt: ['承诺书'],
		fresh: true,
	},
	{
		q: '对有入党意原的社会组织专职工作人员应经常性开展谈心谈话',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c7'],
		excerpt: ['谈心谈话'],
		fresh: true,
	},
	{
		q: 'dangzongzhi',
		kind: 'pinyin',
		answer: ['qing-kexie-dangfa-2018-12', 'qinghai-guide', 'template-4', 'template-7'],
		excerpt: ['党总支'],
		fresh: true,
	},
	{
		q: 'lianhejianli',
		kind: 'pinyin',
		answer: ['qinghai-guide#p2-s3-c1', 'zhongbanfa-2015-51#s4-c10', 'qingbanfa-2018-9#s3-c9'],
		excerpt: ['联合建立'],
		fresh: true,
	},
	{
		q: '党费jiaona',
		kind: 'pinyin',
		answer: ['qing-kexie-dangfa-2018-12#s2-u1-c2', 'qing-liangxin-2018-15#c9', 'qingbanfa-2018-9#s6-c22'],
		excerpt: ['交纳', '缴纳'],
		fresh: true,
	},
	{
		q: 'shuzhipingyi',
		kind: 'pinyin',
		answer: ['qing-liangxin-2018-15#c15', 'qingbanfa-2018-9#s6-c21', 'zhongbanfa-2015-51#s7-c21'],
		excerpt: ['述职评议'],
		fresh: true,
	},
	{ q: '有8名正式党员应该建什么党组织', kind: 'tool', answer: ['tool:org-type'], excerpt: ['设支部委员会'], fresh: true },
	{ q: '应到50人实到38人选举有效吗', kind: 'tool', answer: ['tool:election'], excerpt: ['不能进行选举'], fresh: true },
	{ q: '2022年3月换届任期3年什么时候到期', kind: 'tool', answer: ['tool:term-reminder'], excerpt: ['2025-03'], fresh: true },
	{ q: '中办发〔2015〕51号第五条', kind: 'goto', answer: ['zhongbanfa-2015-51#s3-c5'], excerpt: ['健全工作机构'], fresh: true },
	{ q: '81号文第八条', kind: 'goto', answer: ['kexie-dangzufa-2016-81#s3-c8'], excerpt: ['做好学会党员的教育管理'], fresh: true },
	{
		q: '青办发〔2018〕9号第十二条',
		kind: 'goto',
		answer: ['qingbanfa-2018-9#s4-c12'],
		excerpt: ['围绕社会组织健康发展开展党组织活动'],
		fresh: true,
	},
	{
		q: '党费',
		kind: 'short',
		answer: [
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'qing-liangxin-2018-15#c9',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'qingbanfa-2018-9#s6-c22',
			'zhongbanfa-2015-51#s7-c22',
		],
		excerpt: ['党费'],
		fresh: true,
	},
	{
		q: '述职',
		kind: 'short',
		answer: [
			'qing-liangxin-2018-15#c15',
			'qingbanfa-2018-9#s6-c21',
			'qinghai-guide#p4-s2-c5',
			'qinghai-guide#p5-s1-c4',
			'zhongbanfa-2015-51#s7-c21',
		],
		excerpt: ['述职'],
		fresh: true,
	},
	{ q: '党员退党怎么办理', kind: 'absent', answer: [], excerpt: [], fresh: true },
	{ q: '党组织印章怎么刻制', kind: 'absent', answer: [], excerpt: [], fresh: true },
];

/** Every question-style query: the first set (tuned on and its held-out third), the second held-out batch and the blind third. */
export const QUESTIONS: readonly QuestionQuery[] = [...FIRST_AND_SECOND, ...BLIND_QUESTIONS];
