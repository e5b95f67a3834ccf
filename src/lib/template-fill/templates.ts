/**
 * The nine templates (《青海省科技社团党组织工作指南（试行）》第七部分) as data: the fields of
 * their blanks and their text, literal wording interleaved with field references. The literal
 * text follows `content/templates/template-N.mdx`; each reference's `blank` is the template's own
 * placeholder, kept (and highlighted) when the field is left empty.
 *
 * Where the template names the kind of organisation generically (党总支（支部）, 党委/党总支/党支部),
 * the chosen kind is written instead.
 */
import type { BlockSpec, CellSpec, FieldDef, Row, Seg, TemplateSpec, Values } from './types';
import { cell, int, namedRows, percent, str } from './values';
import {
	attendanceRules,
	branchSizeRules,
	candidateMarginRules,
	compositionRules,
	dateOrderRule,
	equalByElectionRules,
	officerVotesRules,
	orgKindRules,
	plenaryMembersRule,
	plenaryRules,
	reportedVotesRules,
	termRules,
} from './rules';
import { BY_ELECTION_BASIS, ELIGIBLE_COUNT } from '../rules/election';
import { SOURCES as SRC } from '../rules/sources';
import { PLENARY_QUORUM } from '../rules/thresholds';

// ---- Segment helpers ----

const F = (f: string, blank: string, fmt?: 'ymd' | 'md'): Seg => (fmt ? { f, blank, fmt } : { f, blank });
/** 学会（协会/研究会）名称. */
const S = (blank: string): Seg => ({ f: 'society', blank });
/** 党组织类型 (党委/党总支/党支部). */
const K = (blank = '党总支（支部）'): Seg => ({ f: 'orgKind', blank });

/**
 * How the text names the committee, its members and its meeting for each kind. The templates write
 * “党总支（支部）委员会” and “党总支（支部）党员大会”; a 党委 is itself the 委员会 (党的委员会), so it is
 * “党委”, “党委委员” and the society's “党员大会” — never “党委委员会” or “党委党员大会”.
 */
export const ORG_WORDS: Record<string, { committee: string; member: string; meeting: string }> = {
	党委: { committee: '党委', member: '党委委员', meeting: '党员大会' },
	党总支: { committee: '党总支委员会', member: '党总支委员会委员', meeting: '党总支党员大会' },
	党支部: { committee: '党支部委员会', member: '党支部委员会委员', meeting: '党支部党员大会' },
};
const word = (kind: keyof (typeof ORG_WORDS)[string], blank: string): Seg => ({
	calc: (v) => ORG_WORDS[str(v, 'orgKind')]?.[kind],
	blank,
	field: 'orgKind',
});
/** The committee: 党委 / 党总支委员会 / 党支部委员会. */
const KC = (blank = '党总支（支部）委员会') => word('committee', blank);
/** A member of it: 党委委员 / 党总支委员会委员. */
const KMember = (blank = '党总支（支部）委员会委员') => word('member', blank);
/** Its electing meeting: 党员大会 / 党总支党员大会. */
const KM = (blank = '党总支（支部）党员大会') => word('meeting', blank);
const YMD = '××××年×月×日';
const body = (...segs: Seg[]): BlockSpec => ({ style: 'body', segs });
const heading = (...segs: Seg[]): BlockSpec => ({ style: 'heading', segs });

/** Names of the filled rows, joined. */
const names =
	(field: string, sep = '、', role?: string) =>
	(v: Values) => {
		const list = namedRows(v, field)
			.filter((r) => role === undefined || cell(r, 'role') === role)
			.map((r) => cell(r, 'name'))
			.filter((n) => n !== '');
		return list.length ? list.join(sep) : undefined;
	};
const countRows = (field: string) => (v: Values) => {
	const n = namedRows(v, field).length;
	return n > 0 ? String(n) : undefined;
};

// ---- Shared fields ----

const G_DOC = '发文信息';
const G_MEETING = '会议情况';
const G_PEOPLE = '人员';
const G_SIGN = '落款';

