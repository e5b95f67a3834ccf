/**
 * 组织形式: which party organisation a 学会 sets up, from its 正式党员 and 预备党员 counts.
 *
 * Pure: raw form/URL values in, a typed `Result` out; never throws.
 */
import type { Basis } from './basis';
import { collect, fail, ok, parseCount, parseFlag, type Result } from './result';

export { parseFlag };
import { FUNCTIONAL_CONFLICT, SECRETARY_ROUTE } from './leadership';
import { SOURCES as S, TEMPLATES, type Step, type TemplateRef } from './sources';
import {
	BRANCH_MAX_MEMBERS,
	COUNT_MAX,
	GENERAL_BRANCH_MAX_MEMBERS,
	JOINT_MAX_UNITS,
	MIN_FORMAL_FOR_BRANCH_COMMITTEE,
	MIN_FORMAL_TO_FOUND,
} from './thresholds';

export type OrgKind = 'joint' | 'branch' | 'branch-committee' | 'general-branch' | 'committee';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
	joint: '暂不具备单独组建条件（联合建立或其他覆盖方式）',
	branch: '党支部（不设支部委员会）',
	'branch-committee': '党支部（设支部委员会）',
	'general-branch': '党总支',
	committee: '基层党委',
};

/**
 * Whose members are counted (beside the count fields): the 青海 texts set the organisation up at the
 * 理事会 and count the 理事会's members; 51号 speaks of the 社会组织's members.
 */
export const COUNT_BASIS = {
	text: '按青海指南，学会党组织在理事会层面设立，这里填理事会中的党员人数。中办发〔2015〕51号说的是社会组织的正式党员；如上级党组织要求按学会专职工作人员或会员中的党员计算，请按其要求的口径填写，并以上级党组织的批复为准。',
	citations: [S.qhP2S3C1Council, S.qkx12S2U2C1, S.zbf51S4C8Found] as Basis[],
};

/** The 规模较大 route names its approving body: a 县级以上党委, not any 上级党组织. */
const LARGE_COMMITTEE_TEXT =
	'规模较大、会员单位较多而党员人数不足规定要求的，经县级以上党委批准可以建立党委（批准机关须是县级以上党委，不是任一上级党组织）。';

/** A form the texts allow by approval (or beside the usual ones), with its clauses. */
export type ApprovalRoute = {
	id: 'large-committee' | 'work-group' | 'temporary' | 'functional' | 'special-branch' | 'sub-branch' | 'industry';
	title: string;
	text: string;
	citations: Basis[];
};

/** Every approval route the corpus provides, found by reading each text for 批准/设立/建立. */
export const APPROVAL_ROUTES: readonly ApprovalRoute[] = [
	{
		id: 'large-committee',
		title: '规模较大的学会经县级以上党委批准建立党委',
		text: LARGE_COMMITTEE_TEXT,
		citations: [S.zbf51S4C8Large, S.qbf9S3C7],
	},
	{
		id: 'work-group',
		title: '党的工作小组',
		text: '中国科协（平顶山市科协）文件把党的工作小组与党委、总支、支部并列为学会可以成立的党组织，按照党章及有关规定向科技社团党委报批；中国科协党的建设工作方案还要求推动学会党委探索在分支机构建立党的工作小组。文件没有规定成立党的工作小组的人数条件。',
		citations: [S.kx81S3C6, S.pdsS3C3, S.kx22S2U2WorkGroup],
	},
	{
		id: 'temporary',
		title: '临时党组织',
		text: '社会团体举行会员大会、理事会或其他重要活动期间，应根据工作需要成立临时党组织，由业务主管单位或挂靠单位党组织批准成立（中组发〔2000〕10号写“应”）。',
		citations: [S.zzf10S2Temporary],
	},
	{
		id: 'functional',
		title: '功能型党支部',
		text: '有 3 名以上党员但未转入组织关系的，可以设立功能型党支部，向上级党组织提交申请；班子由上级党组织任命，不实行任期制（青两新工委〔2018〕15号）。青海指南又写明学会设立的党的基层组织都是功能型党组织，同时规定其领导班子选举产生、按期换届：两份文件的说法不同，见下方计算口径“学会党组织是功能型党组织：班子选举还是任命”。',
		citations: [S.qlx15C1, S.qlx15C3, S.qlx15C4Appointed, S.qlx15C5, S.qhP2S2Functional],
	},
	{
		id: 'special-branch',
		title: '特设党支部（重庆）',
		text: '重庆市科协科技社团党委要求党支部、特设党支部或党建指导员在所有科技社团全覆盖；文件没有规定特设党支部的设立条件。',
		citations: [S.cqS2C7],
	},
	{
		id: 'sub-branch',
		title: '分支机构、秘书处党支部',
		text: '建立党委、党总支的学会，有条件的可以在分支机构、秘书处中建立党支部。',
		citations: [S.qhP2S3C5],
	},
	{
		id: 'industry',
		title: '行业党组织',
		text: '行业特征明显、管理体系健全的行业，可以依托行业协会商会建立行业党组织，对会员单位党建工作进行指导。',
		citations: [S.zbf51S4C9, S.qbf9S3C8],
	},
];

