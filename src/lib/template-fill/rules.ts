/**
 * Arithmetic checks of the filled-in templates, reusing the election rules: 差额 (模板4),
 * 等额 (模板7), 超过五分之四 and 超过半数 (模板6、模板9). Each warning names the field it belongs to
 * and carries the citations of the rule. Pure.
 */
import { candidatePlan, checkReportedResult, majorityFor, quorumFor, BY_ELECTION_BASIS } from '../rules/election';
import { classifyOrg, type OrgKind } from '../rules/org-type';
import { parseIsoDate } from '../calendar';
import { SOURCES as S } from '../rules/sources';
import { addMonths } from '../rules/term-reminder';
import {
	BRANCH_COMMITTEE_SIZE,
	MAJORITY_FRACTION,
	MIN_FORMAL_FOR_BRANCH_COMMITTEE,
	MIN_FORMAL_TO_FOUND,
	PLENARY_QUORUM,
	QUORUM_FRACTION,
	TERM_YEARS,
} from '../rules/thresholds';
import type { Issue, Values } from './types';
import { cell, flag, formatDate, int, namedRows, rows, str } from './values';

/** 模板4: candidates must exceed the seats by at least 20% (差额选举). */
export function candidateMarginRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const seats = int(v, 'seats');
	const rows = namedRows(v, 'candidates');
	const n = rows.length;
	if (seats === undefined || seats < 1 || n === 0) return out;
	const plan = candidatePlan({ seats });
	if (!plan.ok) return out;
	const { margin, minCandidates, citations } = plan.value;
	if (n < minCandidates) {
		out.push({
			field: 'candidates',
			message: `候选人 ${n} 名，差额不足：应选 ${seats} 名，差额不小于应选人数的 20%（至少 ${margin} 名），候选人至少应有 ${minCandidates} 名。`,
			citations,
		});
	}
	const secretaries = rows.filter((r) => cell(r, 'role') === '书记').length;
	if (secretaries > 1) {
		out.push({
			field: 'candidates',
			message: `书记候选人预备人选有 ${secretaries} 名：书记实行等额选举，只提 1 名。`,
			citations: plan.value.officers.citations,
		});
	}
	if (flag(v, 'hasDeputy') && rows.filter((r) => cell(r, 'role') === '副书记').length > 1) {
		out.push({
			field: 'candidates',
			message: '副书记候选人预备人选多于 1 名：副书记实行等额选举。',
			citations: plan.value.officers.citations,
		});
	}
	return out;
}

/** 模板7: a 补选 is 等额 — as many candidates as vacancies (a rule of the 青海 templates 7 and 9). */
export function equalByElectionRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const size = int(v, 'size');
	const vacancies = int(v, 'vacancies');
	const nominees = int(v, 'nominees');
	if (size !== undefined && vacancies !== undefined && vacancies > size) {
		out.push({ field: 'vacancies', message: `空缺 ${vacancies} 人，多于委员会组成人数 ${size} 人。` });
	}
	if (vacancies === undefined || vacancies < 1 || nominees === undefined) return out;
	const plan = candidatePlan({ seats: vacancies, kind: '补选' });
	if (plan.ok && nominees !== plan.value.minCandidates) {
		out.push({
			field: 'nominees',
			message: `${BY_ELECTION_BASIS}，补选实行等额选举，候选人数应等于空缺人数 ${vacancies} 名（现为 ${nominees} 名）。`,
			citations: plan.value.citations,
		});
	}
	return out;
}