const society = (label = '学会（协会/研究会）名称'): FieldDef => ({
	name: 'society',
	label,
	kind: 'text',
	group: G_DOC,
	required: true,
	hint: '写全称，如“青海省××学会”。',
	maxLength: 60,
});
const orgKind = (options: readonly string[] = ['党总支', '党支部']): FieldDef => ({
	name: 'orgKind',
	label: '党组织类型',
	kind: 'select',
	group: G_DOC,
	required: true,
	options,
});
const docNumberFields: FieldDef[] = [
	{
		name: 'orgCode',
		label: '发文机关代字',
		kind: 'text',
		group: G_DOC,
		required: true,
		hint: '发文字号中“〔〕”之前的部分。',
		maxLength: 20,
	},
	{ name: 'docYear', label: '发文年份', kind: 'number', group: G_DOC, required: true },
	{ name: 'docSerial', label: '发文顺序号', kind: 'number', group: G_DOC, required: true, min: 1 },
];
const docNumber: Seg[] = [F('orgCode', '××'), '〔', F('docYear', '××××'), '〕', F('docSerial', '×'), '号'];
const header: Seg[] = [S('×××××学会'), '文件'];
const addressee: Seg[] = ['中国共产党青海省科技社团委员会：'];
const dateField = (): FieldDef => ({ name: 'date', label: '成文日期', kind: 'date', group: G_SIGN, required: true });

/** The 请示 asks for approval of a meeting, so it comes first; a 结果 请示 comes after the meeting. */
const askBeforeMeeting = (v: Values) =>
	dateOrderRule(
		v,
		'date',
		'meetingDate',
		(a, b) => `党员大会日期（${b}）早于请示的成文日期（${a}）：须先请示、经科技社团党委审批后召开。`,
		[SRC.qhP3S1C3]
	);
const reportAfterMeeting = (v: Values) =>
	dateOrderRule(v, 'meetingDate', 'date', (a, b) => `成文日期（${b}）早于党员大会日期（${a}）：选举结果在会后报告。`, [SRC.qhP3S1C3]);
const count = (name: string, label: string, group = G_MEETING, required = true, hint?: string, min?: number): FieldDef => ({
	name,
	label,
	kind: 'number',
	group,
	required,
	hint,
	...(min === undefined ? {} : { min }),
});
/** A count that cannot be 0 (a meeting of nobody, a committee of no one). */
const count1 = (name: string, label: string, group = G_MEETING, required = true, hint?: string): FieldDef =>
	count(name, label, group, required, hint, 1);
/** A person's name. */
const person = (name: string, label: string, required = true): FieldDef => ({ ...text(name, label, G_PEOPLE, required), maxLength: 20 });
const date = (name: string, label: string, group = G_MEETING): FieldDef => ({ name, label, kind: 'date', group, required: true });
const text = (name: string, label: string, group: string, required = true, hint?: string): FieldDef => ({
	name,
	label,
	kind: 'text',
	group,
	required,
	hint,
});

const PLENARY_HINT = `委员会全体委员的人数。${PLENARY_QUORUM.meaning}（青海指南第五部分 一、3.）。`;

const attendanceFields: FieldDef[] = [
	count1('expected', '应到党员人数'),
	count1('expectedVoting', '其中有选举权党员（应到）', G_MEETING, true, ELIGIBLE_COUNT.text),
	count('present', '实到党员人数'),
	count('presentVoting', '其中有选举权党员（实到）', G_MEETING, true, '须超过应到有选举权党员的五分之四，选举方为有效。'),
];
const attendanceSegs: Seg[] = [
	'召开党员大会，应到党员',
	F('expected', '×'),
	'名（其中有选举权党员',
	F('expectedVoting', '×'),
	'名），实到党员',
	F('present', '×'),
	'名（其中有选举权党员',
	F('presentVoting', '×'),
	'名），实到会有选举权党员占应到会有选举权党员',
	{
		calc: (v) => {
			const e = int(v, 'expectedVoting');
			const p = int(v, 'presentVoting');
			return e && p !== undefined ? percent(p, e) : undefined;
		},
		blank: '×',
		field: 'presentVoting',
	},
	'%（五分之四以上）。',
];