/** What the corpus does not provide, said plainly beside the routes. */
export const APPROVAL_NOT_PROVIDED =
	'本站收录的文件没有规定：正式党员不足 3 人时经批准单独成立党组织；正好 50 名、正好 100 名党员时设哪一种组织形式（见下方计算口径）。';

export type OrgTypeInput = {
	/** 正式党员人数 (raw). */
	formal: unknown;
	/** 预备党员人数 (raw); empty means 0. */
	probationary?: unknown;
	/** 规模较大、会员单位较多 (raw flag: true, 'true', '1', 'on'). */
	largeOrManyMembers?: unknown;
	/** 因工作需要，已经上级党组织批准 (raw flag). */
	higherApproval?: unknown;
};

export type Alternative = {
	kind: OrgKind;
	label: string;
	/** Chinese sentence starting “经上级党组织批准也可 …” or naming the approving body. */
	text: string;
	citations: Basis[];
};

export type Route = { id: 'joint' | 'instructor' | 'area' | 'trade' | 'liaison'; title: string; text: string; citations: Basis[] };

export type OrgTypeResult = {
	kind: OrgKind;
	label: string;
	counts: { formal: number; probationary: number; total: number };
	/** Why this kind, in Chinese. */
	reason: string;
	/** Clauses the kind rests on. */
	basis: Basis[];
	/** Who leads it (书记, 委员). */
	leadership: { text: string; citations: Basis[] };
	/** Other forms the texts leave open; empty when none. */
	alternatives: Alternative[];
	/** True when `higherApproval` moved the kind to an approved alternative. */
	approvalApplied: boolean;
	/** Ways to cover a 学会 that cannot found its own organisation (only for `joint`). */
	routes: Route[];
	/** What to do next, with the templates to file. */
	nextSteps: Step[];
	/** Templates to file (模板1–3 for founding). */
	templates: TemplateRef[];
	/** At exactly 50 or 100 党员 the texts are silent: both forms, each with the clause it rests on. */
	boundary?: { total: number; options: { kind: OrgKind; label: string; text: string; citations: Basis[] }[] };
	/** What a 功能型党组织 does not do, and how its 班子 is formed (appointed, unlike an elected 党支部). */
	functional: { doesNot: string[]; citations: Basis[]; leadership: { text: string; citations: Basis[] } };
	/** Extra remarks in Chinese. */
	notes: string[];
};

const BRANCH_MAX = BRANCH_MAX_MEMBERS.value;
const GENERAL_MAX = GENERAL_BRANCH_MAX_MEMBERS.value;
const FOUND_MIN = MIN_FORMAL_TO_FOUND.value;
const COMMITTEE_MIN = MIN_FORMAL_FOR_BRANCH_COMMITTEE.value;

/** The kind given by a member count alone (for founding-eligible organisations). */
function kindBySize(sizeCount: number, formal: number): OrgKind {
	if (sizeCount > GENERAL_MAX) return 'committee';
	if (sizeCount > BRANCH_MAX) return 'general-branch';
	return formal >= COMMITTEE_MIN ? 'branch-committee' : 'branch';
}

const RANK: Record<OrgKind, number> = { joint: 0, branch: 1, 'branch-committee': 1, 'general-branch': 2, committee: 3 };

