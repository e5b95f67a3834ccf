/**
 * Every reading the tools make where the texts are silent, ambiguous or differ from one another,
 * with the clauses involved. One list: each tool page shows its own readings under “计算口径”, and
 * /tools/readings/ shows them all, so the page cannot drift from what the tools do.
 */
import type { Basis } from './basis';
import { TOOLS, type CalculatorId } from '../tools';
import { BY_ELECTION_BASIS } from './election';
import { FUNCTIONAL_CONFLICT, SECRETARY_ROUTE } from './leadership';
import { SOURCES as S } from './sources';
import {
	BRANCH_MAX_MEMBERS,
	DUE_SOON_MONTHS,
	ELECTION_MARGIN_PERCENT,
	GENERAL_BRANCH_MAX_MEMBERS,
	MIN_FORMAL_FOR_BRANCH_COMMITTEE,
	MIN_FORMAL_TO_FOUND,
	PLENARY_QUORUM,
	TERM_SHIFT_MAX_YEARS,
	TERM_YEARS,
} from './thresholds';

/** A calculator of the tool registry, or the template forms. */
export type ReadingTool = CalculatorId | 'templates';

/** Why a reading is needed. `约定` is a working convention of this site, not a reading of a text. */
export type ReadingKind = '条文未规定' | '条文有歧义' | '文件之间不一致' | '只见于地方文件' | '本站约定';

export type Reading = {
	id: string;
	tools: readonly ReadingTool[];
	kind: ReadingKind;
	title: string;
	/** What the tools do, in Chinese. */
	text: string;
	citations: readonly Basis[];
};

export const TOOL_NAMES = {
	...(Object.fromEntries(TOOLS.map((t) => [t.id, t.title])) as Record<CalculatorId, string>),
	templates: '文书模板填写',
} satisfies Record<ReadingTool, string>;