// ---- 模板1 ----

const OFFICER_ROWS: Row[] = ['书记', '副书记', '纪检委员', '宣传委员', '组织委员', '办公室负责人'].map((role) => ({ role, name: '' }));

const template1: TemplateSpec = {
	id: 'template-1',
	number: 1,
	fileName: '关于成立党组织的请示',
	layout: 'letter',
	fields: [
		society(),
		orgKind(['党委', '党总支', '党支部']),
		{ ...docNumberFields[0]!, hint: '发文字号中“字”之前的部分，如“青××学”。' },
		docNumberFields[1]!,
		docNumberFields[2]!,
		{ ...text('signer', '签发人', G_DOC), maxLength: 20 },
		{ name: 'meetingDate', label: '理事会议日期', kind: 'date', group: G_MEETING, required: true, hint: '写作“×月×日”。' },
		count1('councilTerm', '第几届理事会'),
		count1('meetingNo', '第几次会议'),
		{ name: 'meetingKind', label: '会议类型', kind: 'select', group: G_MEETING, required: true, options: ['理事会议', '常务理事会议'] },
		count('partyMembers', '理事会现有党员人数'),
		{ name: 'largeApproved', label: '学会规模较大、会员单位较多，经县级以上党委批准建立党委', kind: 'flag', group: G_MEETING },
		count1('size', '党组织组成人数', G_PEOPLE),
		count1('secretaries', '其中书记人数', G_PEOPLE),
		count('deputies', '其中副书记人数', G_PEOPLE),
		count('committee', '其中委员人数', G_PEOPLE),
		{
			name: 'officers',
			label: '党组织组成人员',
			kind: 'rows',
			group: G_PEOPLE,
			required: true,
			rowLabel: '组成人员',
			columns: [
				{ name: 'role', label: '职务', kind: 'text', required: true },
				{ name: 'name', label: '姓名', kind: 'text', required: true },
			],
			defaultRows: OFFICER_ROWS,
		},
		dateField(),
	],
	header,
	docNumber: [F('orgCode', '××'), '字〔', F('docYear', '　'), '〕', F('docSerial', '　'), '号'],
	signer: ['签发：', F('signer', '　　　')],
	title: ['关于成立“', S('学会（协会/研究会）'), K('党委/党总支/党支部'), '”的请示'],
	addressee,
	body: [
		body(
			'根据青海省科学技术协会党组《关于印发〈青海省科协党组关于加强科技社团党建工作的意见（试行）〉的通知》（青科协党发〔2018〕12号）的要求，',
			F('meetingDate', '×月×日', 'md'),
			'经第',
			F('councilTerm', '×'),
			'届理事会第',
			F('meetingNo', '×'),
			'次',
			F('meetingKind', '理事会议（常务理事会议）'),
			'研究决定，拟成立',
			S('××学会（协会/研究会）'),
			K('党委/党总支/党支部'),
			'。',
			S('××学会（协会/研究会）'),
			'理事会现有党员',
			F('partyMembers', '×'),
			'名，',
			K('党委/党总支/党支部'),
			'由',
			F('size', '×'),
			'人组成，其中：书记',
			F('secretaries', '×'),
			'人，副书记',
			F('deputies', '×'),
			'人，委员',
			F('committee', '×'),
			'人。',
			K('党委/党总支/党支部'),
			'日常工作由下设办公室专人负责，',
			K('党委/党总支/党支部'),
			'组成人员如下：'
		),
		{ style: 'body', repeat: 'officers', segs: [{ col: 'role', blank: '×××' }, '：', { col: 'name', blank: '×××' }] },
		body('妥否，请批示。'),
	],
	attachment: ['附件：学会（协会/研究会）党组织人员备案表'],
	signature: [S('××学会（协会/研究会）')],
	date: { field: 'date', blank: '年　月　日' },
	rules: (v) => [
		...orgKindRules(v, 'partyMembers', 'largeApproved'),
		...branchSizeRules(v, 'size', 'partyMembers'),
		...compositionRules(v),
		...dateOrderRule(v, 'meetingDate', 'date', (a, b) => `成文日期（${b}）早于研究决定成立党组织的理事会议日期（${a}）。`),
	],
};

