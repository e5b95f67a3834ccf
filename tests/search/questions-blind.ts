/**
 * A third, blind batch of question-style queries for issue 20 (search answers questions).
 *
 * Written by an engineer who never saw the search's code, its tuning data or its figures, and never ran
 * the site's search: each query is phrased the way 党务工作者 in 学会/协会/研究会 type on a phone or ask a
 * colleague, and each answer was found by reading the texts themselves (the built clause pages under
 * dist/policies and dist/templates, the calculators' own rules for the `tool` queries). Nobody tuning the
 * search has seen this batch; keep it that way — report it on its own and never tune on it.
 *
 * Same format as questions.ts (`answer` best first; `doc#anchor`, `doc` for a recurring term, `tool:<name>`;
 * `excerpt`: one of these must show). Every anchor was checked against the built HTML and every excerpt
 * against its clause's text (or, for a calculator, against the verdict and answer card its rules give for
 * the query's numbers).
 *
 * Every entry carries `blind: true`. The optional `blind` field is not yet in `QuestionQuery`; it is added
 * to the type separately (until then the excess-property check reports it).
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND_QUESTIONS: readonly QuestionQuery[] = [
	// ── question: unspaced questions with question words ──
	{
		q: '功能型支部能发展党员吗',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c7', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['功能型党支部不能发展党员', '不发展党员'],
		blind: true,
	},
	{
		q: '学会党委多久开一次会',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3', 'chongqing-2023-gongzuo-yaodian#s4-c16'],
		excerpt: ['原则上每半年召开一次', '原则与学会理事会同步召开', '每季度召开1次党委会'],
		blind: true,
	},
	{
		q: '理事长不是党员书记谁来当',
		kind: 'question',
		answer: [
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'qing-liangxin-2018-15#c4',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
		],
		excerpt: [
			'如理事长非中共党员，则从是中共党员的副理事长中产生',
			'社会组织负责人不是党员的',
			'学会党组织书记一般由是党员的学会主要负责人担任',
		],
		blind: true,
	},
	{
		q: '支部书记一年至少讲几次党课',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c6'],
		excerpt: ['每年至少为支部党员讲1次党课'],
		blind: true,
	},
	{
		q: '换届选委员是差额还是等额',
		kind: 'question',
		answer: ['template-4#s3-c1', 'template-4#s3-c2', 'template-6#original'],
		excerpt: ['差额选举办法', '差额不小于应选人数的20%', '均实行等额选举', '无记名投票和差额选举的办法'],
		blind: true,
	},
	{
		q: '书记每年要向上级述职几次',
		kind: 'question',
		answer: [
			'qinghai-guide#p5-s1-c4',
			'qing-liangxin-2018-15#c15',
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'qinghai-guide#p4-s2-c5',
		],
		excerpt: [
			'每年应向省科技社团党委进行一次书面述职',
			'每年应向上级党组织进行1次书面述职',
			'每年应向上级党组织和本单位党员报告工作',
			'党组织书记述职述廉',
		],
		blind: true,
	},
	{
		q: '学会要注销了党支部咋办',
		kind: 'question',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['社会组织变更、撤并或注销，党组织应及时向上级党组织报告'],
		blind: true,
	},
	{
		q: '联合建支部最多几家单位',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['联合组建单位原则上不得超过5家'],
		blind: true,
	},

	// ── everyday: the texts say it in other words ──
	{
		q: '支部搞活动的钱从哪出',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s7-c22',
			'qingbanfa-2018-9#s6-c22',
			'qinghai-guide#p5-s6',
			'qing-liangxin-2018-15#c16',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'minhan-2016-257#s5',
		],
		excerpt: ['党建工作经费纳入管理费用列支', '列支管理费用', '提供必要的场地、经费和人员支持'],
		blind: true,
	},
	{
		q: '支委调走了一个要补人怎么弄',
		kind: 'everyday',
		answer: [
			'template-7#original',
			'template-7#s2',
			'template-7#s3',
			'qinghai-guide#p3-s1-c1',
			'qinghai-guide#p3-s1-c3',
			'qinghai-guide#p3',
			'qing-kexie-dangfa-2018-12#s2-u2-c6',
		],
		excerpt: ['补选党总支（支部）委员会委员', '补选党总支委员会委员', '因工作变动，委员出现空缺', '届中调整', '委员调整、书记任命'],
		blind: true,
	},
	{
		q: '党员活动室墙上要挂啥',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s7',
			'qing-liangxin-2018-15#c17',
			'qingbanfa-2018-9#s6-c23',
			'qing-kexie-shedangfa-2019-10#c6',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['党旗、入党誓词等党组织标识标牌悬挂在醒目位置', '有标志、有党旗', '有标识、有党旗'],
		blind: true,
	},
	{
		q: '理事会开会前大事要先让党委过一遍吗',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'qinghai-guide#p4-s1-c1',
			'qing-kexie-dangfa-2018-12#s3-u1',
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
			'qinghai-guide#p4-s2-c2',
			'qinghai-guide#p4-s1-c4',
			'qing-kexie-dangfa-2018-12#s3-u4',
		],
		excerpt: [
			'理事会前审议学会“三重一大”事项',
			'对提交理事会的重大问题提前研究',
			'参与学会“三重一大”事项研究',
			'“三重一大”事项向理事会提出意见和建议',
			'“三重一大”事项决策的监督',
		],
		blind: true,
	},
	{
		q: '秘书处小年轻想入党找谁',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c7'],
		excerpt: ['入党申请书报上级党组织', '有入党意愿的社会组织专职工作人员'],
		blind: true,
	},
	{
		q: '民政每年检查会不会查党建',
		kind: 'everyday',
		answer: [
			'zhongzufa-2000-10#s5',
			'qingbanfa-2018-9#s3-c8',
			'qingbanfa-2018-9#s3-c10',
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'qinghai-guide#p5-s5',
			'qinghai-guide#p5-s1-c5',
			'qing-kexie-dangfa-2018-12#s4-u6',
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'minhan-2016-257#s3',
		],
		excerpt: [
			'年检时，同步检查党建工作',
			'把社会团体党组织的设置情况作为检查的一项内容',
			'要注意了解党建工作情况',
			'作为年检、等级评估的重要内容',
			'作为科技社团组织年检',
			'年检、评估、换届四同步审核',
			'积极探索在检查、评估等日常管理中落实党建工作',
		],
		blind: true,
	},
	{
		q: '换届大会人没来齐能不能选',
		kind: 'everyday',
		answer: ['template-7#s3', 'template-6#original', 'template-9#original', 'tool:election'],
		excerpt: ['五分之四', '80%'],
		blind: true,
	},
	{
		q: '党费交原单位还是交学会',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c9', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['向其组织关系所在党支部交纳党费', '不在科技社团党组织交纳党费'],
		blind: true,
	},
	{
		q: '专委会里能不能建党小组',
		kind: 'everyday',
		answer: [
			'kexie-dangzufa-2019-22#s2-u2',
			'cast-2022-xuehui-dangjian-yaodian#s3-c7',
			'qinghai-guide#p2-s3-c5',
			'qing-kexie-dangfa-2018-12#s2-u2-c5',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
		],
		excerpt: ['在分支机构建立党的工作小组', '推动建设党的工作小组', '可在分支机构、秘书处中建立党支部', '分支机构可设立党的基层组织'],
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
		q: '专职搞党务的调岗了要跟上面说吗',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['职务变动报告制度', '职务变动向上级党组织报告制度'],
		blind: true,
	},
	{
		q: '开学术年会要不要临时弄个党组织',
		kind: 'everyday',
		answer: ['zhongzufa-2000-10#s2', 'zhongzufa-2000-10#s3'],
		excerpt: ['应根据工作需要成立社会团体临时党组织', '在重要活动期间成立的临时党组织'],
		blind: true,
	},
	{
		q: '学会收了一大笔赞助党组织管不管',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p4-s1-c4',
			'qing-kexie-dangfa-2018-12#s3-u4',
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
		],
		excerpt: ['接收大额捐赠'],
		blind: true,
	},
	{
		q: '会员都在外地党员活动能放网上搞吗',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s5-c14', 'qingbanfa-2018-9#s4-c14', 'qingbanfa-2018-9#s6-c23'],
		excerpt: ['充分利用现代信息技术手段开展活动', '加强线上互动、线下交流'],
		blind: true,
	},

	// ── pasted: a sentence from a text with a typo, other punctuation or a dropped character ──
	{
		q: '功能型党支部班子人选不实行任其制 原则上与社会组织换届同步调整',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c5'],
		excerpt: ['不实行任期制'],
		blind: true,
	},
	{
		q: '防止组织生活随意化,平淡化,娱乐化,俗化',
		kind: 'pasted',
		answer: [
			'zhongbanfa-2015-51#s5-c16',
			'qingbanfa-2018-9#s4-c16',
			'kexie-dangzufa-2016-81#s3-c9',
			'pingdingshan-xuehui-dangjian-yijian#s3-c6',
		],
		excerpt: ['组织生活随意化、平淡化、娱乐化、庸俗化'],
		blind: true,
	},
	{
		q: '有场所、有设施、有标志、有党旗、有书抱、有制度的六有标准',
		kind: 'pasted',
		answer: ['qingbanfa-2018-9#s6-c23', 'qing-kexie-shedangfa-2019-10#c6', 'qing-liangxin-2019-13#s3-u3-c6-2'],
		excerpt: ['有场所、有设施、有标志、有党旗、有书报、有制度'],
		blind: true,
	},
	{
		q: '设总支的直属单位配备至少一名专职党务干部',
		kind: 'pasted',
		answer: ['kexie-dangzufa-2019-22#s3-c2'],
		excerpt: ['设总支的直属单位配备至少1名专职党务干部'],
		blind: true,
	},

	// ── pinyin: full pinyin, initials, Chinese mixed with pinyin ──
	{
		q: 'yigangshuangze',
		kind: 'pinyin',
		answer: [
			'qinghai-guide#p4-s1-c5',
			'qing-kexie-dangfa-2018-12#s3-u5',
			'kexie-dangzufa-2019-22#s3-c1',
			'chongqing-2023-gongzuo-yaodian#s4-c16',
		],
		excerpt: ['一岗双责'],
		blind: true,
	},
	{
		q: 'ztdr',
		kind: 'pinyin',
		answer: [
			'kexie-dangzufa-2019-22#s2-u1-c3',
			'qinghai-guide#p5-s2-c3',
			'qing-liangxin-2018-15#c6',
			'qing-liangxin-2019-13#s2-u2',
			'chongqing-2023-gongzuo-yaodian',
		],
		excerpt: ['主题党日'],
		blind: true,
	},
	{
		q: '双向jinru',
		kind: 'pinyin',
		answer: [
			'zhongbanfa-2015-51#s5-c12',
			'qingbanfa-2018-9#s4-c12',
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'chongqing-2023-gongzuo-yaodian#s2-c9',
			'qing-liangxin-2019-13#s3-u3-c4',
		],
		excerpt: ['双向进入'],
		blind: true,
	},
	{
		q: 'liangxueyizuo',
		kind: 'pinyin',
		answer: ['kexie-dangzufa-2016-81#s3-c8', 'pingdingshan-xuehui-dangjian-yijian#s3-c5', 'kexie-dangzufa-2019-22#s2-u1-c2'],
		excerpt: ['两学一做'],
		blind: true,
	},

	// ── tool: a calculator answers it (excerpt: what its verdict or answer card shows for these numbers) ──
	{
		q: '理事会里120个党员建党委还是总支',
		kind: 'tool',
		answer: ['tool:org-type', 'qinghai-guide#p2-s3-c1'],
		excerpt: ['基层党委', '超过 100 名，成立基层党委'],
		blind: true,
	},
	{
		q: '30名党员选5个委员最少几个候选人到会多少人有效',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['候选人至少 6 名', '到会至少 25 人'],
		blind: true,
	},
	{
		q: '2020年9月15日换的届任期4年现在超期没',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['已超期，应尽快换届', '2024-09-15'],
		blind: true,
	},

	// ── goto: 文号 or short name with 第N条 / 第N部分 ──
	{
		q: '青办发[2018]9号 第22条',
		kind: 'goto',
		answer: ['qingbanfa-2018-9#s6-c22'],
		excerpt: ['强化基础保障'],
		blind: true,
	},
	{
		q: '工作指南第5部分',
		kind: 'goto',
		answer: ['qinghai-guide#p5'],
		excerpt: ['基层党组织工作要求'],
		blind: true,
	},
	{
		q: '81号文第8条',
		kind: 'goto',
		answer: ['kexie-dangzufa-2016-81#s3-c8'],
		excerpt: ['做好学会党员的教育管理和党员发展工作'],
		blind: true,
	},

	// ── short: one or two words ──
	{
		q: '年检',
		kind: 'short',
		answer: [
			'qingbanfa-2018-9',
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'qinghai-guide#p5-s5',
			'qinghai-guide#p5-s1-c5',
			'qing-kexie-dangfa-2018-12#s4-u6',
			'kexie-dangzufa-2019-22#s2-u5-c3',
			'minhan-2016-257#s3',
		],
		excerpt: ['年检'],
		blind: true,
	},
	{
		q: '台账',
		kind: 'short',
		answer: [
			'kexie-dangzufa-2016-81#s2-c5-i1',
			'pingdingshan-xuehui-dangjian-yijian#s2-c2-i1',
			'chongqing-2023-gongzuo-yaodian#s2-c7',
			'qingbanfa-2018-9#s6-c24',
		],
		excerpt: ['台账'],
		blind: true,
	},

	// ── absent: sensible questions no text in the corpus answers ──
	{
		q: '入党要几个介绍人',
		kind: 'absent',
		answer: [],
		excerpt: [],
		blind: true,
	},
	{
		q: '党费按工资多少比例交',
		kind: 'absent',
		answer: [],
		excerpt: [],
		blind: true,
	},
];