export const READINGS: readonly Reading[] = [
	{
		id: 'count-formal-only',
		tools: ['org-type'],
		kind: '条文有歧义',
		title: '3 人、7 人只计正式党员；50 名、100 名计全部党员',
		text: `成立党组织的“${MIN_FORMAL_TO_FOUND.value} 人以上”和设立支部委员会的“${MIN_FORMAL_FOR_BRANCH_COMMITTEE.value} 人以上”条文写明“正式党员”，只计正式党员。“超过 ${BRANCH_MAX_MEMBERS.value} 名”“超过 ${GENERAL_BRANCH_MAX_MEMBERS.value} 名”条文写的是“党员人数”，本工具按正式党员与预备党员合计；只计正式党员时得出的组织形式列为“经上级党组织批准也可……”。`,
		citations: [S.qhP2S3C1Sizes, S.zhibuCommittee, S.dangzhang7],
	},
	{
		id: 'count-council',
		tools: ['org-type'],
		kind: '文件之间不一致',
		title: '计哪些人：理事会中的党员',
		text: '青海指南和青科协党发〔2018〕12号在理事会层面设立党组织，计理事会中的党员；中办发〔2015〕51号说的是社会组织的正式党员。本工具按理事会中的党员计算，并在人数栏旁说明；上级党组织要求按专职工作人员或会员中的党员计算时，按其要求。',
		citations: [S.qhP2S3C1Council, S.qkx12S2U2C1, S.zbf51S4C8Found],
	},
	{
		id: 'boundary-3',
		tools: ['org-type'],
		kind: '文件之间不一致',
		title: '正好 3 名正式党员',
		text: '党章“三人以上”、青海指南同条开头“3人以上”都含 3 人：正好 3 名正式党员应当成立党组织，虽然同条后文写“正式党员超过 3 名”。',
		citations: [S.dangzhang30, S.qhP2S3C1Found, S.qhP2S3C1Sizes],
	},
	{
		id: 'boundary-50-100',
		tools: ['org-type'],
		kind: '条文未规定',
		title: '正好 50 名、正好 100 名',
		text: '“不足 50 名”与“超过 50 名”都不含 50，“不足 100 名”与“超过 100 名”都不含 100。本工具取较小的组织形式（50 名设党支部，依据《中国共产党支部工作条例（试行）》“一般不超过50人”；100 名设党总支），并在结论中并列较大的组织形式及其依据，注明须经上级党组织批准。',
		citations: [S.qhP2S3C1Sizes, S.zhibu50],
	},
	{
		id: 'approval-routes',
		tools: ['org-type'],
		kind: '条文未规定',
		title: '经批准另设的组织形式',
		text: '文件列出的其他形式：规模较大的学会经县级以上党委批准建立党委，党的工作小组，临时党组织，功能型党支部，特设党支部（重庆），分支机构、秘书处党支部，行业党组织（计算器页面逐条列出依据）。文件没有规定正式党员不足 3 人时经批准单独成立党组织；“规模较大”一项本工具只在正式党员 3 人以上时列出。',
		citations: [S.zbf51S4C8Large, S.qbf9S3C7, S.kx81S3C6, S.zzf10S2Temporary, S.qlx15C1, S.cqS2C7, S.qhP2S3C5, S.zbf51S4C9],
	},
	{
		id: 'branch-leadership',
		tools: ['org-type', 'term-reminder'],
		kind: '文件之间不一致',
		title: '党支部班子：选举产生还是任命',
		text: '按单位建立的学会党组织，领导班子由理事会党员大会选举产生、报科技社团党委审批；功能型党支部的班子由上级党组织任命，不实行任期制，原则上与社会组织换届同步调整。工具按前者说明，并单列功能型党支部。',
		citations: [S.qhP2S4C4, S.qhP2S4C5, S.qlx15C4Appointed, S.qlx15C5],
	},
	{
		id: 'functional-conflict',
		tools: ['org-type', 'term-reminder'],
		kind: '文件之间不一致',
		title: '学会党组织是功能型党组织：班子选举还是任命',
		text: FUNCTIONAL_CONFLICT.text,
		citations: FUNCTIONAL_CONFLICT.citations,
	},
	{
		id: 'secretary-route',
		tools: ['org-type', 'term-reminder', 'templates'],
		kind: '文件之间不一致',
		title: '书记人选：理事长、主要负责人或上级党组织选派',
		text: `${SECRETARY_ROUTE.text.replace(/^书记人选：/, '')}工具和模板按选举产生说明（新一届委员会第一次全体会议等额选举书记、副书记，青海指南模板4 三、2.）；由上级党组织选派的，按上述文件“按党内有关规定任职”。`,
		citations: [...SECRETARY_ROUTE.citations, S.tpl4S3C2],
	},
	{
		id: 'large-committee-approval',
		tools: ['org-type', 'templates'],
		kind: '本站约定',
		title: '规模较大的学会建立党委：须经县级以上党委批准',
		text: '组织形式计算器的“已经上级党组织批准另设组织形式”一项，对正好 50 名、正好 100 名党员等情形采用较大的组织形式。学会规模较大、会员单位较多而党员人数不足规定要求、据此建立党委的，文件规定须经县级以上党委批准：勾选时结论注明批准机关须是县级以上党委，模板1 的对应选项写明“经县级以上党委批准建立党委”。',
		citations: [S.zbf51S4C8Large, S.qbf9S3C7],
	},
	{
		id: 'joint-must-may',
		tools: ['org-type'],
		kind: '文件之间不一致',
		title: '正式党员不足 3 人：“应当”还是“可以”联合建立',
		text: '《中国共产党支部工作条例（试行）》第五条规定，正式党员不足3人的单位“应当”成立联合党支部；青海指南第二部分 三、1.和中办发〔2015〕51号 四、10.写规模小、党员少的“可以”联合建立党组织，中组发〔2000〕10号 二、写正式党员不足3人的“可与”其他社会团体或邻近单位建立联合党支部，或将党员组织关系转入业务主管单位或挂靠单位的党组织。工具把联合建立与派驻指导员等其他覆盖方式并列，并注明条例的“应当”；采用哪种方式以上级党组织的安排为准。',
		citations: [S.zhibuJointMust, S.qhP2S3C1Joint, S.zbf51S4C10, S.zzf10S2],
	},
	{
		id: 'margin-rounding',
		tools: ['election', 'templates'],
		kind: '条文未规定',
		title: '差额 20% 不是整数时',
		text: `差额不小于应选人数的 ${ELECTION_MARGIN_PERCENT.value}%，算出的人数不是整数时向上取整（不足 1 人按 1 人计）：“不小于”不能少于算出的人数。`,
		citations: ELECTION_MARGIN_PERCENT.citations,
	},
	{
		id: 'quorum-strict',
		tools: ['election', 'templates'],
		kind: '文件之间不一致',
		title: '到会人数：“超过”五分之四还是“五分之四以上”',
		text: '《中国共产党基层组织选举工作条例》和模板7写“超过”，模板6写“五分之四以上”。本工具按“超过”计算：正好五分之四不算有效。',
		citations: [S.electionQuorum, S.tpl7Quorum, S.tpl6Attendance],
	},
	{
		id: 'by-election-equal',
		tools: ['election', 'templates'],
		kind: '只见于地方文件',
		title: '补选实行等额选举',
		text: `补选委员实行等额选举，${BY_ELECTION_BASIS}；本站收录的全国性文件没有这样的规定，其他地方以上级党组织的要求为准。书记、副书记等额选举同样出自青海指南模板4 三、2.。`,
		citations: [S.tpl7Equal, S.tpl9Equal, S.tpl4S3C2],
	},
	{
		id: 'eligible-count',
		tools: ['election', 'templates'],
		kind: '条文未规定',
		title: '应到会有选举权人数',
		text: '不计入预备党员、留党察看期间的党员和被依法留置、逮捕而中止权利的党员（《中国共产党基层组织选举工作条例》第五条）。其他因故不能到会的党员能否不计入，本站收录的文件没有规定，工具不作推算，请以该条例和上级党组织的意见为准。',
		citations: [S.electionRights, S.dangzhang7],
	},
	{
		id: 'committee-size',
		tools: ['templates'],
		kind: '条文未规定',
		title: '党总支、党委委员会的人数',
		text: '文件只规定了党支部委员会的人数（3 至 5 人，一般不超过 7 人），模板4、模板6 只对党支部核对应选人数；党总支、党委委员会的人数本站收录的文件没有规定，不作核对。',
		citations: [S.zhibuCommittee, S.qlx15C4],
	},
	{
		id: 'template1-members',
		tools: ['templates'],
		kind: '条文有歧义',
		title: '模板1 按“理事会现有党员”核对组织形式',
		text: '模板1 只填“理事会现有党员”人数，不分正式党员和预备党员。核对党组织类型时按这一人数计算；其中有预备党员的，以正式党员人数为准（见组织形式计算器）。正好 50 名、正好 100 名时两种组织形式都接受；勾选“规模较大、会员单位较多，经县级以上党委批准建立党委”时接受党委。',
		citations: [S.tpl1, S.qhP2S3C1Sizes, S.zbf51S4C8Large],
	},
	{
		id: 'term-range',
		tools: ['term-reminder'],
		kind: '条文未规定',
		title: '理事会任期不在 3 至 5 年',
		text: `党组织换届与理事会换届同步，而${TERM_YEARS.meaning}。理事会任期不在 ${TERM_YEARS.value.min} 至 ${TERM_YEARS.value.max} 年时两者无法同时满足，文件没有规定如何处理：工具不推算，请向上级党组织请示。`,
		citations: [...TERM_YEARS.citations, S.qhP3, S.kx22S2U5C3],
	},
	{
		id: 'term-shift',
		tools: ['term-reminder'],
		kind: '条文未规定',
		title: '理事会提前或延期换届',
		text: `到期日按理事会任期推算。理事会提前或延期换届、党组织随之调整的，${TERM_SHIFT_MAX_YEARS.meaning}；工具不替上级党组织作这一决定。`,
		citations: [...TERM_SHIFT_MAX_YEARS.citations, S.qhP3, S.qkx12S2U2C2],
	},
	{
		id: 'term-other-texts',
		tools: ['term-reminder'],
		kind: '本站约定',
		title: '到期日只按“与理事会换届同步”推算',
		text: '本站收录的文件写明学会党组织换届应与理事会换届同步，工具据此按理事会任期推算到期日。基层党组织的任期还由《中国共产党章程》第三十一条（每届任期三年至五年）、《中国共产党基层组织选举工作条例》（延期或提前换届须经上级党组织批准）等本站未收录的党内法规规定；两者不一致时，以这些法规和上级党组织的要求为准。',
		citations: [S.qhP3, S.qkx12S2U2C2, S.dangzhang31Term, S.electionPostpone],
	},
	{
		id: 'plenary-quorum',
		tools: ['templates'],
		kind: '只见于地方文件',
		title: '第一次全体会议：半数以上委员到会',
		text: `${PLENARY_QUORUM.meaning}（青海指南第五部分 一、3.）。“半数以上”含半数：5 名委员至少 3 人、4 名委员至少 2 人到会。模板6、模板9 核对第一次全体会议的到会人数，不足半数时不生成干净的文书；书记、副书记还须获实到会委员过半数的票。`,
		citations: [...PLENARY_QUORUM.citations, S.electionMajority],
	},
	{
		id: 'due-soon',
		tools: ['term-reminder'],
		kind: '本站约定',
		title: `到期前 ${DUE_SOON_MONTHS} 个月提示准备`,
		text: `“即将到期”的 ${DUE_SOON_MONTHS} 个月不是文件规定，是为请示（模板4）报批留出的工作时间。`,
		citations: [S.qhP3S1C1],
	},
	{
		id: 'leap-day',
		tools: ['term-reminder'],
		kind: '本站约定',
		title: '2 月 29 日换届',
		text: '上次换届在 2 月 29 日、到期那年不是闰年的，按 2 月 28 日计。',
		citations: [],
	},
];

export const readingsFor = (tool: ReadingTool): Reading[] => READINGS.filter((r) => r.tools.includes(tool));