// ---- 模板4 ----

const template4: TemplateSpec = {
	id: 'template-4',
	number: 4,
	fileName: '关于召开党员大会进行换届选举及候选人预备人选的请示',
	layout: 'letter',
	fields: [
		society(),
		orgKind(['党委', '党总支', '党支部']),
		...docNumberFields,
		date('electedDate', '本届委员会选举产生日期'),
		date('termEnd', '任期届满日期'),
		date('meetingDate', '拟召开党员大会日期'),
		count1('seats', '下届委员会组成人数（应选人数）', G_PEOPLE),
		{
			name: 'candidates',
			label: '候选人预备人选',
			kind: 'rows',
			group: G_PEOPLE,
			required: true,
			rowLabel: '候选人',
			hint: '差额选举：候选人数须比应选人数多 20% 以上。“拟任”标出书记、副书记候选人预备人选。',
			columns: [
				{ name: 'name', label: '姓名', kind: 'text', required: true },
				{ name: 'role', label: '拟任', kind: 'select', options: ['委员', '书记', '副书记'] },
			],
			defaultRows: [
				{ name: '', role: '书记' },
				{ name: '', role: '副书记' },
				{ name: '', role: '委员' },
				{ name: '', role: '委员' },
			],
		},
		{ name: 'hasDeputy', label: '设副书记候选人预备人选', kind: 'flag', group: G_PEOPLE, default: 'on' },
		dateField(),
	],
	header,
	docNumber,
	title: ['关于', S('××'), K('党委/党总支/支部'), '召开党员大会进行换届选举及下届', KC(), '组成人员候选人预备人选的请示'],
	addressee,
	body: [
		body(
			'我',
			KC(),
			'于',
			F('electedDate', YMD),
			'选举产生，到',
			F('termEnd', YMD),
			'任期届满，根据党章和有关规定，经研究，拟于',
			F('meetingDate', YMD),
			'召开',
			KM(),
			'，进行',
			KC(),
			'换届选举。现将有关事项请示如下：'
		),
		heading('一、党员大会的主要议程'),
		body('1. 听取和审查本届', KC(), '的工作报告；'),
		body('2. 选举产生新一届', KC(), '。'),
		heading('二、', KC('党总支支部、委员会'), '组成人员名额及候选人名额'),
		body(
			KC(),
			'由',
			F('seats', '×'),
			'人组成，按照差额不低于20%的要求，我们提出',
			{ calc: names('candidates'), blank: '×××、……', field: 'candidates' },
			'等',
			{ calc: countRows('candidates'), blank: '×', field: 'candidates' },
			'位同志为下届',
			KC(),
			'组成人员候选人预备人员（差额',
			{
				calc: (v) => {
					const seats = int(v, 'seats');
					const n = namedRows(v, 'candidates').length;
					return seats !== undefined && n > 0 ? String(n - seats) : undefined;
				},
				blank: '×',
				field: 'candidates',
			},
			'名，差额比例',
			{
				calc: (v) => {
					const seats = int(v, 'seats');
					const n = namedRows(v, 'candidates').length;
					return seats && n > 0 ? percent(n - seats, seats) : undefined;
				},
				blank: '×',
				field: 'candidates',
			},
			'%），其中，',
			{ calc: names('candidates', '、', '书记'), blank: '×××', field: 'candidates' },
			'同志为书记候选人预备人选',
			{
				when: 'hasDeputy',
				then: ['，', { calc: names('candidates', '、', '副书记'), blank: '×××', field: 'candidates' }, '同志为副书记候选人预备人选'],
			},
			'。'
		),
		heading('三、选举办法'),
		body('1. 下届', KMember(), '，由', KM(), '直接采取候选人数多于应选人数的差额选举办法选举产生，差额不小于应选人数的20%。'),
		body('2. ', K(), '书记、副书记均实行等额选举，由下届', KC(), '第一次全体会议选举产生。'),
		body('以上选举均采用无记名投票方式。'),
		body('特此请示。妥否，请批示。'),
	],
	attachment: ['附件：', S('××'), KC('党（总支）支部委员会'), '候选人预备人选备案表'],
	signature: [S('××'), KC()],
	date: { field: 'date', blank: '年　月　日' },
	rules: (v) => [...candidateMarginRules(v), ...branchSizeRules(v, 'seats'), ...askBeforeMeeting(v), ...termRules(v)],
};

