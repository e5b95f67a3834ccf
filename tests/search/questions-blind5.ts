/**
 * A fifth batch of question-style queries, written blind by the engineer on wip/blind5: without
 * opening the search code, its data, its tests, its benchmark figures or its history, and without
 * running the site's search. The queries were written after reading every policy text and template
 * in content/ as a party worker would, and phrased the way such a worker types on a phone (questions,
 * everyday words the texts do not use, pasted sentences with a slip, pinyin, numbers for the
 * calculators, 文号 + 条, one or two characters, and questions no text answers).
 *
 * Answers were found by reading the texts, not by searching: each lists every clause that genuinely
 * answers, best first. A throwaway script (not committed) checked that every `doc#anchor` is an id in
 * the fresh build of the same corpus and that each excerpt occurs verbatim (tags and whitespace
 * stripped) in the element of at least one listed answer; the calculator excerpts come from running
 * the rules in src/lib/rules with the query's numbers.
 *
 * Reported on its own; never tune on it.
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND5_QUESTIONS: readonly QuestionQuery[] = [
	// 问句
	{
		q: '理事长不是党员，学会党组织书记该由谁担任？',
		kind: 'question',
		answer: [
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'qinghai-guide#p2-s3-c4',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'qing-liangxin-2018-15#c4',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'qing-liangxin-2019-13#s2-u2',
			'zhongzufa-2000-10#s2',
		],
		excerpt: [
			'副理事长中产生',
			'可从管理层中选拔党组织书记',
			'党员工会主席兼任',
			'理事会成员中的党员担任',
			'由上级党组织选派',
			'从负责人及管理层中选配',
			'社会团体行政中的党员担任',
		],
		blind: true,
	},
	{
		q: '功能型支部可以自己发展新党员吗',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c7', 'qing-kexie-dangfa-2018-12#s2-u1-c2', 'qinghai-guide#p2-s2'],
		excerpt: ['功能型党支部不能发展党员', '不发展党员'],
		blind: true,
	},
	{
		q: '学会党组织多长时间开一次会？',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3'],
		excerpt: ['每半年召开一次', '与学会理事会同步召开'],
		blind: true,
	},
	{
		q: '没有挂靠单位的学会，党组织归谁领导？',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s2-u1-c2', 'kexie-dangzufa-2019-22#s2-u2'],
		excerpt: ['无挂靠单位', '直接领导和管理'],
		blind: true,
	},
	{
		q: '学会搞党建的钱能不能从管理费用里出？',
		kind: 'question',
		answer: [
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c22',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'qing-liangxin-2018-15#c16',
			'qinghai-guide#p5-s6',
		],
		excerpt: ['纳入管理费用列支', '列支管理费用'],
		blind: true,
	},
	{
		q: '支部书记每年都要向上级党组织述职吗？',
		kind: 'question',
		answer: [
			'qinghai-guide#p5-s1-c4',
			'qing-liangxin-2018-15#c15',
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
			'qinghai-guide#p4-s2-c5',
		],
		excerpt: ['进行一次书面述职', '进行1次书面述职', '报告工作并接受评议', '党组织书记述职述廉'],
		blind: true,
	},
	{
		q: '学会秘书处能单独成立党支部吗？',
		kind: 'question',
		answer: [
			'qing-kexie-dangfa-2018-12#s2-u2-c5',
			'qinghai-guide#p2-s3-c5',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'kexie-dangzufa-2019-22#s2-u2',
		],
		excerpt: ['秘书处中建立党支部', '办事机构和分支机构可设立', '健全学会办事机构基层党组织'],
		blind: true,
	},
	{
		q: '预备党员能不能算进成立支部要求的三个人里？',
		kind: 'question',
		answer: [
			'zhongbanfa-2015-51#s4-c8',
			'qingbanfa-2018-9#s3-c7',
			'qinghai-guide#p2-s3-c1',
			'qing-kexie-dangfa-2018-12#s2-u2-c1',
			'zhongzufa-2000-10#s2',
		],
		excerpt: ['三名以上正式党员', '3名以上正式党员', '正式中共党员3人以上', '正式党员3人以上'],
		blind: true,
	},

	// 日常说法
	{
		q: '党组织改选要跟着理事会一起搞吗',
		kind: 'everyday',
		answer: ['qing-kexie-dangfa-2018-12#s2-u2-c2', 'qinghai-guide#p3', 'kexie-dangzufa-2019-22#s2-u5-c3', 'qing-liangxin-2018-15#c5'],
		excerpt: ['与理事会换届同步', '与学会党委同步调整', '与社会组织换届同步调整'],
		blind: true,
	},
	{
		q: '学会就俩党员咋整',
		kind: 'everyday',
		answer: [
			'qing-kexie-dangfa-2018-12#s2-u2-c7',
			'qinghai-guide#p2-s3-c6',
			'zhongzufa-2000-10#s2',
			'zhongbanfa-2015-51#s4-c10',
			'qingbanfa-2018-9#s3-c9',
			'qinghai-guide#p2-s3-c1',
			'zhongbanfa-2015-51#s4-c11',
			'qingbanfa-2018-9#s3-c10',
			'minhan-2016-257#s2-2',
		],
		excerpt: ['理事会党员不足3人', '片区联建、同业共建', '联合建立党组织', '建立联合党支部', '选派党建工作指导员、联络员'],
		blind: true,
	},
	{
		q: '支部没地儿搞活动 能借别的单位的地方吗',
		kind: 'everyday',
		answer: [
			'qing-liangxin-2018-15#c18',
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c23',
			'qing-liangxin-2018-15#c17',
			'qinghai-guide#p5-s7',
		],
		excerpt: ['场所共用、资源共享', '无偿提供给功能型党支部使用', '共建共享党建活动阵地'],
		blind: true,
	},
	{
		q: '党建上墙都要挂些啥',
		kind: 'everyday',
		answer: [
			'qing-liangxin-2018-15#c17',
			'qinghai-guide#p5-s7',
			'qingbanfa-2018-9#s6-c23',
			'qing-kexie-shedangfa-2019-10#c6',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['悬挂在醒目位置', '有标志、有党旗', '有标识、有党旗'],
		blind: true,
	},
	{
		q: '当支部书记有没有补贴',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['适当工作津贴', '工作津贴制度'],
		blind: true,
	},
	{
		q: '秘书处小年轻想入党 功能型支部管不了该找谁',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c7'],
		excerpt: ['有入党意愿', '实体性党支部进行培养'],
		blind: true,
	},
	{
		q: '书记坚持原则被穿小鞋怎么办',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s6-c20', 'qingbanfa-2018-9#s5-c20'],
		excerpt: ['不公正待遇', '给予帮助和支持'],
		blind: true,
	},
	{
		q: '党建搞不好会不会卡学会年审',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'qingbanfa-2018-9#s3-c10',
			'qing-kexie-dangfa-2018-12#s4-u6',
			'qinghai-guide#p5-s1-c5',
			'qinghai-guide#p5-s5',
			'zhongzufa-2000-10#s5',
			'qingbanfa-2018-9#s3-c8',
		],
		excerpt: [
			'年检、注销、评估时',
			'年检时，同步检查党建工作',
			'党建工作一票否决',
			'作为科技社团组织年检',
			'作为年检、等级评估的重要内容',
			'实施年度检查时',
		],
		blind: true,
	},
	{
		q: '学会花大钱要先过党组织吗',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
			'qing-kexie-dangfa-2018-12#s3-u4',
			'qinghai-guide#p4-s1-c4',
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'qinghai-guide#p4-s2-c2',
		],
		excerpt: ['大额经费开支', '“三重一大”事项'],
		blind: true,
	},
	{
		q: '会长不是党员 支部搞活动能喊他来吗',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s5-c12',
			'qingbanfa-2018-9#s4-c12',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['邀请非党员社会组织负责人参加', '邀请学会非党员负责人参加'],
		blind: true,
	},
	{
		q: '关系在单位 学会支部的活动还得去吗',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s5-c15',
			'qingbanfa-2018-9#s4-c15',
			'kexie-dangzufa-2016-81#s3-c8',
			'pingdingshan-xuehui-dangjian-yijian#s3-c5',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'qinghai-guide#p2-s2',
			'zhongzufa-2000-10#s4',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['参加多重组织生活', '过多重组织生活', '还应参加社会团体党组织的活动', '党员过双重组织生活'],
		blind: true,
	},
	{
		q: '学会不办了要解散 支部咋处理',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['撤并或注销', '党员组织关系转移'],
		blind: true,
	},
	{
		q: '新办学会去民政登记 党建这块要准备啥',
		kind: 'everyday',
		answer: [
			'minhan-2016-257#s1',
			'minhan-2016-257#s3',
			'zhongbanfa-2015-51#s4-c11',
			'qingbanfa-2018-9#s3-c10',
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'qing-liangxin-2018-15#c14',
			'zhongzufa-2000-10#s5',
		],
		excerpt: ['社会组织党建工作承诺书', '同步采集党员', '同步建立党组织', '成立登记和章程核准时', '督促具备条件的社会团体建立党组织'],
		blind: true,
	},
	{
		q: '选完书记还得上面点头吗',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p3-s1-c4',
			'zhongbanfa-2015-51#s3-c6',
			'qingbanfa-2018-9#s2-c5',
			'qing-kexie-dangfa-2018-12#s2-u2-c6',
			'qinghai-guide#p2-s4-c5',
			'qinghai-guide#p3',
			'qing-liangxin-2018-15#c5',
		],
		excerpt: ['需报上级党组织审批', '审批选出的书记、副书记', '对选举结果进行审批', '书记任命，需经', '领导班子人选需经省科技社团党委审批'],
		blind: true,
	},

	// 粘贴
	{
		q: '对支部班子不团结，党建工作不正常，群众满意率底的党支部，要约谈其社会组织负责人和党支部书记',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c10'],
		excerpt: ['群众满意率低的党支部', '约谈其社会组织负责人'],
		blind: true,
	},
	{
		q: '规模较大会员单位较多而党员人数不足规定要求的经县级以上党委批准可建立党委',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['经县级以上党委批准可以建立党委', '会员单位较多而党员人数不足'],
		blind: true,
	},
	{
		q: '功能型党支部书记每年至少参加一次上级党组织举办的培训 党员每年至少参加一次集中培训',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c11'],
		excerpt: ['每年至少参加1次集中培训', '上级党组织举办的培训'],
		blind: true,
	},
	{
		q: '规模小、党员少的社会组织可以本着就近就变原则,联合建立党组织,联合组建单位原则上不得超过5家。',
		kind: 'pasted',
		answer: ['qingbanfa-2018-9#s3-c9', 'zhongbanfa-2015-51#s4-c10', 'qinghai-guide#p2-s3-c1'],
		excerpt: ['不得超过5家', '就近就便原则'],
		blind: true,
	},

	// 拼音
	{
		q: 'dangfei fanhuan',
		kind: 'pinyin',
		answer: ['qingbanfa-2018-9#s6-c22', 'zhongbanfa-2015-51#s7-c22'],
		excerpt: ['党费全额返还', '党费全额下拨'],
		blind: true,
	},
	{
		q: 'ztdr',
		kind: 'pinyin',
		answer: [
			'kexie-dangzufa-2019-22#s2-u1-c3',
			'qing-liangxin-2018-15#c6',
			'qinghai-guide#p5-s2-c3',
			'chongqing-2023-gongzuo-yaodian#s1-c2',
			'chongqing-2023-gongzuo-yaodian#s4-c16',
			'qing-liangxin-2019-13#s2-u2',
		],
		excerpt: ['相对固定1天为主题党日', '开展主题党日活动', '主题党日等组织活动', '创新主题党日活动', '主题党日、党员民主评议'],
		blind: true,
	},
	{
		q: '党建写进zhangcheng',
		kind: 'pinyin',
		answer: [
			'qing-liangxin-2018-15#c14',
			'qinghai-guide#p5-s5',
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'zhongbanfa-2015-51#s7-c22',
			'chongqing-2023-gongzuo-yaodian#s2-c7',
			'qing-kexie-shedangfa-2019-10#c1',
			'qing-liangxin-2019-13#s3-u3-c1-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: [
			'党建工作写入章程',
			'纳入学会章程',
			'写入社会组织章程',
			'科技社团党建入章',
			'纳入社会组织章程',
			'将党建工作纳入本学会',
			'党建工作列入本学会章程',
		],
		blind: true,
	},
	{
		q: 'shuangqiang 6hao',
		kind: 'pinyin',
		answer: ['shanxi-shuangqiang-liuhao', 'qing-kexie-shedangfa-2019-10'],
		excerpt: ['双强六好”党组织建设', '坚持政治方向好'],
		blind: true,
	},

	// 计算器
	{
		q: '学会正式党员45人 预备党员8人 该成立支部还是总支',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['成立党总支', '党员人数 53 名'],
		blind: true,
	},
	{
		q: '选5个支委 应到23人实到19人 选举有效吗',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['会议有效，可以进行选举', '当选须得票至少 10 票', '至少 19 人到会', '得 10 票以上'],
		blind: true,
	},
	{
		q: '上次换届2021年6月18日 任期5年 下次哪天到期',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['2026年6月18日', '2026-06-18'],
		blind: true,
	},

	// 条款直达
	{
		q: '中办发2015 51号 第22条',
		kind: 'goto',
		answer: ['zhongbanfa-2015-51#s7-c22'],
		excerpt: ['强化基础保障', '党建工作经费保障机制'],
		blind: true,
	},
	{
		q: '科协81号文 第六条',
		kind: 'goto',
		answer: ['kexie-dangzufa-2016-81#s3-c6'],
		excerpt: ['按期实现学会党的组织全覆盖'],
		blind: true,
	},
	{
		q: '青海工作指南 第三部分',
		kind: 'goto',
		answer: ['qinghai-guide#p3'],
		excerpt: ['换届选举与届中调整'],
		blind: true,
	},

	// 一两个字
	{
		q: '党费',
		kind: 'short',
		answer: [
			'qing-liangxin-2018-15#c9',
			'qingbanfa-2018-9#s6-c22',
			'zhongbanfa-2015-51#s7-c22',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'qinghai-guide#p2-s2',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
		],
		excerpt: ['所在党支部交纳党费', '不在科技社团党组织交纳党费', '党费全额返还', '党费全额下拨', '党费收缴、管理、使用', '通过党费支持'],
		blind: true,
	},
	{
		q: '党课',
		kind: 'short',
		answer: [
			'qing-liangxin-2018-15#c6',
			'kexie-dangzufa-2019-22#s2-u1-c1',
			'cast-2022-xuehui-dangjian-yaodian#s2-c5',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['讲1次党课', '讲党课制度', '讲党课的常态化', '思想状况讲好党课', '支部大会，讲好党课'],
		blind: true,
	},

	// 无答案
	{ q: '多长时间不交党费算自动脱党', kind: 'absent', answer: [], excerpt: [], blind: true },
	{ q: '预备党员转正要走哪些程序', kind: 'absent', answer: [], excerpt: [], blind: true },
];