/** 模板6、模板9: 实到有选举权党员 must exceed four fifths of 应到 (strictly). */
export function attendanceRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const expected = int(v, 'expected');
	const present = int(v, 'present');
	const eligible = int(v, 'expectedVoting');
	const voting = int(v, 'presentVoting');
	if (expected !== undefined && eligible !== undefined && eligible > expected) {
		out.push({ field: 'expectedVoting', message: `应到有选举权党员（${eligible}）多于应到党员（${expected}）。` });
	}
	if (expected !== undefined && present !== undefined && present > expected) {
		out.push({ field: 'present', message: `实到党员（${present}）多于应到党员（${expected}）。` });
	}
	if (present !== undefined && voting !== undefined && voting > present) {
		out.push({ field: 'presentVoting', message: `实到有选举权党员（${voting}）多于实到党员（${present}）。` });
	}
	if (eligible === undefined || eligible < 1 || voting === undefined) return out;
	if (voting > eligible) {
		out.push({ field: 'presentVoting', message: `实到有选举权党员（${voting}）多于应到有选举权党员（${eligible}）。` });
		return out;
	}
	const min = quorumFor(eligible);
	if (voting < min) {
		out.push({
			field: 'presentVoting',
			message: `实到会有选举权党员 ${voting} 名，未超过应到会有选举权党员 ${eligible} 名的五分之四（${(eligible * 4) / 5} 名）：至少 ${min} 名到会，选举方为有效。`,
			citations: QUORUM_FRACTION.citations,
		});
	}
	return out;
}

/** 模板6、模板9: each person reported elected needs more than half of the votes of those present. */
export function reportedVotesRules(v: Values, field: string, seatsField?: string): Issue[] {
	const eligible = int(v, 'expectedVoting');
	const present = int(v, 'presentVoting');
	if (eligible === undefined || present === undefined || present < 1 || present > eligible) return [];
	const indexed = rows(v, field)
		.map((r, i) => ({ i, name: cell(r, 'name'), votes: int(r, 'votes') }))
		.filter((p): p is { i: number; name: string; votes: number } => p.name !== '' && p.votes !== undefined);
	if (indexed.length === 0) return [];
	const seats = (seatsField ? int(v, seatsField) : undefined) ?? indexed.length;
	if (seats < 1) return [];
	const check = checkReportedResult({ eligible, present, seats, votes: indexed.map((p) => ({ name: p.name, votes: String(p.votes) })) });
	if (!check.ok) return [];
	return check.value.problems
		.filter((p) => p.code !== 'quorum')
		.map((p) => ({
			field:
				p.index !== undefined ? `${field}.${indexed[p.index]!.i}.votes` : p.code === 'too-many-elected' && seatsField ? seatsField : field,
			message: p.message,
			citations: p.code === 'below-majority' || p.code === 'votes-exceed-present' ? MAJORITY_FRACTION.citations : [],
		}));
}

/** 模板6: 书记、副书记 elected at the first plenary meeting need more than half of those present. */
export function officerVotesRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const expected = int(v, 'plenaryExpected');
	const present = int(v, 'plenaryPresent');
	// 实到 above 应到 is reported by plenaryRules; the votes cannot be judged against it.
	if (present === undefined || present < 1 || (expected !== undefined && present > expected)) return out;
	const min = majorityFor(present);
	const officers: [string, string][] = [['secretaryVotes', '书记']];
	if (flag(v, 'hasDeputy')) officers.push(['deputyVotes', '副书记']);
	for (const [name, role] of officers) {
		const votes = int(v, name);
		if (votes === undefined) continue;
		if (votes > present) out.push({ field: name, message: `${role}得票 ${votes} 票，多于实到会 ${present} 人，票数有误。` });
		else if (votes < min) {
			out.push({
				field: name,
				message: `${role}得票 ${votes} 票，未超过实到会 ${present} 人的半数（至少需 ${min} 票），不能当选。`,
				citations: MAJORITY_FRACTION.citations,
			});
		}
	}
	return out;
}

// ---- Cross-checks between fields (issue 13, item 10) ----

const KIND_OF: Record<string, OrgKind[]> = {
	党委: ['committee'],
	党总支: ['general-branch'],
	党支部: ['branch', 'branch-committee'],
};