// ---- 模板6 ----

const votesRows = (name: string, label: string, extra: FieldDef['columns'] = []): FieldDef => ({
	name,
	label,
	kind: 'rows',
	group: G_PEOPLE,
	required: true,
	rowLabel: '当选人',
	columns: [
		{ name: 'name', label: '姓名', kind: 'text', required: true },
		{ name: 'votes', label: '得票', kind: 'number', required: true },
		...(extra ?? []),
	],
	defaultRows: [{}, {}, {}].map(() => Object.fromEntries([['name', ''], ['votes', ''], ...(extra ?? []).map((c) => [c.name, ''])])),
});

const template6: TemplateSpec = {
	id: 'template-6',
	number: 6,
	fileName: '关于委员会换届选举结果的请示',
	layout: 'letter',
	fields: [
		society(),
		orgKind(),
		...docNumberFields,
		date('meetingDate', '党员大会日期'),
		...attendanceFields,
		votesRows('elected', '当选委员及得票'),
		count1('seats', '应选委员名额', G_PEOPLE, false, '只用于核对（当选人数不得多于名额），不写入文书；不填按当选人数计。'),
		count1('plenaryExpected', '第一次全体会议应到会人数', G_PEOPLE, true, PLENARY_HINT),
		count('plenaryPresent', '第一次全体会议实到会人数', G_PEOPLE),
		person('secretary', '当选书记'),
		count('secretaryVotes', '书记得票', G_PEOPLE),
		{ name: 'hasDeputy', label: '选举了副书记', kind: 'flag', group: G_PEOPLE, default: 'on' },
		{ ...person('deputy', '当选副书记', false), requiredWhen: 'hasDeputy' },
		{ ...count('deputyVotes', '副书记得票', G_PEOPLE, false), requiredWhen: 'hasDeputy' },
		person('organiser', '组织委员'),
		person('publicity', '宣传委员'),
		person('discipline', '纪检委员'),
		dateField(),
	],
	header,
	docNumber,
	title: ['关于', S('××'), KC(), '换届选举结果的请示'],
	addressee,
	body: [
		body(S('××'), K(), '于', F('meetingDate', YMD), ...attendanceSegs),
		body(
			'大会采取无记名投票和差额选举的办法，选举产生了新一届',
			KC(),
			'。经选举，',
			{ each: 'elected', item: [{ col: 'name', blank: '×××' }, '同志得票', { col: 'votes', blank: '×' }, '票'], sep: '，' },
			'，根据得票情况，',
			{ each: 'elected', item: [{ col: 'name', blank: '×××' }], sep: '、' },
			'等',
			{ calc: countRows('elected'), blank: '×', field: 'elected' },
			'位同志当选为新一届',
			KMember(),
			'。'
		),
		body(
			'同日，新一届',
			KC(),
			'召开第一次全体会议，应到会',
			F('plenaryExpected', '×'),
			'人，实到会',
			F('plenaryPresent', '×'),
			'人。采取无记名投票和等额选举的办法选举产生了新一届',
			KC(),
			'书记',
			{ when: 'hasDeputy', then: ['、副书记'] },
			'。'
		),
		body(
			'经选举，',
			F('secretary', '×××'),
			'同志得',
			F('secretaryVotes', '×'),
			'票，当选书记',
			{ when: 'hasDeputy', then: ['；', F('deputy', '×××'), '同志得', F('deputyVotes', '×'), '票，当选副书记'] },
			'。会上，还对其他委员进行了分工，经协商，',
			F('organiser', '×××'),
			'同志任组织委员，',
			F('publicity', '×××'),
			'同志任宣传委员，',
			F('discipline', '×××'),
			'同志任纪检委员。'
		),
		body('选举产生的委员名单请予以备案，选举产生的书记', { when: 'hasDeputy', then: ['和副书记'] }, '请予以批准。'),
		body('特此请示。妥否，请批示。'),
	],
	signature: [S('××'), KC()],
	date: { field: 'date', blank: '年　月　日' },
	rules: (v) => [
		...attendanceRules(v),
		...reportedVotesRules(v, 'elected', 'seats'),
		...plenaryRules(v),
		...plenaryMembersRule(v),
		...officerVotesRules(v),
		...branchSizeRules(v, 'seats'),
		...reportAfterMeeting(v),
	],
};

