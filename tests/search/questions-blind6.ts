/**
 * A sixth batch of question-style queries, written blind by the engineer on wip/blind6: without
 * opening the search code, its data, its tests (beyond the type definitions in questions.ts and the
 * first entry of questions-blind5.ts, for the format), its benchmark figures or its history, and
 * without running the site's search. The queries were written after reading every policy text and
 * template in content/ as a party worker at a 学会/协会/研究会 would, and phrased the way such a worker
 * types on a phone (questions, everyday words the texts do not use, pasted sentences with a slip,
 * pinyin, numbers for the calculators, 文号 + 条, one or two characters, and questions no text
 * answers). They deliberately reach past the famous clauses: 民函〔2016〕257号, the 青海 功能型党支部
 * 办法, the 示范点 notice, the 重庆 and 中国科协 work points and the 山西 双强六好 notice as well.
 *
 * Answers were found by reading the texts, not by searching: each lists every clause that genuinely
 * answers, best first. A throwaway script (not committed) checked against a fresh build of the same
 * corpus that every `doc#anchor` is an id in the built HTML and that each excerpt occurs verbatim
 * (tags and whitespace stripped) in the element of at least one listed answer (for a heading anchor,
 * the heading with the unanchored paragraphs that follow it); the calculator excerpts come from
 * running the rules in src/lib/rules with the query's numbers.
 *
 * Reported on its own; never tune on it.
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND6_QUESTIONS: readonly QuestionQuery[] = [
	// 问句
	{
		q: '学会党组织一般要设哪几个委员？',
		kind: 'question',
		answer: ['qinghai-guide#p2-s3-c3', 'qing-kexie-dangfa-2018-12#s2-u2-c3'],
		excerpt: ['一般设书记、副书记，纪检委员、宣传委员和组织委员'],
		blind: true,
	},
	{
		q: '学会党组织多长时间开一次会',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3'],
		excerpt: ['原则上每半年召开一次', '原则与学会理事会同步召开'],
		blind: true,
	},
	{
		q: '社会组织注销了，里面的党组织怎么办？',
		kind: 'question',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['社会组织变更、撤并或注销，党组织应及时向上级党组织报告'],
		blind: true,
	},
	{
		q: '几个单位联合建党组织最多能几家',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['联合组建单位原则上不得超过5家'],
		blind: true,
	},
	{
		q: '功能型党支部书记一年要给党员讲几次党课',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c6'],
		excerpt: ['功能型党支部书记每年至少为支部党员讲1次党课'],
		blind: true,
	},
	{
		q: '新成立社会组织去民政登记时要交哪些党建材料？',
		kind: 'question',
		answer: ['minhan-2016-257#s1', 'minhan-2016-257#s3'],
		excerpt: ['提交《社会组织党建工作承诺书》', '提交《社会组织党员情况调查表》'],
		blind: true,
	},
	{
		q: '学会党支部书记每年要向谁述职',
		kind: 'question',
		answer: [
			'qinghai-guide#p5-s1-c4',
			'qing-liangxin-2018-15#c15',
			'qinghai-guide#p4-s2-c5',
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: [
			'每年应向省科技社团党委进行一次书面述职',
			'每年应向上级党组织进行1次书面述职',
			'每年应向上级党组织和本单位党员报告工作并接受评议',
			'定期向上级党组织报告工作并接受评议监督',
			'党组织书记述职述廉',
		],
		blind: true,
	},
	{
		q: '换届的时候委员候选人能不能当监票人？',
		kind: 'question',
		answer: ['qinghai-guide#p3-s2-c2'],
		excerpt: ['委员候选人不得担任监计票人员'],
		blind: true,
	},

	// 日常说法
	{
		q: '搞党建花的钱能抵税吗',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s7-c22', 'qingbanfa-2018-9#s6-c22', 'qing-liangxin-2018-15#c16', 'qinghai-guide#p5-s6'],
		excerpt: ['可按照有关规定据实在企业所得税前扣除', '税前扣除'],
		blind: true,
	},
	{
		q: '书记干党务有没有额外报酬',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['给予党组织书记和专职党务工作者适当工作津贴', '党组织书记和专职党务工作者工作津贴制度', '专职党务工作者适当工作津贴'],
		blind: true,
	},
	{
		q: '党员活动室墙上要挂些啥',
		kind: 'everyday',
		answer: [
			'qing-liangxin-2018-15#c17',
			'qinghai-guide#p5-s7',
			'qingbanfa-2018-9#s6-c23',
			'qing-kexie-shedangfa-2019-10#c6',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['党旗、入党誓词等党组织标识标牌悬挂在醒目位置', '有党旗'],
		blind: true,
	},
	{
		q: '学会没地方搞活动，能蹭别的单位的场地吗',
		kind: 'everyday',
		answer: [
			'qing-liangxin-2018-15#c18',
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c23',
			'qing-liangxin-2018-15#c17',
			'qinghai-guide#p5-s7',
		],
		excerpt: ['场所共用、资源共享', '无偿为辖区内功能型党支部提供党员活动场所', '共建共享党建活动阵地'],
		blind: true,
	},
	{
		q: '秘书处进新人 党员优先吗',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c8'],
		excerpt: ['招聘专职工作人员时应优先招聘党员'],
		blind: true,
	},
	{
		q: '理事会开会之前党组织要先过一遍哪些事',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'qing-kexie-dangfa-2018-12#s3-u1',
			'qinghai-guide#p4-s1-c1',
			'qinghai-guide#p4-s2-c2',
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
		],
		excerpt: [
			'在召开常务理事会、理事会前审议学会“三重一大”事项',
			'对提交理事会的重大问题提前研究、政治把关',
			'“三重一大”事项向理事会提出意见和建议',
			'参与学会“三重一大”事项研究',
		],
		blind: true,
	},
	{
		q: '学会收了一大笔捐款，党组织要过问吗',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s3-c7',
			'qing-kexie-dangfa-2018-12#s3-u4',
			'qinghai-guide#p4-s1-c4',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
		],
		excerpt: ['接收大额捐赠'],
		blind: true,
	},
	{
		q: '退下来的老同志能来学会做党务吗',
		kind: 'everyday',
		answer: ['qingbanfa-2018-9#s5-c18', 'qingbanfa-2018-9#s5-c17'],
		excerpt: [
			'从老干部、退休党员、老模范和社会工作者等群体中选聘党务人才',
			'退休干部职工中选拔',
			'可以从退休或不担任现职的党政领导干部中选派',
		],
		blind: true,
	},
	{
		q: '年审的时候查不查党建',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s4-c13',
			'qingbanfa-2018-9#s3-c10',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'zhongzufa-2000-10#s5',
			'qingbanfa-2018-9#s3-c8',
			'qing-kexie-dangfa-2018-12#s4-u6',
			'qinghai-guide#p5-s1-c5',
			'qinghai-guide#p5-s5',
			'kexie-dangzufa-2019-22#s2-u5-c3',
		],
		excerpt: [
			'年检时，同步检查党建工作',
			'把社会团体党组织的设置情况作为检查的一项内容',
			'作为科技社团组织年检',
			'要注意了解党建工作情况',
			'作为年检、等级评估的重要内容',
		],
		blind: true,
	},
	{
		q: '学会下面的专委会能建党组织吗',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s3-c6',
			'qinghai-guide#p2-s3-c5',
			'qing-kexie-dangfa-2018-12#s2-u2-c5',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'kexie-dangzufa-2019-22#s2-u2',
			'cast-2022-xuehui-dangjian-yaodian#s3-c7',
		],
		excerpt: [
			'有条件的学会办事机构和分支机构可设立党的基层组织',
			'有条件的可在分支机构、秘书处中建立党支部',
			'在分支机构建立党的工作小组',
			'推动建设党的工作小组',
		],
		blind: true,
	},
	{
		q: '书记坚持原则被穿小鞋了上面管不管',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s6-c20', 'qingbanfa-2018-9#s5-c20'],
		excerpt: ['遭受不公正待遇时', '给予帮助和支持'],
		blind: true,
	},
	{
		q: '专职党务干部换岗了要跟上面说一声吗',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2016-81#s4-c12',
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['建立学会专职党务工作者职务变动报告制度', '建立党务工作者职务变动报告制度', '建立党务工作者职务变动向上级党组织报告制度'],
		blind: true,
	},
	{
		q: '员工想入党 功能型支部收不了 那谁来带',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c7'],
		excerpt: ['由上级党组织指派的实体性党支部进行培养'],
		blind: true,
	},
	{
		q: '支部每个月固定搞一天活动有这规定吗',
		kind: 'everyday',
		answer: ['kexie-dangzufa-2019-22#s2-u1-c3'],
		excerpt: ['推动基层党支部每月相对固定1天为主题党日'],
		blind: true,
	},

	// 粘贴的条文（错字、标点不同）
	{
		q: '社会组织中没有合适人选担任党支部书记的,上级党组织应及时选派党建工作指导员担任支部书记',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c4'],
		excerpt: ['上级党组织应及时选派党建工作指导员担任党支部书记'],
		blind: true,
	},
	{
		q: '调查摸底采用群众满意度测评 单位自评和上级党组织综合考评相结合的方式进行',
		kind: 'pasted',
		answer: ['qing-liangxin-2019-13#s2-u1'],
		excerpt: ['调查摸底采用群众满意度测评、单位自评和上级党组织综合考评相结合的方式进行'],
		blind: true,
	},
	{
		q: '对支部班子不团结、党建工作不正常、群众满意度低的党支部，要约谈其社会组织负责人和党支部书记',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c10'],
		excerpt: ['要约谈其社会组织负责人和党支部书记'],
		blind: true,
	},
	{
		q: '实行党建工作一票否绝制度，严格管理，强化监督',
		kind: 'pasted',
		answer: ['kexie-dangzufa-2016-81#s4-c13', 'pingdingshan-xuehui-dangjian-yijian#s4-c10'],
		excerpt: ['实行党建工作一票否决制度'],
		blind: true,
	},

	// 拼音、中文夹数字
	{
		q: 'dangjianqianghui',
		kind: 'pinyin',
		answer: [
			'cast-2022-xuehui-dangjian-yaodian#s3-c9',
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'chongqing-2023-gongzuo-yaodian#s2-c7',
			'shanxi-shuangqiang-liuhao#s1',
			'shanxi-shuangqiang-liuhao#s4',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['党建强会'],
		blind: true,
	},
	{
		q: 'tgbtg',
		kind: 'pinyin',
		answer: ['zhongbanfa-2015-51#s7-c21', 'qingbanfa-2018-9#s6-c21'],
		excerpt: ['确保脱钩不脱管'],
		blind: true,
	},
	{
		q: '进社区bao到',
		kind: 'pinyin',
		answer: ['chongqing-2023-gongzuo-yaodian#s3-c12'],
		excerpt: ['进社区报到'],
		blind: true,
	},
	{
		q: 'shuangqiang六好',
		kind: 'pinyin',
		answer: [
			'shanxi-shuangqiang-liuhao',
			'shanxi-shuangqiang-liuhao#s1',
			'shanxi-shuangqiang-liuhao#s3-c2',
			'shanxi-shuangqiang-liuhao#s3-c3',
			'shanxi-shuangqiang-liuhao#s4',
		],
		excerpt: ['双强六好'],
		blind: true,
	},

	// 该用工具回答的问题
	{
		q: '学会就2个正式党员1个预备党员 能单独建支部吗',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['暂不具备单独成立党组织的条件', '正式党员 2 名，不足 3 名'],
		blind: true,
	},
	{
		q: '换届要选7个委员 候选人最少提几个',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['候选人至少 9 名', '向上取整为 2'],
		blind: true,
	},
	{
		q: '理事会2023年6月30日换的届，五年一届，党组织下次啥时候换届',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['2028-06-30'],
		blind: true,
	},

	// 文号／简称加条款
	{
		q: '青两新工委〔2018〕15号 第十七条',
		kind: 'goto',
		answer: ['qing-liangxin-2018-15#c17'],
		excerpt: ['规范阵地设置'],
		blind: true,
	},
	{
		q: '科协党组发〔2016〕81号第11条',
		kind: 'goto',
		answer: ['kexie-dangzufa-2016-81#s4-c11'],
		excerpt: ['加大学会党建工作支持力度'],
		blind: true,
	},
	{
		q: '民函257号 第二条',
		kind: 'goto',
		answer: ['minhan-2016-257#s2'],
		excerpt: ['后5个工作日内'],
		blind: true,
	},

	// 一两个字
	{
		q: '党费',
		kind: 'short',
		answer: [
			'qing-liangxin-2018-15#c9',
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c22',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'qinghai-guide#p2-s2',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'qing-liangxin-2019-13#s3-u3-c6-2',
		],
		excerpt: ['党费'],
		blind: true,
	},
	{
		q: '督导',
		kind: 'short',
		answer: ['chongqing-2023-gongzuo-yaodian#s4-c15', 'qing-liangxin-2019-13#s2-u2'],
		excerpt: ['督导'],
		blind: true,
	},

	// 语料中没有答案
	{
		q: '党员病故了抚恤金怎么发',
		kind: 'absent',
		answer: [],
		excerpt: [],
		blind: true,
	},
	{
		q: '学会党支部的公章去哪刻',
		kind: 'absent',
		answer: [],
		excerpt: [],
		blind: true,
	},
];
