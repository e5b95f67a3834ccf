/**
 * The seventh blind batch: 40 queries written by an engineer who never saw the search's code, its
 * tuning data, the earlier batches or any figure, and never ran the search. The answers were found by
 * reading the texts in content/ only, and each anchor and excerpt was checked against the built pages
 * (every anchor exists; every excerpt is verbatim text of an answering clause). Tool answers were
 * computed with src/lib/rules.
 *
 * Measured on its own (`npm run bench:search -- --set blind7`) and never tuned on: it stays a check
 * nobody fitted the search to.
 *
 * Kinds: question 8, everyday 14, pasted 4, pinyin 4, tool 3, goto 3, short 2, absent 2.
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND7_QUESTIONS: readonly QuestionQuery[] = [
	// ── question (8): how a Party-affairs worker would ask it ──
	{
		q: '学会党组织多长时间开一次会',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3'],
		excerpt: ['原则上每半年召开一次', '原则与学会理事会同步召开'],
		blind: true,
	},
	{
		q: '成立社会组织登记的时候要交哪些党建材料',
		kind: 'question',
		answer: ['minhan-2016-257#s1'],
		excerpt: ['应当同时向登记管理机关提交《社会组织党建工作承诺书》', '应当由社会组织向登记管理机关提交《社会组织党员情况调查表》'],
		blind: true,
	},
	{
		q: '功能型党支部可以发展党员吗',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c7', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['功能型党支部不能发展党员', '不发展党员'],
		blind: true,
	},
	{
		q: '联合建立党组织最多能几家单位一起',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['联合组建单位原则上不得超过5家'],
		blind: true,
	},
	{
		q: '学会党委委员的任期跟着理事会走吗',
		kind: 'question',
		answer: ['kexie-dangzufa-2019-22#s2-u5-c3', 'qinghai-guide#p3', 'qing-kexie-dangfa-2018-12#s2-u2-c2'],
		excerpt: ['学会党委委员任期与学会理事会任职同步', '学会党组织换届应与理事会换届同步', '党组织换届应与理事会换届同步'],
		blind: true,
	},
	{
		q: '学会开会员代表大会期间要不要成立临时党组织',
		kind: 'question',
		answer: ['zhongzufa-2000-10#s2'],
		excerpt: ['应根据工作需要成立社会团体临时党组织'],
		blind: true,
	},
	{
		q: '双强六好的总结材料什么时候交',
		kind: 'question',
		answer: ['shanxi-shuangqiang-liuhao#s3-c3'],
		excerpt: ['于11月15日前报学会部617室'],
		blind: true,
	},
	{
		q: '平顶山市级学会党组织覆盖率要达到多少',
		kind: 'question',
		answer: ['pingdingshan-xuehui-dangjian-yijian#s2-c2-i1'],
		excerpt: ['市级学会党组织覆盖率提升到100%'],
		blind: true,
	},

	// ── everyday (14): the worker's own words, not the texts' ──
	{
		q: '党建经费从学会管理费里出',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c22',
			'qing-liangxin-2018-15#c16',
			'qinghai-guide#p5-s6',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
		],
		excerpt: ['党建工作经费纳入管理费用列支', '列支管理费用'],
		blind: true,
	},
	{
		q: '挂靠单位的党员党费交到哪',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c9', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['功能型党支部党员向其组织关系所在党支部交纳党费', '不在科技社团党组织交纳党费'],
		blind: true,
	},
	{
		q: '秘书处单独建个支部',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c5',
			'qing-kexie-dangfa-2018-12#s2-u2-c5',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
		],
		excerpt: ['有条件的可在分支机构、秘书处中建立党支部', '有条件的学会办事机构和分支机构可设立党的基层组织'],
		blind: true,
	},
	{
		q: '每个月固定一天过党日',
		kind: 'everyday',
		answer: ['kexie-dangzufa-2019-22#s2-u1-c3'],
		excerpt: ['推动基层党支部每月相对固定1天为主题党日'],
		blind: true,
	},
	{
		q: '理事长不是党员 书记谁来当',
		kind: 'everyday',
		answer: [
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'qinghai-guide#p2-s3-c4',
			'qing-liangxin-2018-15#c4',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
		],
		excerpt: [
			'如理事长非中共党员，则从是中共党员的副理事长中产生',
			'社会组织负责人不是党员的，可由理事会成员中的党员担任党支部书记',
			'社会组织负责人不是党员的，可从管理层中选拔党组织书记',
			'社会组织负责人不是党员的，可由党员工会主席兼任',
		],
		blind: true,
	},
	{
		q: '社团党员到社区报到',
		kind: 'everyday',
		answer: ['chongqing-2023-gongzuo-yaodian#s3-c12'],
		excerpt: ['引导100个科技社团党组织进社区报到'],
		blind: true,
	},
	{
		q: '党建搞不好学会评估直接不合格',
		kind: 'everyday',
		answer: ['kexie-dangzufa-2016-81#s4-c13', 'pingdingshan-xuehui-dangjian-yijian#s4-c10', 'qingbanfa-2018-9#s6-c24'],
		excerpt: ['实行党建工作一票否决制度', '提高党建工作权重'],
		blind: true,
	},
	{
		q: '学会办的杂志网站公众号意识形态谁来管',
		kind: 'everyday',
		answer: ['cast-2022-xuehui-dangjian-yaodian#s1-c3', 'chongqing-2023-gongzuo-yaodian#s1-c4'],
		excerpt: [
			'加强对学会所属报刊杂志、网站、“三微一端”、研讨会、论坛等意识形态阵地的管理',
			'切实加强对学会期刊、网站、论坛等意识形态风险管控',
		],
		blind: true,
	},
	{
		q: '学会专家下牧区搞科普',
		kind: 'everyday',
		answer: ['qing-kexie-shedangfa-2019-10#c5'],
		excerpt: ['鼓励本学会专业人才到农村、牧区、城镇社区开展科普宣传和技术服务'],
		blind: true,
	},
	{
		q: '党建活动室怎么布置',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c17', 'qinghai-guide#p5-s7', 'qingbanfa-2018-9#s6-c23', 'qing-kexie-shedangfa-2019-10#c6'],
		excerpt: ['党旗、入党誓词等党组织标识标牌悬挂在醒目位置', '有场所、有设施、有标志、有党旗、有书报、有制度'],
		blind: true,
	},
	{
		q: '示范点评上了会不会被摘牌',
		kind: 'everyday',
		answer: ['qing-liangxin-2019-13#s3-u2'],
		excerpt: ['拒不整改或整改不到位，示范引领作用不明显的，要及时调整淘汰', '要及时调整淘汰'],
		blind: true,
	},
	{
		q: '书记坚持原则被穿小鞋怎么办',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s6-c20', 'qingbanfa-2018-9#s5-c20'],
		excerpt: ['党组织书记因坚持原则遭受不公正待遇时，上级党组织应及时了解情况，给予帮助和支持', '因履行职责、坚持原则遭受不公正待遇时'],
		blind: true,
	},
	{
		q: '委员调走了要补一个 报告怎么写',
		kind: 'everyday',
		answer: ['template-7'],
		excerpt: ['不能继续履行委员职责', '补选党总支（支部）委员会委员'],
		blind: true,
	},
	{
		q: '在学会兼职的党员要不要跟本单位汇报',
		kind: 'everyday',
		answer: ['zhongzufa-2000-10#s4'],
		excerpt: ['社会团体会员中的党员要定期向所在单位党组织汇报参加社会团体活动的情况'],
		blind: true,
	},

	// ── pasted (4): a clause copied with a typo or other punctuation ──
	{
		q: '学会党组织书记一般由是党员的学会主要负责人担任,规模较大、成员较多或没有合适党组织书计人选的学会,可按规定由上级党组织选派',
		kind: 'pasted',
		answer: ['kexie-dangzufa-2016-81#s3-c6', 'pingdingshan-xuehui-dangjian-yijian#s3-c3'],
		excerpt: ['学会党组织书记一般由是党员的学会主要负责人担任'],
		blind: true,
	},
	{
		q: '科技社团功能型党组织不接转组织关系 不在科技社团党组织缴纳党费 不发展党员 不重复统计党员信息',
		kind: 'pasted',
		answer: ['qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['不重复统计党员信息', '科技社团功能型党组织不接转组织关系'],
		blind: true,
	},
	{
		q: '党员领导干部要带头过好双重组织身活，坚持党员领导干部讲党课制度',
		kind: 'pasted',
		answer: ['kexie-dangzufa-2019-22#s2-u1-c1'],
		excerpt: ['党员领导干部要带头过好双重组织生活，坚持党员领导干部讲党课制度'],
		blind: true,
	},
	{
		q: '社会组织负责人不是党员的，可由党员工会主席兼认，也可从管理层党员中选拔。',
		kind: 'pasted',
		answer: ['qingbanfa-2018-9#s5-c17'],
		excerpt: ['社会组织负责人不是党员的，可由党员工会主席兼任，也可从管理层党员中选拔'],
		blind: true,
	},

	// ── pinyin / Chinese with digits (4) ──
	{
		q: 'shuangxiang jinru jiaocha renzhi',
		kind: 'pinyin',
		answer: [
			'zhongbanfa-2015-51#s5-c12',
			'qingbanfa-2018-9#s4-c12',
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'chongqing-2023-gongzuo-yaodian#s2-c9',
			'qing-liangxin-2019-13#s3-u3-c4',
			'glossary#shuangxiang-jinru-jiaocha-renzhi',
		],
		excerpt: ['双向进入、交叉任职', '双向进入，交叉任职'],
		blind: true,
	},
	{
		q: 'yigangshuangze',
		kind: 'pinyin',
		answer: ['kexie-dangzufa-2019-22#s3-c1', 'chongqing-2023-gongzuo-yaodian#s4-c16', 'qinghai-guide#p4-s1-c5', 'glossary#yigang-shuangze'],
		excerpt: ['一岗双责'],
		blind: true,
	},
	{
		q: '833党建示范工程',
		kind: 'pinyin',
		answer: ['qing-liangxin-2019-13#s2'],
		excerpt: ['持续深化拓展“833”党建示范工程成果'],
		blind: true,
	},
	{
		q: '民政 5个工作日 移交',
		kind: 'pinyin',
		answer: ['minhan-2016-257#s2'],
		excerpt: ['后5个工作日内，登记管理机关应当将两个材料的复印件分别移交以下部门'],
		blind: true,
	},

	// ── tool (3): answers a calculator computes (src/lib/rules) ──
	{
		// classifyOrg({ formal: 60 }) → 党总支: “超过 50 名、不足 100 名，成立党总支”.
		q: '理事会里60名党员建什么党组织',
		kind: 'tool',
		answer: ['tool:org-type', 'qinghai-guide#p2-s3-c1'],
		excerpt: ['成立党总支', '超过50名、不足100名的成立党总支'],
		blind: true,
	},
	{
		// quorum({ eligible: 45 }) → 至少 37 人到会 (超过五分之四即 36 人).
		q: '应到45人 至少来多少人选举才有效',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['至少37人'],
		blind: true,
	},
	{
		// termReminder({ lastElection: '2021-03-15', termYears: 4 }) → dueDate 2025-03-15.
		q: '上次换届2021年3月15日 理事会四年一届 下次哪天换届',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['2025-03-15', '2025年3月15日'],
		blind: true,
	},

	// ── goto (3): 文号 or short name with 条 / 部分 ──
	{
		q: '51号文第17条',
		kind: 'goto',
		answer: ['zhongbanfa-2015-51#s6-c17'],
		excerpt: ['选优配强党组织书记'],
		blind: true,
	},
	{
		q: '青两新工委15号第14条',
		kind: 'goto',
		answer: ['qing-liangxin-2018-15#c14'],
		excerpt: ['推动党建工作写入章程'],
		blind: true,
	},
	{
		q: '青海指南第三部分',
		kind: 'goto',
		answer: ['qinghai-guide#p3'],
		excerpt: ['基层党组织换届选举与届中调整'],
		blind: true,
	},

	// ── short (2): one or two characters ──
	{
		q: '津贴',
		kind: 'short',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
			'qingbanfa-2018-9#s5-c20',
		],
		excerpt: ['适当工作津贴', '工作津贴制度'],
		blind: true,
	},
	{
		q: '脱钩',
		kind: 'short',
		answer: ['zhongbanfa-2015-51#s7-c21', 'qingbanfa-2018-9#s6-c21', 'glossary#tuogou-butuoguan'],
		excerpt: ['确保脱钩不脱管'],
		blind: true,
	},

	// ── absent (2): nothing in the corpus answers these ──
	{ q: '党员积分制管理办法', kind: 'absent', answer: [], excerpt: [], blind: true },
	{ q: '入党介绍人要几个', kind: 'absent', answer: [], excerpt: [], blind: true },
];