// ---- 模板7 ----

const template7: TemplateSpec = {
	id: 'template-7',
	number: 7,
	fileName: '关于委员会委员补选的请示',
	layout: 'letter',
	fields: [
		society(),
		orgKind(),
		...docNumberFields,
		date('electedDate', '本届委员会选举产生日期'),
		date('meetingDate', '拟召开党员大会日期'),
		count1('size', '委员会组成人数', G_PEOPLE),
		count1('vacancies', '空缺委员人数', G_PEOPLE, true, '因工作变动不能继续履行职责的委员人数。'),
		count1('nominees', '提名补选委员候选人数', G_PEOPLE, true, `${BY_ELECTION_BASIS}，补选实行等额选举：候选人数等于空缺人数。`),
		dateField(),
	],
	header,
	docNumber,
	title: ['关于', S('××'), KC(), '委员补选的请示'],
	addressee,
	body: [
		body(
			'我',
			KC(),
			'于',
			F('electedDate', YMD),
			'选举产生，因',
			F('vacancies', '×'),
			'位',
			K(),
			'委员工作变动，不能继续履行委员职责。根据党章规定，经研究，拟于',
			F('meetingDate', YMD),
			'召开党员大会，补选',
			KMember(),
			'。现将有关事项请示如下：'
		),
		heading('一、党员大会的主要议程'),
		body('1. 学会', K('党总支'), '委员变更说明；'),
		body('2. 补选', KMember(), '。'),
		heading('二、拟补选的', KMember('党总支委员会委员'), '候选人名额'),
		body(
			KC(),
			'由',
			F('size', '×'),
			'人组成，因工作变动，委员出现空缺',
			F('vacancies', '×'),
			'人。按照《中国共产党基层组织选举工作条例》的规定，经研究，我们提名',
			F('nominees', '×'),
			'位同志为补选委员候选人。'
		),
		heading('三、选举办法'),
		body(
			'本次补选',
			KMember('党总支委员会委员'),
			'，按照参加理事会党员大会有选举权的党员必须超过理事会有选举权的党员人数80%的要求，由',
			K('党总支'),
			'理事会党员大会直接采取候选人等额选举办法选举产生。'
		),
		body('以上选举均采用无记名投票方式。'),
		body('特此请示。妥否，请批示。'),
	],
	attachment: ['附件：', S('××学会'), KC('党总支（党支部）委员会'), '候选人预备人选备案表'],
	signature: [S('××'), K()],
	date: { field: 'date', blank: '年　月　日' },
	rules: (v) => [
		...equalByElectionRules(v),
		...askBeforeMeeting(v),
		...dateOrderRule(v, 'electedDate', 'meetingDate', (a, b) => `补选的党员大会日期（${b}）早于本届委员会选举产生日期（${a}）。`),
	],
};

