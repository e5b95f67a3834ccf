/**
 * Calculator questions (src/lib/search/tool-intent.ts) and their answer cards (tool-answer.ts): the
 * question and its numbers are recognised, and the answer is the rule functions' own, never restated.
 */
import { describe, expect, it } from 'vitest';
import { detectToolIntent } from '../../src/lib/search/tool-intent';
import { toolAnswer } from '../../src/lib/search/tool-answer';
import { classifyOrg, ORG_KIND_LABELS } from '../../src/lib/rules/org-type';
import { candidatePlan, majority, quorum } from '../../src/lib/rules/election';
import { BRANCH_MAX_MEMBERS, MIN_FORMAL_TO_FOUND, QUORUM_FRACTION } from '../../src/lib/rules/thresholds';

describe('detectToolIntent', () => {
	it.each([
		// 组织形式, with numbers in either order and in Chinese numerals.
		['正式党员52人设什么组织', { tool: 'org-type', formal: 52, probationary: undefined }],
		['学会有12名正式党员2名预备党员应该成立什么党组织', { tool: 'org-type', formal: 12, probationary: 2 }],
		// A count after one kind of 党员 is not the next kind's count.
		['正式党员60人预备党员5人该建支部还是总支', { tool: 'org-type', formal: 60, probationary: 5 }],
		['党员60人预备党员5人设什么组织', { tool: 'org-type', formal: 60, probationary: 5 }],
		['正式党员有60名预备党员有5名成立什么组织', { tool: 'org-type', formal: 60, probationary: 5 }],
		['60名正式党员、5名预备党员设什么组织', { tool: 'org-type', formal: 60, probationary: 5 }],
		['2个正式党员能成立党支部吗', { tool: 'org-type', formal: 2, probationary: undefined }],
		['党员有120人成立党委还是党总支', { tool: 'org-type', formal: 120, probationary: undefined }],
		['五十名党员设党支部还是党总支', { tool: 'org-type', formal: 50, probationary: undefined }],
		['多少党员要设党总支', { tool: 'org-type' }],
		['党员人数超过多少要成立党委', { tool: 'org-type' }],
		// 换届选举.
		['应选5名委员候选人至少几个', { tool: 'election', seats: 5, eligible: undefined, present: undefined }],
		['应到40人实到35人选举有效吗', { tool: 'election', seats: undefined, eligible: 40, present: 35 }],
		['实到30人得几票才能当选', { tool: 'election', seats: undefined, eligible: undefined, present: 30 }],
		['选举时到会人数要达到多少才有效', { tool: 'election', seats: undefined, eligible: undefined, present: undefined }],
		// 换届提醒.
		['上次换届是2021年6月30日任期5年下次什么时候换届', { tool: 'term-reminder', last: '2021-06-30', termYears: 5 }],
		['2020-09-01换届的下次什么时候换', { tool: 'term-reminder', last: '2020-09-01', termYears: undefined }],
		['2021年6月30号换届任期5年什么时候到期', { tool: 'term-reminder', last: '2021-06-30', termYears: 5 }],
		// A year and month only: the month, no day made up (boundaries: January, December, month 13).
		['2022年3月换届任期3年什么时候到期', { tool: 'term-reminder', last: '2022-03', termYears: 3 }],
		['2022年1月换届任期5年下次什么时候换届', { tool: 'term-reminder', last: '2022-01', termYears: 5 }],
		['2021年12月换届任期5年下次什么时候换届', { tool: 'term-reminder', last: '2021-12', termYears: 5 }],
		['2022.3换届任期3年什么时候到期', { tool: 'term-reminder', last: '2022-03', termYears: 3 }],
		['2022-03换届的任期3年下次什么时候换', { tool: 'term-reminder', last: '2022-03', termYears: 3 }],
		['2022年13月换届任期3年什么时候到期', { tool: 'term-reminder', last: undefined, termYears: 3 }],
		// A year alone is no date.
		['2022年换届任期3年什么时候到期', { tool: 'term-reminder', last: undefined, termYears: 3 }],
		// Whether it is past due asks the reminder too.
		['2020年9月15日换的届任期4年现在超期没', { tool: 'term-reminder', last: '2020-09-15', termYears: 4 }],
		['任期5年2021年3月换的届过期了吗', { tool: 'term-reminder', last: '2021-03', termYears: 5 }],
		// Head counts as people say them.
		['俩正式党员能成立支部吗', { tool: 'org-type', formal: 2, probationary: undefined }],
		['仨党员能建支部不', { tool: 'org-type', formal: 3, probationary: undefined }],
		['两个正式党员能成立党支部吗', { tool: 'org-type', formal: 2, probationary: undefined }],
	])('%s', (q, intent) => {
		expect(detectToolIntent(q)).toEqual(intent);
	});

	it.each([
		'差额选举',
		'换届',
		'党费',
		'联合建立党组织最多几家单位',
		'学会党组织书记一般由谁担任',
		'正式党员不足3人怎么办',
		'候选人能不能当监票人',
		'选举时计票人能不能是候选人',
		'功能型党支部能不能发展党员',
		// An approximate count has no one number: no card computes from it.
		'十来个党员能成立党支部吗',
	])('%s is no calculator question', (q) => {
		expect(detectToolIntent(q)).toBeUndefined();
	});
});

