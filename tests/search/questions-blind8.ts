/**
 * The eighth blind batch: 40 queries written by an engineer who never saw the search's code, its
 * tuning data, the earlier batches or any figure, and never ran the search. The queries were written
 * first, as a 学会 党务工作者 would type them; the answers were then found by reading the texts in
 * content/ (policies and templates) and searching the built pages (/tmp/dist-main) for every clause
 * that says the same thing, so each query lists all the clauses in the corpus that answer it.
 * Anchors are element ids of the built pages; a clause's text includes the unnumbered paragraphs
 * that follow it up to the next clause (as in src/lib/rules/sources.ts, e.g. qinghai-guide#p2-s2).
 * Templates without clause ids (模板9) are answered by the page (`template-9`). Every excerpt was
 * checked verbatim against the text of a listed clause by a scratch script; the tool excerpts were
 * checked against the output of the rules in src/lib/rules/ for the query's numbers.
 * Kinds: question 8, everyday 14, pasted 4, pinyin 4, tool 3, goto 3, short 2, absent 2.
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND8_QUESTIONS: readonly QuestionQuery[] = [
	// ── question (8): natural questions, the texts' words allowed ──
	{
		q: '学会党组织书记一般由谁来担任？',
		kind: 'question',
		answer: [
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'kexie-dangzufa-2016-81#s3-c6',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'qing-liangxin-2018-15#c4',
			'zhongzufa-2000-10#s2',
			'qing-liangxin-2019-13#s2-u2',
		],
		excerpt: [
			'中共正式党员的学会理事长担任',
			'研究会理事长担任',
			'由是党员的学会主要负责人担任',
			'提倡党员社会组织负责人担任',
			'重点从党员社会组织负责人中选拔',
			'负责人中的党员担任党支部书记',
			'社会团体行政中的党员担任',
			'注重从负责人及管理层中选配',
		],
		blind: true,
	},
	{
		q: '党员超过多少人要成立党总支',
		kind: 'question',
		answer: ['qinghai-guide#p2-s3-c1'],
		excerpt: ['超过50名、不足100名'],
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
		q: '登记管理机关收到党建承诺书后几个工作日内要移交',
		kind: 'question',
		answer: ['minhan-2016-257#s2'],
		excerpt: ['5个工作日内'],
		blind: true,
	},
	{
		q: '支委会要多少委员到会才能开',
		kind: 'question',
		answer: ['qinghai-guide#p5-s1-c3', 'qing-kexie-dangfa-2018-12#s4-u4'],
		excerpt: ['半数以上委员到会方可召开'],
		blind: true,
	},
	{
		q: '联合建立党组织最多能几家单位一起建？',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['原则上不得超过5家'],
		blind: true,
	},
	{
		q: '学会党组织覆盖率要达到多少',
		kind: 'question',
		answer: [
			'kexie-dangzufa-2016-81#s2-c5-i1',
			'pingdingshan-xuehui-dangjian-yijian#s2-c2-i1',
			'kexie-dangzufa-2016-81#s2-c5-i2',
			'pingdingshan-xuehui-dangjian-yijian#s2-c2-i2',
		],
		excerpt: ['覆盖率提升到80%', '覆盖率提升到100%', '实现党的组织全覆盖'],
		blind: true,
	},
	{
		q: '补选委员是差额选举还是等额选举',
		kind: 'question',
		answer: ['template-7#s3', 'template-9'],
		excerpt: ['候选人等额选举办法', '无记名投票和等额选举的办法'],
		blind: true,
	},

	// ── everyday (14): the workers' own words, not the texts' ──
	{
		q: '党委会隔多久得开一回',
		kind: 'everyday',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3', 'chongqing-2023-gongzuo-yaodian#s4-c16'],
		excerpt: ['原则上每半年召开一次', '原则与学会理事会同步召开', '每季度召开1次党委会'],
		blind: true,
	},
	{
		q: '改章程的时候党建那块要不要写进去',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s5',
			'qing-liangxin-2018-15#c14',
			'kexie-dangzufa-2016-81#s4-c13',
			'pingdingshan-xuehui-dangjian-yijian#s4-c10',
			'qing-kexie-shedangfa-2019-10#c1',
			'qing-liangxin-2019-13#s3-u3-c1-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
			'zhongbanfa-2015-51#s7-c22',
			'chongqing-2023-gongzuo-yaodian#s2-c7',
		],
		excerpt: [
			'将党建工作写入学会章程',
			'将党的建设有关内容写入章程',
			'把学会党建工作纳入学会章程',
			'自觉将党建工作纳入本学会',
			'自觉将党建工作纳入社会组织章程',
			'将党建工作列入本学会章程中',
			'并将有关内容写入社会组织章程',
			'指导科技社团党建入章',
		],
		blind: true,
	},
	{
		q: '学会没有挂靠单位，党组织归谁管',
		kind: 'everyday',
		answer: ['qing-kexie-dangfa-2018-12#s2-u1-c2', 'kexie-dangzufa-2019-22#s2-u2'],
		excerpt: ['科技社团党委直接领导和管理', '管理无挂靠单位学会'],
		blind: true,
	},
	{
		q: '选支委的时候候选人得比要选的多几个',
		kind: 'everyday',
		answer: ['template-4#s3-c1', 'template-4#s2'],
		excerpt: ['差额不小于应选人数的20%', '差额不低于20%'],
		blind: true,
	},
	{
		q: '书记年底要不要交述职报告',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s1-c4',
			'qing-liangxin-2018-15#c15',
			'qinghai-guide#p4-s2-c5',
			'zhongbanfa-2015-51#s6-c20',
			'qingbanfa-2018-9#s5-c20',
			'kexie-dangzufa-2016-81#s4-c12',
			'pingdingshan-xuehui-dangjian-yijian#s4-c9',
		],
		excerpt: ['一次书面述职', '1次书面述职', '党组织书记述职述廉', '每年应向上级党组织', '定期向上级党组织报告工作'],
		blind: true,
	},
	{
		q: '搞党建活动的钱从哪儿出',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p5-s6',
			'qing-liangxin-2018-15#c16',
			'qingbanfa-2018-9#s6-c22',
			'zhongbanfa-2015-51#s7-c22',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'minhan-2016-257#s5',
			'zhongzufa-2000-10#s2',
		],
		excerpt: ['多渠道筹措党建工作经费', '党建工作经费纳入管理费用列支', '列支管理费用', '场地、经费和人员支持', '活动经费要有保证'],
		blind: true,
	},
	{
		q: '党组织换届能不能跟理事会换届放一块儿办',
		kind: 'everyday',
		answer: ['qinghai-guide#p3', 'qing-kexie-dangfa-2018-12#s2-u2-c2', 'kexie-dangzufa-2019-22#s2-u5-c3', 'qing-liangxin-2018-15#c5'],
		excerpt: ['党组织换届应与理事会换届同步', '理事会换届与学会党委同步调整', '原则上与社会组织换届同步调整'],
		blind: true,
	},
	{
		q: '组织关系还在原单位的党员，在学会这边怎么过组织生活',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s2',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'kexie-dangzufa-2016-81#s3-c8',
			'pingdingshan-xuehui-dangjian-yijian#s3-c5',
			'zhongbanfa-2015-51#s5-c15',
			'qingbanfa-2018-9#s4-c15',
			'qinghai-guide#p5-s2-c4',
			'qing-liangxin-2018-15#c6',
			'zhongzufa-2000-10#s4',
		],
		excerpt: ['一方隶属，过多重组织生活', '一方隶属、参加多重组织生活', '参加其组织关系所在党支部', '还应参加社会团体党组织的活动'],
		blind: true,
	},
	{
		q: '学会党员凑不够三个人咋办',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c6',
			'qing-kexie-dangfa-2018-12#s2-u2-c7',
			'zhongzufa-2000-10#s2',
			'zhongbanfa-2015-51#s4-c11',
			'qingbanfa-2018-9#s3-c10',
			'qinghai-guide#p2-s3-c1',
			'zhongbanfa-2015-51#s4-c10',
			'qingbanfa-2018-9#s3-c9',
		],
		excerpt: ['派驻党建工作指导员', '正式党员不足3人的', '选派党建工作指导员、联络员', '就近就便原则，联合建立党组织'],
		blind: true,
	},
	{
		q: '开年会要不要临时成立个党支部',
		kind: 'everyday',
		answer: ['zhongzufa-2000-10#s2', 'zhongzufa-2000-10#s3'],
		excerpt: ['成立社会团体临时党组织', '重要活动期间成立的临时党组织'],
		blind: true,
	},
	{
		q: '当支部书记有没有补贴',
		kind: 'everyday',
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
		q: '示范点整改不到位会不会被摘牌',
		kind: 'everyday',
		answer: ['qing-liangxin-2019-13#s3-u2'],
		excerpt: ['要及时调整淘汰'],
		blind: true,
	},
	{
		q: '六有是哪六有',
		kind: 'everyday',
		answer: [
			'qingbanfa-2018-9#s6-c23',
			'qing-kexie-shedangfa-2019-10#c6',
			'qing-liangxin-2019-13#s3-u3-c6-2',
			'shanxi-shuangqiang-liuhao#省科协所属学会协会研究会创建六好党组织标准',
		],
		excerpt: ['有场所、有设施、有标志', '有场所、有设施、有标识'],
		blind: true,
	},
	{
		q: '学会的公众号和杂志发东西党委要管吗',
		kind: 'everyday',
		answer: ['cast-2022-xuehui-dangjian-yaodian#s1-c3', 'chongqing-2023-gongzuo-yaodian#s1-c4'],
		excerpt: ['加强对学会所属报刊杂志', '切实加强对学会期刊、网站'],
		blind: true,
	},

	// ── pasted (4): a clause's sentence as pasted from WeChat, with a slip or two ──
	{
		q: '党员人数较少的，可设书计1名;党员人数较多的，可设书记和1名副书记，委员3-5名',
		kind: 'pasted',
		answer: ['qing-liangxin-2018-15#c4'],
		excerpt: ['可设书记和1名副书记', '委员3-5名'],
		blind: true,
	},
	{
		q: '凡有3名以上正试党员的社会组织都要按照党章规定，经上级党组织批准，设立相应党组织',
		kind: 'pasted',
		answer: ['qingbanfa-2018-9#s3-c7', 'zhongbanfa-2015-51#s4-c8'],
		excerpt: ['凡有3名以上正式党员', '凡有三名以上正式党员'],
		blind: true,
	},
	{
		q: '学会基层党组织日常工作一般由办事机构(秘书处)承担并制定专人负责，明确党建联系人',
		kind: 'pasted',
		answer: ['qinghai-guide#p5-s1-c1', 'qing-kexie-dangfa-2018-12#s4-u2'],
		excerpt: ['承担并指定专人负责'],
		blind: true,
	},
	{
		q: '完善科技社团党支部abc分类管理、分类指导机制，着力推进实体党支部扩面增量',
		kind: 'pasted',
		answer: ['chongqing-2023-gongzuo-yaodian#s2-c5'],
		excerpt: ['ABC分类管理', '分类管理、分类指导机制'],
		blind: true,
	},

	// ── pinyin (4): full pinyin, mixed pinyin and Chinese, Chinese and digits ──
	{
		q: 'sanzhongyida',
		kind: 'pinyin',
		answer: [
			'qinghai-guide#p4-s1-c4',
			'qinghai-guide#p4-s2-c2',
			'qing-kexie-dangfa-2018-12#s3-u4',
			'kexie-dangzufa-2016-81#s3-c7',
			'pingdingshan-xuehui-dangjian-yijian#s3-c4',
			'kexie-dangzufa-2019-22#s2-u5-c3',
		],
		excerpt: ['“三重一大”事项'],
		blind: true,
	},
	{
		q: 'shuangxiang jinru',
		kind: 'pinyin',
		answer: [
			'qinghai-guide#p2-s3-c4',
			'qing-kexie-dangfa-2018-12#s2-u2-c4',
			'zhongbanfa-2015-51#s5-c12',
			'qingbanfa-2018-9#s4-c12',
			'chongqing-2023-gongzuo-yaodian#s2-c9',
			'qing-liangxin-2019-13#s3-u3-c4',
		],
		excerpt: ['双向进入，交叉任职', '双向进入、交叉任职'],
		blind: true,
	},
	{
		q: '双强6好',
		kind: 'pinyin',
		answer: ['shanxi-shuangqiang-liuhao'],
		excerpt: ['双强六好'],
		blind: true,
	},
	{
		q: 'lianhe党支部',
		kind: 'pinyin',
		answer: [
			'zhongzufa-2000-10#s2',
			'qinghai-guide#p2-s3-c1',
			'zhongbanfa-2015-51#s4-c10',
			'qingbanfa-2018-9#s3-c9',
			'minhan-2016-257#s2-2',
		],
		excerpt: ['建立联合党支部', '联合建立党组织'],
		blind: true,
	},

	// ── tool (3): numbers a calculator answers ──
	{
		q: '理事会正式党员5个、预备党员1个，该建什么组织',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['党支部（不设支部委员会）', '不设支部委员会'],
		blind: true,
	},
	{
		q: '换届要选7个委员，候选人最少得提几个',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['候选人至少 9 名'],
		blind: true,
	},
	{
		q: '上次换届是2019年5月20日，任期5年，现在超期了没',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['已超期，应尽快换届', '2024-05-20'],
		blind: true,
	},

	// ── goto (3): 文号 or short name plus 第N条 / 第N部分 ──
	{
		q: '51号文第17条',
		kind: 'goto',
		answer: ['zhongbanfa-2015-51#s6-c17'],
		excerpt: ['选优配强党组织书记'],
		blind: true,
	},
	{
		q: '科协81号文第十一条',
		kind: 'goto',
		answer: ['kexie-dangzufa-2016-81#s4-c11'],
		excerpt: ['加大学会党建工作支持力度'],
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
		q: '党费',
		kind: 'short',
		answer: [
			'qing-liangxin-2018-15#c9',
			'qinghai-guide#p2-s2',
			'qing-kexie-dangfa-2018-12#s2-u1-c2',
			'qingbanfa-2018-9#s6-c22',
			'zhongbanfa-2015-51#s7-c22',
			'kexie-dangzufa-2016-81#s4-c11',
			'pingdingshan-xuehui-dangjian-yijian#s4-c8',
			'qing-liangxin-2019-13#s3-u3-c6-2',
		],
		excerpt: ['交纳党费', '党费全额返还', '党费全额下拨', '党费支持', '党费收缴'],
		blind: true,
	},
	{
		q: '补选',
		kind: 'short',
		answer: ['template-7', 'template-9', 'qing-kexie-shedangfa-2019-10#c6', 'qing-liangxin-2019-13#s3-u3-c6-2'],
		excerpt: ['补选党总支（支部）委员会委员', '补选为党总支委员会委员', '缺额及时补选'],
		blind: true,
	},

	// ── absent (2): realistic questions no text answers ──
	{ q: '党费按工资的百分之几交', kind: 'absent', answer: [], excerpt: [], blind: true },
	{ q: '预备党员的预备期是多长时间', kind: 'absent', answer: [], excerpt: [], blind: true },
];
