/** <kb-election>: 换届选举计算器 (rules: src/lib/rules/election.ts). */
import { checkReportedResult, electionPlan, type ElectionPlan, type ReportCheck } from '../../lib/rules/election';
import { fail, ok, type Result } from '../../lib/rules/result';
import { parseVoteLines } from '../../lib/ui-parse';
import { citationList, el, templateList } from '../dom';
import { KbCalculator, text, type FormState } from './calculator';

type Answer = { plan: ElectionPlan; check?: ReportCheck };

class KbElection extends KbCalculator<Answer> {
	protected prompt = '请输入应选委员人数和应到会有选举权人数。';

	protected isEmpty(v: FormState) {
		return text(v, 'seats').trim() === '' && text(v, 'eligible').trim() === '';
	}

	protected compute(v: FormState): Result<Answer> {
		const plan = electionPlan({ seats: v.seats, eligible: v.eligible, present: v.present, kind: v.kind });
		if (!plan.ok) return plan;
		const votes = parseVoteLines(text(v, 'votes'));
		if (votes.length === 0) return ok({ plan: plan.value });
		const check = checkReportedResult({ eligible: v.eligible, present: v.present, seats: v.seats, votes });
		if (!check.ok) return fail(...check.errors);
		return ok({ plan: plan.value, check: check.value });
	}

	protected render({ plan: p, check: c }: Answer) {
		const parts: (Node | null)[] = [
			el(
				'div',
				{ class: 'answer-main' },
				el(
					'p',
					{},
					'候选人至少 ',
					el('strong', { 'data-min-candidates': String(p.candidates.minCandidates) }, String(p.candidates.minCandidates)),
					' 名（',
					p.candidates.method,
					'）'
				),
				el(
					'p',
					{},
					'到会有选举权的至少 ',
					el('strong', { 'data-quorum-min': String(p.quorum.minPresent) }, String(p.quorum.minPresent)),
					' 人，会议方为有效'
				),
				p.attendance
					? el(
							'p',
							{},
							'当选须得票至少 ',
							el('strong', { 'data-min-votes': String(p.attendance.minVotes) }, String(p.attendance.minVotes)),
							' 票'
						)
					: el('p', { class: 'hint' }, '填写实到人数后可算出当选所需票数。')
			),
			el('h3', {}, '候选人'),
			el('p', {}, p.candidates.text),
			citationList(p.candidates.citations),
			el('p', {}, p.candidates.officers.text),
			citationList(p.candidates.officers.citations),
			el('h3', {}, '到会人数'),
			el('p', {}, p.quorum.text),
			citationList(p.quorum.citations),
		];
		if (p.attendance)
			parts.push(el('h3', {}, '当选票数'), el('p', { 'data-quorum-met': String(p.attendance.quorumMet) }, p.attendance.text));
		if (c) {
			parts.push(
				el('h3', {}, '核对选举结果'),
				el('p', { 'data-result-valid': String(c.valid) }, c.valid ? '选举结果符合规定。' : '选举结果不符合规定：'),
				c.problems.length ? el('ul', {}, ...c.problems.map((pr) => el('li', {}, pr.message))) : null,
				...c.remarks.map((r) => el('p', {}, r)),
				el('p', {}, `到会率 ${c.attendancePercent}%（模板6、模板9 报告“占……%”时使用）。`),
				citationList(c.citations)
			);
		}
		parts.push(el('h3', {}, '相关模板'), templateList(p.candidates.templates));
		return parts;
	}
}

customElements.define('kb-election', KbElection);
