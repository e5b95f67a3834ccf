/**
 * Arithmetic checks of the filled-in templates, reusing the election rules: 差额 (模板4),
 * 等额 (模板7), 超过五分之四 and 超过半数 (模板6、模板9). Each warning names the field it belongs to
 * and carries the citations of the rule. Pure.
 */
import { candidatePlan, checkReportedResult, majorityFor, quorumFor } from '../rules/election';
import { MAJORITY_FRACTION, QUORUM_FRACTION } from '../rules/thresholds';
import type { Issue, Values } from './types';
import { cell, flag, int, namedRows, rows } from './values';

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
		out.push({ field: 'candidates', message: `书记候选人预备人选有 ${secretaries} 名：书记实行等额选举，只提 1 名。`, citations: plan.value.officers.citations });
	}
	if (flag(v, 'hasDeputy') && rows.filter((r) => cell(r, 'role') === '副书记').length > 1) {
		out.push({ field: 'candidates', message: '副书记候选人预备人选多于 1 名：副书记实行等额选举。', citations: plan.value.officers.citations });
	}
	return out;
}

/** 模板7: a 补选 is 等额 — as many candidates as vacancies. */
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
			message: `补选实行等额选举，候选人数应等于空缺人数 ${vacancies} 名（现为 ${nominees} 名）。`,
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
			field: p.index !== undefined ? `${field}.${indexed[p.index]!.i}.votes` : p.code === 'too-many-elected' && seatsField ? seatsField : field,
			message: p.message,
			citations: p.code === 'below-majority' || p.code === 'votes-exceed-present' ? MAJORITY_FRACTION.citations : [],
		}));
}

/** 模板6: 书记、副书记 elected at the first plenary meeting need more than half of those present. */
export function officerVotesRules(v: Values): Issue[] {
	const out: Issue[] = [];
	const expected = int(v, 'plenaryExpected');
	const present = int(v, 'plenaryPresent');
	if (expected !== undefined && present !== undefined && present > expected) {
		out.push({ field: 'plenaryPresent', message: `第一次全体会议实到（${present}）多于应到（${expected}）。` });
		return out;
	}
	if (present === undefined || present < 1) return out;
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
