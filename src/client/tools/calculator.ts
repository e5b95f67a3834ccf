/**
 * The base every calculator shares: read the URL into the form → validate through the rule →
 * render the answer (with its 依据) or the errors beside the fields. A stale answer is never left
 * standing: invalid input replaces it with what is wrong. Subclasses supply the rule and the markup.
 *
 * The answer box (`[data-answer]`, from ToolPage.astro) always starts with one box whose first line is
 * the verdict, in every state: the prompt while the form is empty, “无法计算：…” for bad input, and the
 * subclass's verdict otherwise (including “cannot be done, because …”). `data-state` on the box says
 * which (empty, invalid, answer), for styles and tests.
 */
import type { FieldError, Result } from '../../lib/rules/result';
import { el, formValues, readUrlIntoForm, showFieldErrors, writeFormIntoUrl } from '../dom';

export type FormState = Record<string, string | boolean>;
type Child = Node | string | null | undefined | false;

/** What a calculator answers: the verdict line, more in the same box, and anything after the box. */
export interface Answer {
	/** ok: can be done as asked; warn: can, with a condition; no: cannot be done; info: figures only. */
	tone: 'ok' | 'warn' | 'no' | 'info';
	verdict: Child[];
	box?: Child[];
	after?: Child[];
	/** Data attributes on the box (e.g. data-term-status). */
	attrs?: Record<string, string>;
}

export abstract class KbCalculator<T> extends HTMLElement {
	protected form!: HTMLFormElement;
	protected answer!: HTMLElement;
	/** Fields kept in the URL (all named fields when undefined). */
	protected urlFields?: readonly string[];
	/** Shown while the form is empty. */
	protected abstract prompt: string;
	protected abstract isEmpty(v: FormState): boolean;
	/** Runs the pure rule on the raw values; errors name form fields. */
	protected abstract compute(v: FormState): Result<T>;
	protected abstract render(value: T, v: FormState): Answer;
	/** Other parts of the page that show the answer and must be cleared with it. */
	protected clearExtra(): void {}
	/** Wiring beyond the form (pickers, buttons); runs before the URL is read. */
	protected setup(): void {}
	/** Runs after the URL is read into the form, before the first answer (e.g. restoring saved state). */
	protected restore(): void {}

	connectedCallback() {
		this.form = this.querySelector('form')!;
		this.answer = this.querySelector<HTMLElement>('[data-answer]')!;
		this.setup();
		readUrlIntoForm(this.form, this.urlFields);
		this.restore();
		this.form.addEventListener('input', (e) => this.onInput(e));
		this.form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.update();
		});
		this.update();
	}

	protected onInput(_e: Event): void {
		writeFormIntoUrl(this.form, this.urlFields);
		this.update();
	}

	protected values(): FormState {
		return formValues(this.form);
	}

	/** A real private (#): a subclass may have its own show(). */
	#showAnswer(state: 'empty' | 'invalid' | 'answer', a: Answer): void {
		this.answer.dataset.state = state;
		this.answer.replaceChildren(
			el('div', { class: 'answer-main', 'data-tone': a.tone, ...a.attrs }, el('p', { class: 'verdict' }, ...a.verdict), ...(a.box ?? [])),
			...((a.after ?? []).filter(Boolean) as (Node | string)[])
		);
	}

	protected showErrors(errors: readonly FieldError[]): void {
		showFieldErrors(this.form, errors);
		const messages = errors.map((e) => e.message);
		this.#showAnswer('invalid', {
			tone: 'no',
			verdict: [messages.length === 1 ? `无法计算：${messages[0]}` : '无法计算：'],
			box: messages.length > 1 ? [el('ul', {}, ...messages.map((m) => el('li', {}, m)))] : [],
		});
		this.clearExtra();
	}

	update(): void {
		const v = this.values();
		if (this.isEmpty(v)) {
			showFieldErrors(this.form, []);
			this.#showAnswer('empty', { tone: 'info', verdict: [this.prompt] });
			this.clearExtra();
			return;
		}
		const result = this.compute(v);
		if (!result.ok) return this.showErrors(result.errors);
		showFieldErrors(this.form, []);
		this.#showAnswer('answer', this.render(result.value, v));
	}
}

/** Raw text of a field ('' when absent or a checkbox). */
export const text = (v: FormState, name: string): string => (typeof v[name] === 'string' ? (v[name] as string) : '');