/**
 * 模板1: the kind chosen must be one the member count allows (by the numbers, at an open boundary,
 * or 党委 for a large society approved by a 县级以上党委).
 */
export function orgKindRules(v: Values, membersField: string, approvedFlag?: string): Issue[] {
	const kind = str(v, 'orgKind');
	const members = int(v, membersField);
	const wanted = KIND_OF[kind];
	if (!wanted || members === undefined) return [];
	const r = classifyOrg({ formal: members, probationary: 0 });
	if (!r.ok) return [];
	const allowed = new Set<OrgKind>([
		r.value.kind,
		...r.value.alternatives.map((a) => a.kind),
		...(r.value.boundary?.options.map((o) => o.kind) ?? []),
	]);
	if (kind === '党委' && approvedFlag && flag(v, approvedFlag) && r.value.kind !== 'joint') allowed.add('committee');
	if (wanted.some((k) => allowed.has(k))) return [];
	return [
		{
			field: 'orgKind',
			message:
				r.value.kind === 'joint'
					? `党员 ${members} 名，不足 ${MIN_FORMAL_TO_FOUND.value} 名正式党员，不能单独成立${kind}。`
					: `党员 ${members} 名，按人数应设${r.value.label}，不是${kind}${kind === '党委' ? '（规模较大、会员单位较多经县级以上党委批准的，请勾选该项）' : ''}。`,
			citations: [...r.value.basis, ...(kind === '党委' ? [S.zbf51S4C8Large] : [])],
		},
	];
}

/** Size of a 支部委员会 (3–5, generally ≤ 7), or 书记 (+ 副书记) only below 7 正式党员. */
export function branchSizeRules(v: Values, sizeField: string, membersField?: string): Issue[] {
	if (str(v, 'orgKind') !== '党支部') return [];
	const size = int(v, sizeField);
	if (size === undefined) return [];
	const members = membersField ? int(v, membersField) : undefined;
	const { min, ceiling } = BRANCH_COMMITTEE_SIZE.value;
	if (members !== undefined && members < MIN_FORMAL_FOR_BRANCH_COMMITTEE.value) {
		return size > 2
			? [
					{
						field: sizeField,
						message: `党员 ${members} 名，不足 ${MIN_FORMAL_FOR_BRANCH_COMMITTEE.value} 名，不设支部委员会：设书记 1 名，必要时设副书记 1 名（现为 ${size} 人）。`,
						citations: MIN_FORMAL_FOR_BRANCH_COMMITTEE.citations,
					},
				]
			: [];
	}
	if (size < min || size > ceiling) {
		return [
			{
				field: sizeField,
				message: `支部委员会 ${size} 人：${BRANCH_COMMITTEE_SIZE.meaning}。`,
				citations: BRANCH_COMMITTEE_SIZE.citations,
			},
		];
	}
	return [];
}

/** 模板1: 书记 + 副书记 + 委员 = 组成人数, and as many people listed (办公室负责人 is not a member). */
export function compositionRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const size = int(v, 'size');
	const parts = ['secretaries', 'deputies', 'committee'].map((f) => int(v, f));
	if (size !== undefined && parts.every((p) => p !== undefined)) {
		const [s, d, c] = parts as number[];
		if (s! + d! + c! !== size)
			out.push({
				field: 'size',
				message: `书记 ${s} 人、副书记 ${d} 人、委员 ${c} 人，合计 ${s! + d! + c!} 人，与组成人数 ${size} 人不符。`,
				citations: [S.tpl1],
			});
	}
	if (str(v, 'orgKind') === '党支部' && parts[1] !== undefined && parts[1] > 1) {
		out.push({
			field: 'deputies',
			message: `党支部必要时可以设 1 名副书记（现为 ${parts[1]} 人）。`,
			citations: [S.zhibuCommitteeRoles, S.zhibuNoCommittee],
		});
	}
	const members = namedRows(v, 'officers').filter((r) => cell(r, 'role') !== '办公室负责人');
	if (size !== undefined && members.length > 0 && members.length !== size) {
		out.push({
			field: 'officers',
			message: `组成人员列了 ${members.length} 人（不含办公室负责人），与组成人数 ${size} 人不符。`,
			citations: [S.tpl1],
		});
	}
	return out;
}