describe('toolAnswer: the rules answer', () => {
	const today = '2026-12-01';

	it('organisation form for the numbers: the rule’s label and reason, its 依据, a link with the numbers', () => {
		const r = classifyOrg({ formal: 52, probationary: 0 });
		if (!r.ok) throw new Error('rule failed');
		const a = toolAnswer({ tool: 'org-type', formal: 52 }, today);
		expect(a.computed).toBe(true);
		expect(a.lines).toEqual([r.value.label, r.value.reason]);
		expect(a.lines[0]).toBe(ORG_KIND_LABELS['general-branch']);
		expect(a.basis).toEqual(r.value.basis);
		expect(a.href).toBe('/tools/org-type/?formal=52');
	});

	it('without numbers: the thresholds’ own wording and clauses, and the calculator', () => {
		const a = toolAnswer({ tool: 'org-type' }, today);
		expect(a.computed).toBe(false);
		expect(a.lines.slice(0, 2)).toEqual([`${MIN_FORMAL_TO_FOUND.meaning}。`, `${BRANCH_MAX_MEMBERS.meaning}。`]);
		expect(a.basis).toEqual(expect.arrayContaining([...MIN_FORMAL_TO_FOUND.citations]));
		expect(a.href).toBe('/tools/org-type/');
		expect(toolAnswer({ tool: 'election' }, today).lines[1]).toBe(`${QUORUM_FRACTION.meaning}。`);
	});

	it.each([
		[{ tool: 'election', seats: 5 } as const, () => candidatePlan({ seats: 5 }), '/tools/election/?seats=5'],
		[{ tool: 'election', eligible: 40 } as const, () => quorum({ eligible: 40 }), '/tools/election/?eligible=40'],
		[{ tool: 'election', present: 30 } as const, () => majority({ present: 30 }), '/tools/election/?present=30'],
	])('election %j', (intent, rule, href) => {
		const r = rule();
		if (!r.ok) throw new Error('rule failed');
		const a = toolAnswer(intent, today);
		expect(a.lines).toEqual([r.value.text]);
		expect(a.href).toBe(href);
	});

	it('attendance: whether the meeting is valid, from the rule', () => {
		const a = toolAnswer({ tool: 'election', eligible: 40, present: 35 }, today);
		expect(a.lines.join('')).toContain('会议有效');
		expect(toolAnswer({ tool: 'election', eligible: 40, present: 30 }, today).lines.join('')).toContain('不能进行选举');
		expect(toolAnswer({ tool: 'election', eligible: 40, present: 50 }, today).lines.join('')).toContain('不能多于');
	});

	it('term reminder: the due date from the rule, or the rule’s message for a term it refuses', () => {
		expect(toolAnswer({ tool: 'term-reminder', last: '2021-06-30', termYears: 5 }, today).lines[0]).toMatch(
			/^下次换届到期日：2026-06-30（/
		);
		const refused = toolAnswer({ tool: 'term-reminder', last: '2021-06-30', termYears: 7 }, today);
		expect(refused.computed).toBe(false);
		expect(refused.lines.join('')).toContain('7 年');
		expect(refused.href).toBe('/tools/term-reminder/?last=2021-06-30&term=7');
	});

	it('term reminder from a year and month: the due month, never a day, and the calculator asks for the day', () => {
		const a = toolAnswer({ tool: 'term-reminder', last: '2022-03', termYears: 3 }, today);
		expect(a.computed).toBe(true);
		expect(a.lines[0]).toContain('2025-03');
		expect(a.lines[0]).toContain('2025年3月');
		expect(a.lines.join('')).not.toMatch(/2025-03-\d|3月\d+日/);
		expect(a.href).toBe('/tools/term-reminder/?last=2022-03&term=3');
		expect(a.linkText).toContain('哪一日');
		const refused = toolAnswer({ tool: 'term-reminder', last: '2022-03', termYears: 7 }, today);
		expect(refused.computed).toBe(false);
		expect(refused.lines.join('')).toContain('7 年');
	});

	it('a count the rule refuses gives its message, not a verdict', () => {
		const a = toolAnswer({ tool: 'org-type', formal: 10_000_000 }, today);
		expect(a.computed).toBe(false);
		expect(a.lines.join('')).toContain('超出范围');
	});
});
