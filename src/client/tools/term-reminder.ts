/** <kb-term-reminder>: 换届提醒 (rule: src/lib/rules/term-reminder.ts). */
import { termReminder, type TermReminder } from '../../lib/rules/term-reminder';
import type { Result } from '../../lib/rules/result';
import { el, localIsoDate } from '../dom';
import { KbCalculator, text, type FormState } from './calculator';

/** Rule input names → form field names (the URL uses the short ones). */
const FIELD_OF: Record<string, string> = { lastElection: 'last', termYears: 'term', today: 'today' };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const chineseDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
};

class KbTermReminder extends KbCalculator<TermReminder> {
	protected prompt = '请输入上次换届日期和理事会每届任期。';
	protected urlFields = ['last', 'term', 'today'] as const;
	private picker!: HTMLInputElement;
	private fromPicker = false;

	protected setup() {
		const last = this.form.querySelector<HTMLInputElement>('#last')!;
		this.picker = this.form.querySelector<HTMLInputElement>('#last-picker')!;
		this.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
		this.picker.addEventListener('input', () => {
			if (this.picker.value) last.value = this.picker.value;
		});
	}

	protected onInput(e: Event) {
		this.fromPicker = e.target === this.picker;
		super.onInput(e);
		this.fromPicker = false;
	}

	protected isEmpty(v: FormState) {
		// Keep the calendar in step with what is typed (it shows nothing for an impossible date);
		// never while the visitor is using the calendar itself.
		const last = text(v, 'last').trim();
		const today = text(v, 'today').trim();
		if (!this.fromPicker) this.picker.value = ISO.test(last) ? last : '';
		this.picker.max = ISO.test(today) ? today : localIsoDate();
		return last === '' && text(v, 'term').trim() === '';
	}

	protected compute(v: FormState): Result<TermReminder> {
		const todayGiven = text(v, 'today').trim() !== '';
		const result = termReminder({ lastElection: v.last, termYears: v.term, today: todayGiven ? v.today : localIsoDate() });
		return result.ok ? result : { ok: false, errors: result.errors.map((e) => ({ ...e, field: FIELD_OF[e.field] ?? e.field })) };
	}

	protected render(r: TermReminder, v: FormState) {
		const todayGiven = text(v, 'today').trim() !== '';
		const days = r.daysRemaining;
		const daysText =
			days > 0
				? ['距到期还有 ', el('strong', {}, String(days)), ' 天']
				: days === 0
					? ['今天到期']
					: ['已超过到期日 ', el('strong', {}, String(-days)), ' 天'];
		return [
			el(
				'div',
				{ class: 'answer-main', 'data-term-status': r.status, 'data-due-date': r.dueDate, 'data-days-remaining': String(days) },
				el('p', {}, el('strong', {}, r.statusLabel)),
				el('p', {}, '下次换届到期日：', el('time', { datetime: r.dueDate }, `${chineseDate(r.dueDate)}（${r.dueDate}）`)),
				el('p', {}, ...daysText, `（按${todayGiven ? '所填日期' : '今天'} ${r.today} 计算）。`),
				el('p', { class: 'hint' }, `上次换届 ${r.lastElection} 加理事会任期 ${r.termYears} 年。`),
				el('ul', {}, ...r.notes.map((n) => el('li', {}, n)))
			),
		];
	}
}

customElements.define('kb-term-reminder', KbTermReminder);