function leadershipOf(kind: OrgKind): { text: string; citations: Basis[] } {
	const base = baseLeadershipOf(kind);
	if (kind === 'joint') return base;
	return { text: `${base.text}${SECRETARY_ROUTE.text}`, citations: [...base.citations, ...SECRETARY_ROUTE.citations] };
}

function baseLeadershipOf(kind: OrgKind): { text: string; citations: Basis[] } {
	switch (kind) {
		case 'branch':
			return {
				text: '不设支部委员会，设书记 1 名，必要时可以设副书记 1 名；由理事会党员大会选举产生，报科技社团党委审批（功能型党支部不同，见下文）。',
				citations: [S.zhibuNoCommittee, S.qhP2S4C4, S.qhP2S4C5],
			};
		case 'branch-committee':
			return {
				text: '设立党支部委员会，委员 3 至 5 名，一般不超过 7 名；设书记和组织委员、宣传委员、纪检委员，必要时可以设副书记 1 名。',
				citations: [S.zhibuCommittee, S.zhibuCommitteeRoles, S.qhP2S3C3],
			};
		case 'general-branch':
			return {
				text: '设立党总支委员会，一般设书记、副书记，纪检委员、宣传委员和组织委员，其他委员根据实际需要分工。',
				citations: [S.qhP2S3C3],
			};
		case 'committee':
			return {
				text: '设立基层党委，一般设书记、副书记，纪检委员、宣传委员和组织委员，其他委员根据实际需要分工。',
				citations: [S.qhP2S3C3],
			};
		case 'joint':
			return {
				text: '暂不单独设立党组织的领导班子；可由联合建立的党组织或派驻的党建工作指导员开展党的工作。',
				citations: [S.qhP2S3C6],
			};
	}
}

const ROUTES: Route[] = [
	{
		id: 'joint',
		title: '联合建立党组织',
		text: `规模小、党员少的学会可以本着就近就便原则，与邻近的学会或单位联合建立党组织；联合组建单位原则上不得超过 ${JOINT_MAX_UNITS.value} 家。青海指南、中办发〔2015〕51号写“可以”联合建立，中组发〔2000〕10号写“可与”其他社会团体或邻近单位建立联合党支部，或将党员组织关系转入业务主管单位或挂靠单位的党组织；《中国共产党支部工作条例（试行）》第五条则规定，正式党员不足3人的单位“应当”成立联合党支部。`,
		citations: [S.qhP2S3C1Joint, S.zbf51S4C10, S.qbf9S3C9, S.zhibuJointMust, S.zhibuJoint, S.zzf10S2],
	},
	{
		id: 'instructor',
		title: '派驻党建工作指导员',
		text: '由上级党组织派驻（选派）党建工作指导员、联络员开展党的工作，条件成熟时及时建立党组织。',
		citations: [S.qhP2S3C6, S.qkx12S2U2C7, S.zbf51S4C11, S.cqS2C7],
	},
	{
		id: 'area',
		title: '片区联建',
		text: '与同一片区的学会、单位联建，实现党的组织和党的工作“两个覆盖”。',
		citations: [S.qhP2S3C6, S.qkx12S2U2C7],
	},
	{
		id: 'trade',
		title: '同业共建',
		text: '与同行业、相近学科的学会或单位共建，实现党的工作覆盖。',
		citations: [S.qhP2S3C6, S.qkx12S2U2C7],
	},
	{
		id: 'liaison',
		title: '选派党建联络员（中国科协所属全国学会）',
		text: '不具备条件成立党委的全国学会，由上级选派党建联络员，实现党建工作覆盖。',
		citations: [S.kx22S2U2],
	},
];

