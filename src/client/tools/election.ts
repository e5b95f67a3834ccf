/** <kb-election>: 换届选举计算器 (rules: src/lib/rules/election.ts). */
import { checkReportedResult, electionPlan, type ElectionPlan, type ReportCheck } from '../../lib/rules/election';
import { fail, ok, type Result } from '../../lib/rules/result';
import { parseVoteLines } from '../../lib/ui-parse';
import { citationList, el, templateList } from '../dom';
import { KbCalculator, text, type Answer, type FormState } from './calculator';

type ElectionAnswer = { plan: ElectionPlan; check?: ReportCheck };

class KbElection extends KbCalculator<ElectionAnswer> {
	protected prompt = '请输入应选委员人数和应到会有选举权人数。';

	protected isEmpty(v: FormState) {
		return text(v, 'seats').trim() === '' && text(v, 'eligible').trim() === '';
	}

	protected compute(v: FormState): Result<ElectionAnswer> {
		const plan = electionPlan({ seats: v.seats, eligible: v.eligible, present: v.present, kind: v.kind });
		if (!plan.ok) return plan;
		const votes = parseVoteLines(text(v, 'votes'));
		if (votes.length === 0) return ok({ plan: plan.value });
		const check = checkReportedResult({ eligible: v.eligible, present: v.present, seats: v.seats, votes });
		if (!check.ok) return fail(...check.errors);
		return ok({ plan: plan.value, check: check.value });
	}

	protected render({ plan: p, check: c }: ElectionAnswer): Answer {
		const figures = [
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
				: el('p', { class: 'hint' }, '填写实到人数后可算出当选所需票数。'),
		];
		const after: (Node | null)[] = [
			el('h3', {}, '候选人'),
			el('p', {}, p.candidates.text),
			citationList(p.candidates.citations),
			el('p', {}, p.candidates.officers.text),
			citationList(p.candidates.officers.citations),
			el('h3', {}, '到会人数'),
			el('p', {}, p.quorum.text),
			citationList(p.quorum.citations),
		];
		if (p.attendance) after.push(el('h3', {}, '当选票数'), el('p', {}, p.attendance.text));
		if (c) {
			after.push(
				el('h3', {}, '核对选举结果'),
				...c.remarks.map((r) => el('p', {}, r)),
				el('p', {}, `到会率 ${c.attendancePercent}%（模板6、模板9 报告“占……%”时使用）。`),
				citationList(c.citations)
			);
		}
		after.push(el('h3', {}, '相关模板'), templateList(p.candidates.templates));

		// The verdict: a reported result first, then whether the meeting can elect at all, then the figures.
		if (c) {
			return {
				tone: c.valid ? 'ok' : 'no',
				verdict: [el('span', { 'data-result-valid': String(c.valid) }, c.valid ? '选举结果符合规定' : '选举结果不符合规定')],
				box: [c.problems.length ? el('ul', {}, ...c.problems.map((pr) => el('li', {}, pr.message))) : null, ...figures],
				after,
			};
		}
		if (p.attendance && !p.attendance.quorumMet) {
			return {
				tone: 'no',
				verdict: [
					el(
						'span',
						{ 'data-quorum-met': 'false' },
						`不能进行选举：实到 ${p.attendance.present} 人，未超过应到会人数的五分之四（至少需 ${p.quorum.minPresent} 人）`
					),
				],
				box: figures,
				after,
			};
		}
		if (p.attendance) {
			return {
				tone: 'ok',
				verdict: [el('span', { 'data-quorum-met': 'true' }, `会议有效，可以进行选举：当选须得票至少 ${p.attendance.minVotes} 票`)],
				box: figures,
				after,
			};
		}
		return {
			tone: 'info',
			verdict: [`候选人至少 ${p.candidates.minCandidates} 名，到会至少 ${p.quorum.minPresent} 人会议方为有效`],
			box: figures,
			after,
		};
	}
}

customElements.define('kb-election', KbElection);
