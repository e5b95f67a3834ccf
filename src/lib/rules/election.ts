/**
 * 换届 and 补选 arithmetic: 差额 candidates, quorum (超过五分之四) and majority (超过半数).
 *
 * Pure: raw form/URL values in, a typed `Result` out; never throws.
 */
import type { Basis } from './basis';
import { collect, fail, ok, parseCount, type FieldError, type Result } from './result';
import { SOURCES as S, TEMPLATES, type TemplateRef } from './sources';
import { COUNT_MAX, ELECTION_MARGIN_PERCENT, MAJORITY_FRACTION, QUORUM_FRACTION } from './thresholds';

/** Where the 等额 rule for 补选 comes from: only the 青海 templates say so (not a national rule in the corpus). */
export const BY_ELECTION_BASIS = '按青海指南模板7、9';

/**
 * Who counts as 应到会有选举权: the 选举工作条例 says whose rights are missing or suspended; whether
 * other absentees are left out of 应到会人数 the corpus does not say, so the hint points to the 条例 and
 * the higher organisation instead of guessing.
 */
export const ELIGIBLE_COUNT = {
	text: '应到会有选举权人数按正式党员计算，不计入：预备党员（没有表决权、选举权和被选举权）；受留党察看处分、在留党察看期间的党员（没有选举权）；被依法留置、逮捕，党组织已按照管理权限中止其选举权等党员权利的党员。其他因故不能到会的党员能否不计入应到会人数，以《中国共产党基层组织选举工作条例》的规定和上级党组织的意见为准（本站未收录该条例原文）。',
	citations: [S.electionRights, S.dangzhang7] as Basis[],
};

/** Raw seats count → integer ≥ 1. */
function parseSeats(raw: unknown): Result<number> {
	return parseCount(raw, { field: 'seats', label: '应选人数', min: 1, max: COUNT_MAX });
}
function parseEligible(raw: unknown): Result<number> {
	return parseCount(raw, { field: 'eligible', label: '应到会有选举权人数', min: 1, max: COUNT_MAX });
}
function parsePresent(raw: unknown): Result<number> {
	return parseCount(raw, { field: 'present', label: '实到会有选举权人数', min: 0, max: COUNT_MAX });
}

/** ceil(seats × 20 / 100) with integer arithmetic (no 0.2 float drift). */
export function marginFor(seats: number): number {
	const p = ELECTION_MARGIN_PERCENT.value;
	return Math.floor((seats * p + 99) / 100);
}

/** Smallest present count strictly above 4/5 of eligible. */
export function quorumFor(eligible: number): number {
	const { numerator, denominator } = QUORUM_FRACTION.value;
	return Math.floor((eligible * numerator) / denominator) + 1;
}

/** Smallest vote count strictly above half of present. */
export function majorityFor(present: number): number {
	const { numerator, denominator } = MAJORITY_FRACTION.value;
	return Math.floor((present * numerator) / denominator) + 1;
}

export type ElectionKind = '换届' | '补选';

export type CandidatePlan = {
	kind: ElectionKind;
	seats: number;
	/** 差额 (0 for 等额). */
	margin: number;
	minCandidates: number;
	/** 差额 or 等额. */
	method: '差额选举' | '等额选举';
	text: string;
	/** 书记、副书记: always 等额, by the new committee's first plenary meeting. */
	officers: { text: string; citations: Basis[] };
	citations: Basis[];
	templates: TemplateRef[];
};

/** Candidates needed: 差额 ≥ 20% for a 换届, 等额 for a 补选. */
export function candidatePlan(input: { seats: unknown; kind?: unknown }): Result<CandidatePlan> {
	const seats = parseSeats(input?.seats);
	const kind: ElectionKind = input?.kind === '补选' || input?.kind === 'by-election' ? '补选' : '换届';
	if (!seats.ok) return seats;
	const n = seats.value;
	const officers = {
		text: '书记、副书记实行等额选举，由新一届委员会第一次全体会议选举产生（青海指南模板4 三、2.）。',
		citations: [S.tpl4S3C2] as Basis[],
	};
	if (kind === '补选') {
		return ok({
			kind,
			seats: n,
			margin: 0,
			minCandidates: n,
			method: '等额选举',
			text: `补选 ${n} 名委员，${BY_ELECTION_BASIS}实行等额选举，候选人 ${n} 名。本站收录的文件中，补选实行等额选举只见于青海指南的模板7、模板9，不是全国性文件的规定；其他地方以上级党组织的要求为准。`,
			officers,
			citations: [S.tpl7Equal, S.tpl9Equal],
			templates: [TEMPLATES[7]!, TEMPLATES[8]!, TEMPLATES[9]!],
		});
	}
	const margin = marginFor(n);
	return ok({
		kind,
		seats: n,
		margin,
		minCandidates: n + margin,
		method: '差额选举',
		text: `应选委员 ${n} 名，差额不小于应选人数的 20%（${n} × 20% = ${(n * 20) / 100}，向上取整为 ${margin}），候选人至少 ${n + margin} 名。`,
		officers,
		citations: [...ELECTION_MARGIN_PERCENT.citations, S.qhP3S2C4],
		templates: [TEMPLATES[4]!, TEMPLATES[5]!, TEMPLATES[6]!],
	});
}