function foundingSteps(): Step[] {
	return [
		{
			n: 1,
			text: '理事会（或成立筹备组）中的党员讨论成立学会党组织相关事项，提出党组织领导班子拟任人选。',
			templates: [],
			citations: [S.qhP2S4C1],
		},
		{
			n: 2,
			text: '学会向所属科技社团党委（青海：省科技社团党委）递交成立党组织的请示，附党组织人员备案表和党员名册。',
			templates: [TEMPLATES[1]!, TEMPLATES[2]!, TEMPLATES[3]!],
			citations: [S.qhP2S4C2, S.kx81S3C6, S.pdsS3C3],
		},
		{
			n: 3,
			text: '科技社团党委对拟设立的党组织相关事宜进行审查把关。',
			templates: [],
			citations: [S.qhP2S4C3],
		},
		{
			n: 4,
			text: '批复后，学会召开理事会党员大会，选举第一届党组织领导班子，并将结果以文件形式上报科技社团党委。',
			templates: [],
			citations: [S.qhP2S4C4],
		},
		{
			n: 5,
			text: '党组织成立及领导班子人选经科技社团党委审批。',
			templates: [],
			citations: [S.qhP2S4C5, S.qhP2S1],
		},
	];
}

function jointSteps(): Step[] {
	return [
		{
			n: 1,
			text: '向所属科技社团党委报告理事会党员情况，商定覆盖方式（联合建立、派驻党建工作指导员、片区联建或同业共建）。',
			templates: [],
			citations: [S.qhP2S3C6, S.qkx12S2U2C7],
		},
		{
			n: 2,
			text: '如联合建立党组织：由参加联建的学会共同按设立流程向科技社团党委请示，附人员备案表和党员名册。',
			templates: [TEMPLATES[1]!, TEMPLATES[2]!, TEMPLATES[3]!],
			citations: [S.qhP2S4C2, S.qbf9S3C9],
		},
		{
			n: 3,
			text: '正式党员达到 3 人以上时，及时按程序单独建立党组织。',
			templates: [],
			citations: [S.zbf51S4C11, S.qhP2S3C1Found],
		},
	];
}

const FUNCTIONAL = {
	doesNot: ['不接转组织关系', '不在科技社团党组织交纳党费', '不发展党员', '不重复统计党员信息', '不选举党代表参加上一级党代会'],
	citations: [S.qhP2S2, S.qkx12S2U1C2, S.qlx15C7, S.qlx15C9] as Basis[],
	leadership: {
		text: `功能型党支部的班子人选一般从社会组织内部产生，由上级党组织任命，不实行任期制，原则上与社会组织换届同步调整（青两新工委〔2018〕15号 4.、5.）。${FUNCTIONAL_CONFLICT.text}`,
		citations: [S.qlx15C4Appointed, S.qlx15C4, ...FUNCTIONAL_CONFLICT.citations] as Basis[],
	},
};

/** Both readings of an open boundary (exactly 50 or exactly 100), each with its clause. */
function boundaryOf(total: number, formal: number): OrgTypeResult['boundary'] {
	if (total === BRANCH_MAX) {
		const branch: OrgKind = formal >= COMMITTEE_MIN ? 'branch-committee' : 'branch';
		return {
			total,
			options: [
				{
					kind: branch,
					label: ORG_KIND_LABELS[branch],
					text: `本工具采用：《中国共产党支部工作条例（试行）》“党支部党员人数一般不超过50人”含 ${BRANCH_MAX} 人，设党支部。`,
					citations: [S.zhibu50],
				},
				{
					kind: 'general-branch',
					label: ORG_KIND_LABELS['general-branch'],
					text: `经上级党组织批准也可：青海指南“正式党员超过 3 名、不足 50 名的成立党支部”不含 ${BRANCH_MAX} 名，成立党总支。`,
					citations: [S.qhP2S3C1Sizes, S.qhP2S3C1Found],
				},
			],
		};
	}
	if (total === GENERAL_MAX) {
		return {
			total,
			options: [
				{
					kind: 'general-branch',
					label: ORG_KIND_LABELS['general-branch'],
					text: `本工具采用：青海指南成立基层党委须“超过 100 名”，${GENERAL_MAX} 名不在其内，设党总支。`,
					citations: [S.qhP2S3C1Sizes],
				},
				{
					kind: 'committee',
					label: ORG_KIND_LABELS.committee,
					text: `经上级党组织批准也可：同条“超过 50 名、不足 100 名的成立党总支”也不含 ${GENERAL_MAX} 名，成立基层党委。`,
					citations: [S.qhP2S3C1Sizes, S.qhP2S3C1Found],
				},
			],
		};
	}
	return undefined;
}