// ---- 模板9 ----

const template9: TemplateSpec = {
	id: 'template-9',
	number: 9,
	fileName: '关于委员会委员补选结果的请示',
	layout: 'letter',
	fields: [
		society(),
		orgKind(),
		...docNumberFields,
		date('meetingDate', '理事会党员大会日期'),
		...attendanceFields,
		votesRows('elected', '补选当选委员、得票及分工', [{ name: 'duty', label: '分工', kind: 'text', required: true }]),
		count1('plenaryExpected', '补选后第一次全体会议应到会人数', G_PEOPLE, true, PLENARY_HINT),
		count('plenaryPresent', '补选后第一次全体会议实到会人数', G_PEOPLE),
		dateField(),
	],
	header,
	docNumber,
	title: ['关于', S('××学会'), KMember(), '补选结果的请示'],
	addressee,
	body: [
		body(
			S('××学会'),
			K(),
			'于',
			F('meetingDate', YMD),
			'召开理事会',
			...attendanceSegs.map((s, i) => (i === 0 ? '党员大会，应到党员' : s))
		),
		body(
			'大会采取无记名投票和等额选举的办法，选举产生了',
			{ calc: countRows('elected'), blank: '×', field: 'elected' },
			'位',
			K('党总支'),
			'委员。经选举，',
			{ each: 'elected', item: [{ col: 'name', blank: '×××' }, '同志得票', { col: 'votes', blank: '×' }, '票'], sep: '，' },
			'，根据选举办法，',
			{ each: 'elected', item: [{ col: 'name', blank: '×××' }], sep: '、' },
			'同志补选为',
			KMember('党总支委员会委员'),
			'。'
		),
		body(
			'同日，经过补选后的',
			KMember('党总支委员会委员'),
			'召开第一次全体会议，应到会',
			F('plenaryExpected', '×'),
			'人，实到会',
			F('plenaryPresent', '×'),
			'人。会上，对',
			{ calc: countRows('elected'), blank: '×', field: 'elected' },
			'位新委员进行了分工，',
			{ each: 'elected', item: [{ col: 'name', blank: '×××' }, '同志任', { col: 'duty', blank: '×' }], sep: '，' },
			'。'
		),
		body('选举产生的委员名单请予以备案。'),
		body('特此请示。妥否，请批示。'),
	],
	signature: [S('××学会'), K()],
	date: { field: 'date', blank: '年　月　日' },
	rules: (v) => [...attendanceRules(v), ...reportedVotesRules(v, 'elected'), ...plenaryRules(v), ...reportAfterMeeting(v)],
};

// ---- 备案表 (模板2、5、8) ----

const G_PERSON = '本人情况';
const personFields = (positionLabel: string, societyPostLabel: string): FieldDef[] => [
	{ ...text('personName', '姓名', G_PERSON), maxLength: 20 },
	text('birthDate', '出生日期', G_PERSON, false, '如“1975年3月”。'),
	{ name: 'gender', label: '性别', kind: 'select', group: G_PERSON, options: ['男', '女'] },
	text('ethnicity', '民族', G_PERSON, false),
	text('nativePlace', '籍贯', G_PERSON, false),
	text('joinDate', '入党时间', G_PERSON, false),
	text('workDate', '参加工作时间', G_PERSON, false),
	text('proTitle', '专业技术职务', G_PERSON, false),
	text('specialty', '熟悉专业有何专长', G_PERSON, false),
	text('education', '学历', G_PERSON, false),
	text('school', '毕业院校', G_PERSON, false),
	text('position', positionLabel, G_PERSON, false),
	text('societyPost', societyPostLabel, G_PERSON, false),
	text('proposedPost', '党组织拟任职务', G_PERSON),
	{ name: 'resume', label: '工作简历', kind: 'textarea', group: G_PERSON, hint: '每段经历一行。' },
	{ name: 'performance', label: '工作表现（德能勤绩廉）', kind: 'textarea', group: G_PERSON },
	{ name: 'submitDate', label: '呈报日期', kind: 'date', group: G_SIGN, hint: '“呈报单位”栏的日期；盖章在打印后进行。' },
];