export type QuorumResult = { eligible: number; minPresent: number; text: string; citations: Basis[] };

/** Minimum attendance for a valid election meeting. */
export function quorum(input: { eligible: unknown }): Result<QuorumResult> {
	const e = parseEligible(input?.eligible);
	if (!e.ok) return e;
	const n = e.value;
	const min = quorumFor(n);
	return ok({
		eligible: n,
		minPresent: min,
		text: `应到会有选举权 ${n} 人，五分之四为 ${(n * 4) / 5} 人；须超过这一人数，即至少 ${min} 人到会，选举方为有效。`,
		citations: [...QUORUM_FRACTION.citations],
	});
}

export type MajorityResult = { present: number; minVotes: number; text: string; citations: Basis[] };

/** Votes a candidate needs to be elected. */
export function majority(input: { present: unknown }): Result<MajorityResult> {
	const p = parseCount(input?.present, { field: 'present', label: '实到会有选举权人数', min: 1, max: COUNT_MAX });
	if (!p.ok) return p;
	const n = p.value;
	const min = majorityFor(n);
	return ok({
		present: n,
		minVotes: min,
		text: `实到会有选举权 ${n} 人，半数为 ${n / 2} 票；须超过半数，即至少得 ${min} 票方能当选。`,
		citations: [...MAJORITY_FRACTION.citations],
	});
}

export type ElectionPlan = {
	candidates: CandidatePlan;
	quorum: QuorumResult;
	/** Present only when `present` was given. */
	attendance?: { present: number; quorumMet: boolean; minVotes: number; text: string };
};

/** All three numbers at once; `present` is optional. present > eligible is an error. */
export function electionPlan(input: { seats: unknown; eligible: unknown; present?: unknown; kind?: unknown }): Result<ElectionPlan> {
	const presentGiven = !(
		input?.present === undefined ||
		input?.present === null ||
		(typeof input?.present === 'string' && input.present.trim() === '')
	);
	const parsed = collect({
		seats: parseSeats(input?.seats),
		eligible: parseEligible(input?.eligible),
		present: presentGiven ? parsePresent(input?.present) : ok(-1),
	});
	if (!parsed.ok) return fail(...parsed.errors);
	const { seats, eligible, present } = parsed.value;
	const errors: FieldError[] = [];
	if (present > eligible) {
		errors.push({ field: 'present', message: `实到会有选举权人数（${present}）不能多于应到会有选举权人数（${eligible}）` });
	}
	if (seats > eligible) {
		errors.push({ field: 'seats', message: `应选人数（${seats}）不能多于应到会有选举权人数（${eligible}）` });
	}
	if (errors.length) return fail(...errors);
	const candidates = candidatePlan({ seats, kind: input?.kind });
	const q = quorum({ eligible });
	if (!candidates.ok) return candidates;
	if (!q.ok) return q;
	const plan: ElectionPlan = { candidates: candidates.value, quorum: q.value };
	if (present >= 0) {
		const quorumMet = present >= q.value.minPresent;
		const minVotes = present > 0 ? majorityFor(present) : 1;
		plan.attendance = {
			present,
			quorumMet,
			minVotes,
			text: quorumMet
				? `实到 ${present} 人，超过应到会人数的五分之四，会议有效；当选须得 ${minVotes} 票以上。`
				: `实到 ${present} 人，未超过应到会人数的五分之四（至少需 ${q.value.minPresent} 人），不能进行选举。`,
		};
	}
	return ok(plan);
}

export type ReportedVote = { name: unknown; votes: unknown };

export type ReportProblem = {
	code: 'quorum' | 'below-majority' | 'too-many-elected' | 'votes-exceed-present' | 'votes-total' | 'duplicate-name';
	message: string;
	/** Candidate index in `votes`, when the problem is one candidate's. */
	index?: number;
};

export type ReportCheck = {
	valid: boolean;
	eligible: number;
	present: number;
	seats: number;
	minPresent: number;
	minVotes: number;
	/** Percentage of present over eligible, one decimal (for 模板6/9 “占……×%”). */
	attendancePercent: number;
	problems: ReportProblem[];
	/** Non-blocking remarks (e.g. fewer elected than seats). */
	remarks: string[];
	citations: Basis[];
};