const isoOf = (v: Values, name: string): string | undefined => {
	const raw = str(v, name);
	const d = parseIsoDate(raw, { field: name, label: name });
	return d.ok ? d.value.iso : undefined;
};

/** A date that must not come before another (e.g. the meeting after the 请示 asking for it). */
export function dateOrderRule(
	v: Values,
	earlier: string,
	later: string,
	message: (a: string, b: string) => string,
	citations: Issue['citations'] = []
): Issue[] {
	const a = isoOf(v, earlier);
	const b = isoOf(v, later);
	return a && b && b < a ? [{ field: later, message: message(formatDate(a), formatDate(b)), citations }] : [];
}

/** 模板4: the current committee's term, from 选举产生 to 任期届满, within 党章's 3–5 years. */
export function termRules(v: Values): Issue[] {
	const from = parseIsoDate(str(v, 'electedDate'), { field: 'electedDate', label: '' });
	const to = parseIsoDate(str(v, 'termEnd'), { field: 'termEnd', label: '' });
	if (!from.ok || !to.ok) return [];
	const { min, max } = TERM_YEARS.value;
	if (to.value.iso <= from.value.iso) return [{ field: 'termEnd', message: '任期届满日期应晚于选举产生日期。' }];
	const earliest = addMonths(from.value, min * 12).iso;
	const latest = addMonths(from.value, max * 12).iso;
	if (to.value.iso < earliest || to.value.iso > latest) {
		return [
			{
				field: 'termEnd',
				message: `任期从 ${formatDate(from.value.iso)} 到 ${formatDate(to.value.iso)}，不在三年至五年之内：${TERM_YEARS.meaning}。`,
				citations: TERM_YEARS.citations,
			},
		];
	}
	return [];
}

/** Fewest 委员 present for a 委员会 meeting: half of them, rounded up (半数以上 includes half). */
export function plenaryQuorumFor(members: number): number {
	const { numerator, denominator } = PLENARY_QUORUM.value;
	return Math.ceil((members * numerator) / denominator);
}

/**
 * 第一次全体会议 (模板6、模板9): 实到 cannot exceed 应到, and at least half of the 委员 must attend
 * (青海指南 第五部分 一、3.) — a 书记 elected by 1 of 5 委员 is not produced clean.
 */
export function plenaryRules(v: Values): Issue[] {
	const expected = int(v, 'plenaryExpected');
	const present = int(v, 'plenaryPresent');
	if (expected === undefined || present === undefined) return [];
	if (present > expected) return [{ field: 'plenaryPresent', message: `第一次全体会议实到（${present}）多于应到（${expected}）。` }];
	const min = plenaryQuorumFor(expected);
	if (expected >= 1 && present < min) {
		return [
			{
				field: 'plenaryPresent',
				message: `第一次全体会议实到会 ${present} 人，不足应到会 ${expected} 人的半数：${PLENARY_QUORUM.meaning}（至少 ${min} 人）。`,
				citations: PLENARY_QUORUM.citations,
			},
		];
	}
	return [];
}

/** 模板6: the new 委员会 is those just elected, so all of them are 应到 at its first plenary meeting. */
export function plenaryMembersRule(v: Values): Issue[] {
	const expected = int(v, 'plenaryExpected');
	const elected = namedRows(v, 'elected').length;
	return expected !== undefined && elected > 0 && expected !== elected
		? [
				{
					field: 'plenaryExpected',
					message: `第一次全体会议应到会 ${expected} 人，与当选委员 ${elected} 人不符：新一届委员会的全体委员应到会。`,
				},
			]
		: [];
}