const L = (label: string): CellSpec => ({ segs: [label], label: true });
const V = (field: string, span = 1, tall = false): CellSpec => ({ segs: [F(field, '')], span, tall });
/** Label columns wide enough for 专业技术职务、党组织拟任职务、熟悉专业有何专长 on one line. */
const WIDTHS = [1900, 1200, 1150, 2150, 1000, 1445];

const personTable = (positionLabel: string, societyPostLabel: string, opinionLabel: string, withSociety: boolean): BlockSpec => ({
	widths: WIDTHS,
	table: [
		...(withSociety ? [[L('学会（协会/研究会）名称'), V('society', 5)]] : []),
		[L('姓名'), V('personName', 2), L('出生日期'), V('birthDate', 2)],
		[L('性别'), V('gender'), L('民族'), V('ethnicity'), L('籍贯'), V('nativePlace')],
		[L('入党时间'), V('joinDate', 2), L('参加工作时间'), V('workDate', 2)],
		[L('专业技术职务'), V('proTitle', 2), L('熟悉专业有何专长'), V('specialty', 2)],
		[L('学历'), V('education', 2), L('毕业院校'), V('school', 2)],
		[L(positionLabel), V('position', 5)],
		[L(societyPostLabel), V('societyPost', 5)],
		[L('党组织拟任职务'), V('proposedPost', 5)],
		[L('工作简历'), V('resume', 5, true)],
		[L('工作表现 (德能勤绩廉)'), V('performance', 5, true)],
		[L('呈报单位'), { segs: ['(盖章) ', F('submitDate', '年　月　日')], span: 5 }],
		[L(opinionLabel), { segs: ['(盖章) 年　月　日'], span: 5 }],
	],
});

const template2: TemplateSpec = {
	id: 'template-2',
	number: 2,
	fileName: '学会党组织人员备案表',
	layout: 'table',
	fields: [society(), ...personFields('现任职务', '学会任职')],
	title: ['学会（协会/研究会）党组织人员备案表'],
	body: [personTable('现任职务', '学会任职', '省科技社团意见', true)],
};

const candidateTable = (id: 'template-5' | 'template-8', number: 5 | 8, stage: string): TemplateSpec => ({
	id,
	number,
	fileName: `委员会候选人预备人选备案表（${stage}）`,
	layout: 'table',
	fields: [
		society(),
		orgKind(id === 'template-5' ? ['党委', '党总支', '党支部'] : undefined),
		...personFields('所在单位职务', '学会担任职务'),
	],
	title: [S('××'), KC(), '候选人预备人选备案表'],
	body: [personTable('所在单位职务', '学会担任职务', '省科技社团党委意见', false)],
});

export const TEMPLATE_SPECS: Record<string, TemplateSpec> = Object.fromEntries(
	[
		template1,
		template2,
		template4,
		candidateTable('template-5', 5, '换届'),
		template6,
		template7,
		candidateTable('template-8', 8, '补选'),
		template9,
	].map((t) => [t.id, t])
);

export function getSpec(templateId: string): TemplateSpec | undefined {
	return Object.hasOwn(TEMPLATE_SPECS, templateId) ? TEMPLATE_SPECS[templateId] : undefined;
}

/** A fresh form: default rows and defaults of selects/flags. */
export function emptyValues(spec: TemplateSpec): Values {
	const v: Values = {};
	for (const f of spec.fields) {
		if (f.kind === 'rows') v[f.name] = (f.defaultRows ?? [{}]).map((r) => ({ ...r }));
		else v[f.name] = f.default ?? '';
	}
	return v;
}

export { str };
