/**
 * The answer card for a calculator question (pure): the rule functions of src/lib/rules run on the
 * numbers the query gave (classifyOrg, candidatePlan, electionPlan, majority, termReminder), and
 * without numbers the thresholds' own wording and clauses (thresholds.ts) are shown with a link to
 * the calculator. Nothing is restated here: every sentence comes from the rules.
 */
import { classifyOrg } from '../rules/org-type';
import { candidatePlan, electionPlan, majority, quorum } from '../rules/election';
import { dueMonth, termReminder } from '../rules/term-reminder';
import {
	BRANCH_MAX_MEMBERS,
	ELECTION_MARGIN_PERCENT,
	GENERAL_BRANCH_MAX_MEMBERS,
	MAJORITY_FRACTION,
	MIN_FORMAL_TO_FOUND,
	QUORUM_FRACTION,
	TERM_YEARS,
	type Threshold,
} from '../rules/thresholds';
import type { Basis } from '../rules/basis';
import { toolById, toolPath } from '../tools';
import type { ToolIntent } from './tool-intent';

export interface ToolAnswer {
	tool: ToolIntent['tool'];
	/** The calculator's name, e.g. 组织形式计算器. */
	title: string;
	/** The calculator's path with the query's numbers (without the site's base), e.g. /tools/org-type/?formal=52. */
	href: string;
	/** The answer, first line the verdict; or the rules' wording when the query gave no numbers. */
	lines: string[];
	/** The clauses the answer rests on. */
	basis: Basis[];
	/** Whether the query's numbers were computed (else the card shows the rules and invites the calculator). */
	computed: boolean;
	/** What the link to the calculator says when the card's default would promise too much (a day still to fill in). */
	linkText?: string;
}

function toolInfo(tool: ToolIntent['tool']) {
	return { title: toolById(tool).title, path: toolPath(tool) };
}

function withParams(path: string, params: Record<string, string | number | undefined>): string {
	const query = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
	const s = query.toString();
	return s ? `${path}?${s}` : path;
}

function rulesOnly(tool: ToolIntent['tool'], thresholds: readonly Threshold<unknown>[], prompt: string): ToolAnswer {
	const { title, path } = toolInfo(tool);
	return {
		tool,
		title,
		href: path,
		lines: [...thresholds.map((t) => `${t.meaning}。`), prompt],
		basis: thresholds.flatMap((t) => t.citations as Basis[]),
		computed: false,
	};
}

/** The card for an intent; `today` (YYYY-MM-DD, the visitor's date) is for the 换届 reminder. */
export function toolAnswer(intent: ToolIntent, today: string): ToolAnswer {
	const { title, path } = toolInfo(intent.tool);
	switch (intent.tool) {
		case 'org-type': {
			if (intent.formal === undefined) {
				return rulesOnly(
					'org-type',
					[MIN_FORMAL_TO_FOUND, BRANCH_MAX_MEMBERS, GENERAL_BRANCH_MAX_MEMBERS],
					'填入正式党员、预备党员人数，计算器给出应设的组织形式及依据。'
				);
			}
			const result = classifyOrg({ formal: intent.formal, probationary: intent.probationary ?? 0 });
			if (!result.ok) return rulesOnly('org-type', [MIN_FORMAL_TO_FOUND], result.errors.map((e) => e.message).join('；'));
			const r = result.value;
			return {
				tool: 'org-type',
				title,
				href: withParams(path, { formal: intent.formal, probationary: intent.probationary }),
				lines: [r.label, r.reason],
				basis: r.basis,
				computed: true,
			};
		}
		case 'election': {
			const { seats, eligible, present } = intent;
			if (seats === undefined && eligible === undefined && present === undefined) {
				return rulesOnly(
					'election',
					[ELECTION_MARGIN_PERCENT, QUORUM_FRACTION, MAJORITY_FRACTION],
					'填入应选人数、应到会和实到会人数，计算器给出候选人数、到会人数和当选票数。'
				);
			}
			const lines: string[] = [];
			const citations: Basis[] = [];
			if (seats !== undefined) {
				const plan = candidatePlan({ seats });
				if (plan.ok) {
					lines.push(plan.value.text);
					citations.push(...plan.value.citations);
				}
			}
			if (eligible !== undefined && present !== undefined) {
				// The attendance verdict does not depend on the seats; one seat is the least a plan can have.
				const plan = electionPlan({ seats: seats ?? 1, eligible, present });
				if (plan.ok) {
					lines.push(plan.value.quorum.text, plan.value.attendance!.text);
					citations.push(...plan.value.quorum.citations, ...MAJORITY_FRACTION.citations);
				} else lines.push(plan.errors.map((e) => e.message).join('；'));
			} else if (eligible !== undefined) {
				const q = quorum({ eligible });
				if (q.ok) {
					lines.push(q.value.text);
					citations.push(...q.value.citations);
				}
			} else if (present !== undefined) {
				const m = majority({ present });
				if (m.ok) {
					lines.push(m.value.text);
					citations.push(...m.value.citations);
				}
			}
			if (lines.length === 0)
				return rulesOnly('election', [ELECTION_MARGIN_PERCENT, QUORUM_FRACTION, MAJORITY_FRACTION], '请在计算器中填写。');
			return { tool: 'election', title, href: withParams(path, { seats, eligible, present }), lines, basis: citations, computed: true };
		}
		case 'term-reminder': {
			const { last, termYears } = intent;
			// A year and month only: the month it is due in, and the calculator asks for the day.
			const month = last !== undefined && termYears !== undefined ? dueMonth(last, termYears) : undefined;
			if (month?.ok) {
				return {
					tool: 'term-reminder',
					title,
					href: withParams(path, { last, term: termYears }),
					lines: [
						`下次换届到期月份：${month.value.dueMonth}（${month.value.label}；上次换届只给出了年月，到期日是该月中与上次换届相同的那一日）`,
					],
					basis: month.value.syncBasis,
					computed: true,
					linkText: '在计算器中补上换届是哪一日，查看到期日和剩余天数',
				};
			}
			if (last === undefined || termYears === undefined) {
				return {
					...rulesOnly('term-reminder', [TERM_YEARS], '填入上次换届日期和理事会每届任期，计算器给出下次换届的日期和剩余天数。'),
					href: withParams(path, { last, term: termYears }),
				};
			}
			const result = termReminder({ lastElection: last, termYears, today });
			if (!result.ok) {
				return {
					...rulesOnly('term-reminder', [TERM_YEARS], result.errors.map((e) => e.message).join('；')),
					href: withParams(path, { last, term: termYears }),
				};
			}
			const r = result.value;
			const days = r.daysRemaining >= 0 ? `还有 ${r.daysRemaining} 天` : `已超过 ${-r.daysRemaining} 天`;
			return {
				tool: 'term-reminder',
				title,
				href: withParams(path, { last, term: termYears }),
				lines: [`下次换届到期日：${r.dueDate}（${r.statusLabel}，${days}）`, ...r.notes.slice(0, 1)],
				basis: r.syncBasis,
				computed: true,
			};
		}
	}
}
