/** <kb-term-reminder>: 换届提醒 (rule: src/lib/rules/term-reminder.ts). */
import { termReminder, type TermReminder } from '../../lib/rules/term-reminder';
import type { Result } from '../../lib/rules/result';
import { el, localIsoDate } from '../dom';
import { KbCalculator, text, type Answer, type FormState } from './calculator';

/** Rule input names → form field names (the URL uses the short ones). */
const FIELD_OF: Record<string, string> = { lastElection: 'last', termYears: 'term', today: 'today' };
/** The two date fields are native date inputs: one control each, the browser's own calendar. */
const DATE_FIELDS = ['last', 'today'] as const;
const DATE_LABEL: Record<(typeof DATE_FIELDS)[number], string> = { last: '上次换届日期', today: '今天的日期' };

const chineseDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
};

class KbTermReminder extends KbCalculator<TermReminder> {
	protected prompt = '请输入上次换届日期和理事会每届任期。';
	protected urlFields = ['last', 'term', 'today'] as const;
	/**
	 * A date input silently drops a value it cannot hold (?last=2023-02-30, ?last=2021-6-30), which
	 * would read as "not filled in". The raw URL value is kept here, per field, so the rule can say
	 * what is wrong with it, until the visitor edits the form.
	 */
	private rejectedFromUrl: Partial<Record<string, string>> = {};

	private dateInput(name: string) {
		return this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
	}

	protected setup() {
		// Typing part of a date into an empty date input changes no value and fires no input event;
		// leaving the field is when to say it is incomplete.
		this.form.addEventListener('focusout', (e) => {
			if (e.target instanceof HTMLInputElement && e.target.type === 'date') this.update();
		});
	}

	protected restore() {
		const params = new URL(location.href).searchParams;
		for (const name of DATE_FIELDS) {
			const raw = params.get(name)?.trim();
			if (raw && this.dateInput(name).value === '') this.rejectedFromUrl[name] = raw;
		}
		this.limitLastElection();
	}

	protected onInput(e: Event) {
		this.rejectedFromUrl = {};
		this.limitLastElection();
		super.onInput(e);
	}

	/**
	 * The calendar offers no day after "today" (the filled-in one, else the visitor's date). Set only
	 * on change: writing `max` makes Chromium redraw the field and drop a date being typed.
	 */
	private limitLastElection() {
		const max = this.dateInput('today').value || localIsoDate();
		const last = this.dateInput('last');
		if (last.max !== max) last.max = max;
	}

	protected values(): FormState {
		const v = super.values();
		for (const name of DATE_FIELDS) v[name] = this.rejectedFromUrl[name] ?? v[name] ?? '';
		return v;
	}

	/**
	 * Date fields typed only in part (or holding a day the calendar does not have): the input is empty
	 * but flagged, which must read as unfinished, not as "please fill in".
	 */
	private incompleteDates() {
		return DATE_FIELDS.filter((name) => this.dateInput(name).validity.badInput);
	}

	protected isEmpty(v: FormState) {
		return this.incompleteDates().length === 0 && text(v, 'last').trim() === '' && text(v, 'term').trim() === '';
	}

	protected compute(v: FormState): Result<TermReminder> {
		const incomplete = this.incompleteDates();
		if (incomplete.length) {
			return {
				ok: false,
				errors: incomplete.map((field) => ({ field, message: `${DATE_LABEL[field]}没有填完整：请把年、月、日都填上，或从日历中选择` })),
			};
		}
		const todayGiven = text(v, 'today').trim() !== '';
		const result = termReminder({ lastElection: v.last, termYears: v.term, today: todayGiven ? v.today : localIsoDate() });
		if (result.ok) return result;
		return {
			ok: false,
			errors: result.errors.map((e) => {
				const field = FIELD_OF[e.field] ?? e.field;
				const raw = this.rejectedFromUrl[field];
				return { field, message: raw === undefined ? e.message : `网址参数 ${field}=${raw}：${e.message}` };
			}),
		};
	}

	protected render(r: TermReminder, v: FormState): Answer {
		const todayGiven = text(v, 'today').trim() !== '';
		const days = r.daysRemaining;
		const daysText =
			days > 0
				? ['距到期还有 ', el('strong', {}, String(days)), ' 天']
				: days === 0
					? ['今天到期']
					: ['已超过到期日 ', el('strong', {}, String(-days)), ' 天'];
		return {
			tone: r.status === 'overdue' ? 'no' : r.status === 'due-soon' ? 'warn' : 'ok',
			attrs: { 'data-term-status': r.status, 'data-due-date': r.dueDate, 'data-days-remaining': String(days) },
			verdict: [r.statusLabel],
			box: [
				el('p', {}, '下次换届到期日：', el('time', { datetime: r.dueDate }, `${chineseDate(r.dueDate)}（${r.dueDate}）`)),
				el('p', {}, ...daysText, `（按${todayGiven ? '所填日期' : '今天'} ${r.today} 计算）。`),
				el('p', { class: 'hint' }, `上次换届 ${r.lastElection} 加理事会任期 ${r.termYears} 年。`),
				el('ul', {}, ...r.notes.map((n) => el('li', {}, n))),
			],
		};
	}
}

customElements.define('kb-term-reminder', KbTermReminder);