function basisOf(kind: OrgKind): Basis[] {
	switch (kind) {
		case 'joint':
			return [...MIN_FORMAL_TO_FOUND.citations, S.qhP2S3C6];
		case 'branch':
			return [...MIN_FORMAL_TO_FOUND.citations, S.qhP2S3C1Sizes, S.zhibu50, S.zhibuNoCommittee];
		case 'branch-committee':
			return [...MIN_FORMAL_TO_FOUND.citations, S.qhP2S3C1Sizes, S.zhibu50, S.zhibuCommittee];
		case 'general-branch':
			return [S.qhP2S3C1Sizes, S.qhP2S3C1Found, S.zbf51S4C8Found];
		case 'committee':
			return [S.qhP2S3C1Sizes, S.qhP2S3C1Found, S.zbf51S4C8Found];
	}
}

/** Decides the 组织形式. Invalid counts give Chinese field errors. */
export function classifyOrg(input: OrgTypeInput): Result<OrgTypeResult> {
	const parsed = collect({
		formal: parseCount(input?.formal, { field: 'formal', label: '正式党员人数', max: COUNT_MAX }),
		probationary: parseCount(input?.probationary, {
			field: 'probationary',
			label: '预备党员人数',
			max: COUNT_MAX,
			emptyAs: 0,
		}),
	});
	if (!parsed.ok) return fail(...parsed.errors);
	const { formal, probationary } = parsed.value;
	const total = formal + probationary;
	const large = parseFlag(input?.largeOrManyMembers);
	const approved = parseFlag(input?.higherApproval);
	const notes: string[] = [];
	const alternatives: Alternative[] = [];

	if (formal < FOUND_MIN) {
		if (probationary > 0) {
			notes.push(`预备党员没有表决权、选举权和被选举权，不计入成立党组织所需的 ${FOUND_MIN} 名正式党员；预备党员转正后可重新计算。`);
		}
		if (approved || large) {
			notes.push('正式党员不足 3 人时，本站收录的文件没有经批准单独成立党组织的规定（经批准的其他形式见“按人数设立之外的组织形式”）。');
		}
		return ok({
			kind: 'joint',
			label: ORG_KIND_LABELS.joint,
			counts: { formal, probationary, total },
			reason: `正式党员 ${formal} 名，不足 ${FOUND_MIN} 名，暂不具备单独成立党组织的条件。`,
			basis: basisOf('joint'),
			leadership: leadershipOf('joint'),
			alternatives,
			approvalApplied: false,
			routes: ROUTES,
			nextSteps: jointSteps(),
			templates: [TEMPLATES[1]!, TEMPLATES[2]!, TEMPLATES[3]!],
			functional: FUNCTIONAL,
			notes,
		});
	}

	const byTotal = kindBySize(total, formal);
	const byFormal = kindBySize(formal, formal);
	let reason: string;
	if (byTotal === 'committee')
		reason = `党员人数 ${total} 名（正式 ${formal}、预备 ${probationary}），超过 ${GENERAL_MAX} 名，成立基层党委。`;
	else if (byTotal === 'general-branch')
		reason = `党员人数 ${total} 名（正式 ${formal}、预备 ${probationary}），超过 ${BRANCH_MAX} 名、${total === GENERAL_MAX ? `正好 ${GENERAL_MAX} 名` : `不足 ${GENERAL_MAX} 名`}，成立党总支。`;
	else
		reason =
			`正式党员 ${formal} 名（${FOUND_MIN} 名以上），党员人数 ${total} 名${total === BRANCH_MAX ? `（正好 ${BRANCH_MAX} 名）` : `（不足 ${BRANCH_MAX} 名）`}，成立党支部；` +
			(formal >= COMMITTEE_MIN
				? `正式党员 ${COMMITTEE_MIN} 名以上，设立支部委员会。`
				: `正式党员不足 ${COMMITTEE_MIN} 名，不设支部委员会。`);

	// Boundaries the texts leave open: the larger form with approval.
	if (total === BRANCH_MAX) {
		alternatives.push({
			kind: 'general-branch',
			label: ORG_KIND_LABELS['general-branch'],
			text: `党员人数正好 ${BRANCH_MAX} 名，条文未作规定：经上级党组织批准也可成立党总支。`,
			citations: [S.qhP2S3C1Sizes, S.qhP2S3C1Found],
		});
	}
	if (total === GENERAL_MAX) {
		alternatives.push({
			kind: 'committee',
			label: ORG_KIND_LABELS.committee,
			text: `党员人数正好 ${GENERAL_MAX} 名，条文未作规定：经上级党组织批准也可成立基层党委。`,
			citations: [S.qhP2S3C1Sizes, S.qhP2S3C1Found],
		});
	}
	// The other reading of 党员人数: 正式党员 only.
	if (RANK[byFormal] < RANK[byTotal]) {
		alternatives.push({
			kind: byFormal,
			label: ORG_KIND_LABELS[byFormal],
			text: `若预备党员不计入党员人数（正式党员 ${formal} 名），经上级党组织批准也可设立${ORG_KIND_LABELS[byFormal]}。`,
			citations: [S.qhP2S3C1Sizes, S.dangzhang7],
		});
	}
	if (large && byTotal !== 'committee') {
		alternatives.push({
			kind: 'committee',
			label: ORG_KIND_LABELS.committee,
			text: `学会${LARGE_COMMITTEE_TEXT}`,
			citations: [S.zbf51S4C8Large, S.qbf9S3C7, S.cast2022S3C7],
		});
	}

	let kind = byTotal;
	let approvalApplied = false;
	if (approved) {
		const upgrade = alternatives.filter((a) => RANK[a.kind] > RANK[byTotal]).sort((a, b) => RANK[b.kind] - RANK[a.kind])[0];
		if (upgrade) {
			kind = upgrade.kind;
			approvalApplied = true;
			reason += `已勾选“经上级党组织批准”：${upgrade.text.replace(/^.*?：/, '')}`;
			if (upgrade.citations.includes(S.zbf51S4C8Large)) {
				reason += '所勾选的批准须是县级以上党委的批准；批准机关不是县级以上党委的，按人数设立。';
			}
			const rest = alternatives.filter((a) => a !== upgrade);
			alternatives.length = 0;
			alternatives.push(
				{
					kind: byTotal,
					label: ORG_KIND_LABELS[byTotal],
					text: `未经批准时，按人数一般设立${ORG_KIND_LABELS[byTotal]}。`,
					citations: [S.qhP2S3C1Sizes],
				},
				...rest.filter((a) => a.kind !== kind)
			);
		} else {
			notes.push(
				'按所填人数，“经上级党组织批准”未改变结果：正好 50 名、正好 100 名和“规模较大”之外，文件列出的经批准形式见“按人数设立之外的组织形式”。'
			);
		}
	}

	if ((kind === 'general-branch' || kind === 'committee') && formal < COMMITTEE_MIN) {
		notes.push(`委员会委员须从正式党员中选举产生（预备党员没有被选举权）；正式党员只有 ${formal} 名，请与上级党组织商定设置形式。`);
	}
	if (probationary > 0 && RANK[byFormal] === RANK[byTotal] && formal < COMMITTEE_MIN && total >= COMMITTEE_MIN && byTotal === 'branch') {
		notes.push(`预备党员不计入设立支部委员会所需的 ${COMMITTEE_MIN} 名正式党员。`);
	}
	if (kind === 'branch' || kind === 'branch-committee') {
		notes.push(
			'委员会（或书记、副书记）由理事会党员大会选举产生，报科技社团党委审批；功能型党支部的班子由上级党组织任命，与青海指南的说法不同（见“功能型党组织”）。'
		);
	}
	const boundary = boundaryOf(total, formal);

	return ok({
		kind,
		label: ORG_KIND_LABELS[kind],
		counts: { formal, probationary, total },
		reason,
		basis: basisOf(kind),
		leadership: leadershipOf(kind),
		alternatives,
		approvalApplied,
		...(boundary ? { boundary } : {}),
		routes: [],
		nextSteps: foundingSteps(),
		templates: [TEMPLATES[1]!, TEMPLATES[2]!, TEMPLATES[3]!],
		functional: FUNCTIONAL,
		notes,
	});
}
