/** <kb-org-type>: 组织形式计算器 (rule: src/lib/rules/org-type.ts). */
import { classifyOrg, type OrgTypeResult } from '../../lib/rules/org-type';
import { citationList, el, templateList } from '../dom';
import { KbCalculator, text, type Answer, type FormState } from './calculator';

function renderDetails(r: OrgTypeResult): HTMLElement {
	const box = el('div');
	box.append(el('h3', {}, '领导班子'), el('p', {}, r.leadership.text), citationList(r.leadership.citations));
	if (r.alternatives.length) {
		box.append(el('h3', {}, '经批准也可'));
		for (const alt of r.alternatives) box.append(el('p', {}, alt.text), citationList(alt.citations));
	}
	if (r.routes.length) {
		box.append(el('h3', {}, '可以采取的方式'));
		for (const route of r.routes) box.append(el('h4', {}, route.title), el('p', {}, route.text), citationList(route.citations));
	}
	if (r.nextSteps.length) {
		const steps = el('ol');
		for (const step of r.nextSteps) {
			steps.append(
				el('li', {}, el('p', {}, step.text), step.templates.length ? templateList(step.templates) : null, citationList(step.citations))
			);
		}
		box.append(el('h3', {}, '下一步'), steps);
	}
	if (r.templates.length) box.append(el('h3', {}, '需填报的模板'), templateList(r.templates));
	if (r.functional.doesNot.length) {
		box.append(
			el('h3', {}, '功能型党组织'),
			el('ul', {}, ...r.functional.doesNot.map((t) => el('li', {}, t))),
			citationList(r.functional.citations),
			el('p', {}, r.functional.leadership.text),
			citationList(r.functional.leadership.citations)
		);
	}
	if (r.notes.length) box.append(el('h3', {}, '说明'), el('ul', {}, ...r.notes.map((n) => el('li', {}, n))));
	return box;
}

class KbOrgType extends KbCalculator<OrgTypeResult> {
	protected prompt = '请输入正式党员人数。';
	private details!: HTMLElement;

	protected setup() {
		this.details = this.querySelector<HTMLElement>('[data-details]')!;
	}
	protected isEmpty(v: FormState) {
		return text(v, 'formal') === '' && text(v, 'probationary') === '';
	}
	protected compute(v: FormState) {
		return classifyOrg({ formal: v.formal, probationary: v.probationary, largeOrManyMembers: v.large, higherApproval: v.approved });
	}
	protected clearExtra() {
		this.details.replaceChildren();
	}
	protected render(r: OrgTypeResult): Answer {
		this.details.replaceChildren(renderDetails(r));
		const boundary = r.boundary
			? el(
					'div',
					{ class: 'boundary', role: 'group', 'aria-label': `正好 ${r.boundary.total} 名党员：文件未作规定的两种组织形式` },
					el('p', {}, `正好 ${r.boundary.total} 名党员，文件未作规定，两种组织形式并列如下：`),
					el(
						'div',
						{ class: 'boundary-options' },
						...r.boundary.options.map((o) =>
							el('section', { 'data-boundary-option': o.kind }, el('h3', {}, o.label), el('p', {}, o.text), citationList(o.citations))
						)
					)
				)
			: null;
		return {
			// Too few 正式党员 for an organisation of its own: it can be done only jointly.
			tone: r.kind === 'joint' || r.boundary ? 'warn' : 'ok',
			verdict: [el('strong', { 'data-org-type': r.kind }, r.label)],
			box: [el('p', {}, r.reason), citationList(r.basis), boundary],
		};
	}
}

customElements.define('kb-org-type', KbOrgType);