/**
 * Checks a reported result as 模板6 (换届) or 模板9 (补选) asks for it: 应到/实到 有选举权人数 and
 * the votes of each person the report names as elected. Malformed numbers and present > eligible
 * are field errors; substantive defects are `problems` with `valid: false`.
 */
export function checkReportedResult(input: { eligible: unknown; present: unknown; seats: unknown; votes: unknown }): Result<ReportCheck> {
	const errors: FieldError[] = [];
	const parsed = collect({
		eligible: parseEligible(input?.eligible),
		present: parseCount(input?.present, { field: 'present', label: '实到会有选举权人数', min: 1, max: COUNT_MAX }),
		seats: parseSeats(input?.seats),
	});
	if (!parsed.ok) errors.push(...parsed.errors);
	const rawVotes = Array.isArray(input?.votes) ? (input.votes as unknown[]) : null;
	if (rawVotes === null) errors.push({ field: 'votes', message: '请填写当选人及其得票数' });
	else if (rawVotes.length === 0) errors.push({ field: 'votes', message: '请至少填写一名当选人及其得票数' });
	else if (rawVotes.length > 1000) errors.push({ field: 'votes', message: '当选人不能超过 1000 名' });
	const people: { name: string; votes: number }[] = [];
	if (rawVotes && rawVotes.length <= 1000) {
		rawVotes.forEach((v, i) => {
			const entry = (typeof v === 'object' && v !== null ? v : {}) as Partial<ReportedVote>;
			const name = typeof entry.name === 'string' ? entry.name.trim() : '';
			if (name === '') errors.push({ field: `votes.${i}.name`, message: `第 ${i + 1} 名当选人：请填写姓名` });
			const votes = parseCount(entry.votes, { field: `votes.${i}.votes`, label: `第 ${i + 1} 名当选人的得票数`, max: COUNT_MAX });
			if (!votes.ok) errors.push(...votes.errors);
			else people.push({ name: name || `第 ${i + 1} 名`, votes: votes.value });
		});
	}
	if (errors.length || !parsed.ok) return fail(...errors);
	const { eligible, present, seats } = parsed.value;
	if (present > eligible) {
		return fail({ field: 'present', message: `实到会有选举权人数（${present}）不能多于应到会有选举权人数（${eligible}）` });
	}

	const minPresent = quorumFor(eligible);
	const minVotes = majorityFor(present);
	const problems: ReportProblem[] = [];
	const remarks: string[] = [];
	if (present < minPresent) {
		problems.push({
			code: 'quorum',
			message: `实到会有选举权 ${present} 人，未超过应到会有选举权人数 ${eligible} 人的五分之四（至少需 ${minPresent} 人），选举无效。`,
		});
	}
	const seen = new Set<string>();
	people.forEach((p, i) => {
		if (seen.has(p.name)) problems.push({ code: 'duplicate-name', index: i, message: `${p.name} 重复填写。` });
		seen.add(p.name);
		if (p.votes > present) {
			problems.push({
				code: 'votes-exceed-present',
				index: i,
				message: `${p.name} 得票 ${p.votes} 票，多于实到会有选举权人数 ${present} 人，票数有误。`,
			});
		} else if (p.votes < minVotes) {
			problems.push({
				code: 'below-majority',
				index: i,
				message: `${p.name} 得票 ${p.votes} 票，未超过实到会有选举权人数 ${present} 人的半数（至少需 ${minVotes} 票），不能当选。`,
			});
		}
	});
	if (people.length > seats) {
		problems.push({ code: 'too-many-elected', message: `当选 ${people.length} 名，多于应选名额 ${seats} 名。` });
	}
	const sum = people.reduce((a, p) => a + p.votes, 0);
	if (sum > present * seats) {
		problems.push({
			code: 'votes-total',
			message: `当选人得票合计 ${sum} 票，多于实到人数 × 应选名额（${present} × ${seats} = ${present * seats}），票数有误。`,
		});
	}
	if (people.length < seats && problems.length === 0) {
		remarks.push(`应选 ${seats} 名，当选 ${people.length} 名；不足的名额可另行选举或报上级党组织研究。`);
	}
	return ok({
		valid: problems.length === 0,
		eligible,
		present,
		seats,
		minPresent,
		minVotes,
		attendancePercent: Math.round((present * 1000) / eligible) / 10,
		problems,
		remarks,
		citations: [...QUORUM_FRACTION.citations, ...MAJORITY_FRACTION.citations, S.tpl6Approval, S.tpl9Filing],
	});
}
