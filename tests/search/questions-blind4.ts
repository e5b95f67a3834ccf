/**
 * A fourth batch of question-style queries, written blind by helper-19: from the texts only (the Markdown
 * under content/policies and content/templates, read in full), the calculators' rule files under
 * src/lib/rules for the tool questions, and the clause anchors of the built pages under dist/policies and
 * dist/templates. The writer never saw the search's code, its tuning data, its figures or earlier query
 * sets, and never ran the site's search. Each answer and excerpt was checked against the built HTML by a
 * throwaway script. Reported on its own; never tune on it.
 */
import type { QuestionQuery } from './questions.ts';

export const BLIND4_QUESTIONS: readonly QuestionQuery[] = [
	// 问句
	{
		q: '功能型党支部能不能自己吸收新党员',
		kind: 'question',
		answer: ['qing-liangxin-2018-15#c7', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['功能型党支部不能发展党员', '不发展党员'],
		blind: true,
	},
	{
		q: '学会党组织委员会一般多长时间开一次会',
		kind: 'question',
		answer: ['qing-kexie-dangfa-2018-12#s4-u4', 'qinghai-guide#p5-s1-c3'],
		excerpt: ['原则上每半年召开一次', '原则与学会理事会同步召开'],
		blind: true,
	},
	{
		q: '新成立社会组织去民政登记要交哪些党建材料',
		kind: 'question',
		answer: ['minhan-2016-257#s1', 'minhan-2016-257#s3'],
		excerpt: ['社会组织党建工作承诺书', '社会组织党员情况调查表'],
		blind: true,
	},
	{
		q: '党建工作经费可以在企业所得税前扣除吗',
		kind: 'question',
		answer: ['zhongbanfa-2015-51#s7-c22', 'qingbanfa-2018-9#s6-c22', 'qing-liangxin-2018-15#c16', 'qinghai-guide#p5-s6'],
		excerpt: ['据实在企业所得税前扣除', '税前扣除'],
		blind: true,
	},
	{
		q: '几个小学会联合建党组织最多能几家一起',
		kind: 'question',
		answer: ['qingbanfa-2018-9#s3-c9'],
		excerpt: ['联合组建单位原则上不得超过5家'],
		blind: true,
	},
	{
		q: '换届的时候候选人能不能当监票人',
		kind: 'question',
		answer: ['qinghai-guide#p3-s2-c2'],
		excerpt: ['委员候选人不得担任监计票人员'],
		blind: true,
	},
	{
		q: '学会开会员大会期间要不要成立临时党组织',
		kind: 'question',
		answer: ['zhongzufa-2000-10#s2', 'zhongzufa-2000-10#s3'],
		excerpt: ['应根据工作需要成立社会团体临时党组织', '社会团体在重要活动期间成立的临时党组织'],
		blind: true,
	},
	{
		q: '已经是中国科协团体会员的全国学会必须建党组织吗',
		kind: 'question',
		answer: ['kexie-dangzufa-2016-81#s3-c6'],
		excerpt: ['已经加入中国科协作为团体会员的全国学会必须建立党的组织'],
		blind: true,
	},

	// 日常说法
	{
		q: '学会里实在找不到人当书记咋办',
		kind: 'everyday',
		answer: [
			'zhongbanfa-2015-51#s6-c17',
			'qingbanfa-2018-9#s5-c17',
			'kexie-dangzufa-2016-81#s3-c6',
			'qing-liangxin-2018-15#c4',
			'pingdingshan-xuehui-dangjian-yijian#s3-c3',
			'qing-liangxin-2019-13#s2-u2',
		],
		excerpt: [
			'可提请上级党组织选派',
			'上级党组织统筹选派',
			'可按规定由上级党组织选派',
			'上级党组织应及时选派党建工作指导员担任党支部书记',
			'由上级党组织统筹选派',
		],
		blind: true,
	},
	{
		q: '理事会里就俩党员 支部建不起来咋整',
		kind: 'everyday',
		answer: [
			'qinghai-guide#p2-s3-c6',
			'qing-kexie-dangfa-2018-12#s2-u2-c7',
			'zhongzufa-2000-10#s2',
			'zhongbanfa-2015-51#s4-c11',
			'zhongbanfa-2015-51#s4-c10',
		],
		excerpt: ['派驻党建工作指导员、片区联建、同业共建', '正式党员不足3人的', '可通过选派党建工作指导员、联络员', '联合建立党组织'],
		blind: true,
	},
	{
		q: '关系挂在原单位的党员 党费交给学会支部还是原单位',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c9', 'qinghai-guide#p2-s2', 'qing-kexie-dangfa-2018-12#s2-u1-c2'],
		excerpt: ['向其组织关系所在党支部交纳党费', '不在科技社团党组织交纳党费'],
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
		q: '理事会要拍板的大事 党组织得先把把关吗',
		kind: 'everyday',
		answer: ['qing-kexie-dangfa-2018-12#s3-u1', 'qinghai-guide#p4-s1-c1', 'kexie-dangzufa-2019-22#s2-u5-c3'],
		excerpt: ['对提交理事会的重大问题提前研究、政治把关', '学会党委在召开常务理事会、理事会前审议学会“三重一大”事项'],
		blind: true,
	},
	{
		q: '学会要散摊子了 党支部咋处理',
		kind: 'everyday',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['社会组织变更、撤并或注销，党组织应及时向上级党组织报告'],
		blind: true,
	},
	{
		q: '评上示范点以后干不好会被摘牌吗',
		kind: 'everyday',
		answer: ['qing-liangxin-2019-13#s3-u2'],
		excerpt: ['要及时调整淘汰', '动态管理考核'],
		blind: true,
	},
	{
		q: '学会专职的小年轻想入党 谁来培养他',
		kind: 'everyday',
		answer: ['qing-liangxin-2018-15#c7'],
		excerpt: ['由上级党组织指派的实体性党支部进行培养'],
		blind: true,
	},
	{
		q: '主题党日是不是每个月固定搞一天',
		kind: 'everyday',
		answer: ['kexie-dangzufa-2019-22#s2-u1-c3'],
		excerpt: ['每月相对固定1天为主题党日'],
		blind: true,
	},
	{
		q: '重庆让社团党组织去社区报到是搞啥',
		kind: 'everyday',
		answer: ['chongqing-2023-gongzuo-yaodian#s3-c12'],
		excerpt: ['社区报到·治理增效', '引导100个科技社团党组织进社区报到'],
		blind: true,
	},
	{
		q: '学会监事会和党委咋配合',
		kind: 'everyday',
		answer: ['cast-2022-xuehui-dangjian-yaodian#s4-c11'],
		excerpt: ['推动建立学会党委工作与监事会工作联系机制'],
		blind: true,
	},
	{
		q: '支委调走一个要补上 请示咋写',
		kind: 'everyday',
		answer: ['template-7', 'qinghai-guide#p3-s1-c1'],
		excerpt: ['不能继续履行委员职责', '补选党总支（支部）委员会委员', '届中调整的申请'],
		blind: true,
	},
	{
		q: '示范点是不是要求学会去牧区搞科普',
		kind: 'everyday',
		answer: ['qing-kexie-shedangfa-2019-10#c5'],
		excerpt: ['到农村、牧区、城镇社区开展科普宣传和技术服务'],
		blind: true,
	},
	{
		q: '会员里的党员要不要跟原单位汇报在学会干了啥',
		kind: 'everyday',
		answer: ['zhongzufa-2000-10#s4'],
		excerpt: ['定期向所在单位党组织汇报参加社会团体活动的情况'],
		blind: true,
	},

	// 粘贴的条文（错字、标点不同）
	{
		q: '凡有三名以上正式党员的社会组织,都要按照党章规定,经上级党组织批准,分别设立党委,总支,支部,并按其进行换届',
		kind: 'pasted',
		answer: ['zhongbanfa-2015-51#s4-c8', 'qingbanfa-2018-9#s3-c7'],
		excerpt: ['凡有三名以上正式党员的社会组织', '凡有3名以上正式党员的社会组织'],
		blind: true,
	},
	{
		q: '下届党总支(支部)委员会委员,由党总支(支部)党员大会直接采取侯选人数多于应选人数的差额选举办法选举产生,差额不小于应选人数的20%',
		kind: 'pasted',
		answer: ['template-4#s3-c1'],
		excerpt: ['差额不小于应选人数的20%', '候选人数多于应选人数的差额选举办法'],
		blind: true,
	},
	{
		q: '社会组织提交党建工作承诺书、党员情况调查表后5个工作日内 登记管理机关应当将两个材料的复印件分别移交一下部门',
		kind: 'pasted',
		answer: ['minhan-2016-257#s2'],
		excerpt: ['后5个工作日内', '登记管理机关应当将两个材料的复印件分别移交以下部门'],
		blind: true,
	},
	{
		q: '社会团体党组织(包括临时党组织)原则上隶属于其业务主管单位党组织。业务主管单位党组织负责社会团体党组织的建立,并领导其工做',
		kind: 'pasted',
		answer: ['zhongzufa-2000-10#s2'],
		excerpt: ['原则上隶属于其业务主管单位党组织'],
		blind: true,
	},

	// 拼音
	{
		q: 'yigangshuangze',
		kind: 'pinyin',
		answer: [
			'kexie-dangzufa-2019-22#s3-c1',
			'chongqing-2023-gongzuo-yaodian#s4-c16',
			'qing-kexie-dangfa-2018-12#s3-u5',
			'qinghai-guide#p4-s1-c5',
		],
		excerpt: ['一岗双责'],
		blind: true,
	},
	{
		q: 'sqlh',
		kind: 'pinyin',
		answer: ['shanxi-shuangqiang-liuhao'],
		excerpt: ['双强六好'],
		blind: true,
	},
	{
		q: '功能型dangzhibu',
		kind: 'pinyin',
		answer: ['qing-liangxin-2018-15', 'qinghai-guide#p2-s2'],
		excerpt: ['功能型党支部', '功能型党组织'],
		blind: true,
	},
	{
		q: 'chengnuoshu',
		kind: 'pinyin',
		answer: ['minhan-2016-257#s1', 'minhan-2016-257#s2', 'minhan-2016-257#s3'],
		excerpt: ['社会组织党建工作承诺书', '承诺书'],
		blind: true,
	},

	// 计算器问题
	{
		q: '理事会里正式党员60人预备党员5人 该建支部还是总支',
		kind: 'tool',
		answer: ['tool:org-type'],
		excerpt: ['党总支', '成立党总支'],
		blind: true,
	},
	{
		q: '应选7名委员 差额选举候选人最少要几个',
		kind: 'tool',
		answer: ['tool:election'],
		excerpt: ['候选人至少 9 名'],
		blind: true,
	},
	{
		q: '上次换届是2021年10月15日 五年一届 下次哪天到期',
		kind: 'tool',
		answer: ['tool:term-reminder'],
		excerpt: ['2026-10-15', '2026年10月15日'],
		blind: true,
	},

	// 条款直达
	{
		q: '中办发〔2015〕51号第18条',
		kind: 'goto',
		answer: ['zhongbanfa-2015-51#s6-c18'],
		excerpt: ['充实壮大党务工作者队伍'],
		blind: true,
	},
	{
		q: '青办发2018 9号 第10条',
		kind: 'goto',
		answer: ['qingbanfa-2018-9#s3-c10'],
		excerpt: ['加大重点领域的党组织组建力度'],
		blind: true,
	},
	{
		q: '青海指南第三部分',
		kind: 'goto',
		answer: ['qinghai-guide#p3'],
		excerpt: ['基层党组织换届选举与届中调整'],
		blind: true,
	},

	// 一两个字
	{
		q: '脱钩',
		kind: 'short',
		answer: ['zhongbanfa-2015-51#s7-c21', 'qingbanfa-2018-9#s6-c21'],
		excerpt: ['确保脱钩不脱管'],
		blind: true,
	},
	{
		q: '六有',
		kind: 'short',
		answer: ['qingbanfa-2018-9#s6-c23', 'qing-kexie-shedangfa-2019-10#c6', 'qing-liangxin-2019-13#s3-u3-c6-2'],
		excerpt: ['六有', '有场所、有设施、有标志、有党旗、有书报、有制度'],
		blind: true,
	},

	// 语料中没有答案的
	{ q: '党费按工资的百分之几交', kind: 'absent', answer: [], excerpt: [], blind: true },
	{ q: '党员因私出国要不要向支部报告', kind: 'absent', answer: [], excerpt: [], blind: true },
];
