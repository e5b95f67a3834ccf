/**
 * The base every calculator shares: read the URL into the form → validate through the rule →
 * render the answer (with its 依据) or the errors beside the fields. A stale answer is never left
 * standing: invalid input replaces it with what is wrong. Subclasses supply the rule and the markup.
 */
import type { FieldError, Result } from '../../lib/rules/result';
import { el, formValues, readUrlIntoForm, showFieldErrors, writeFormIntoUrl } from '../dom';

export type FormState = Record<string, string | boolean>;

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
	protected abstract render(value: T, v: FormState): (Node | null)[];
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

	protected showErrors(errors: readonly FieldError[]): void {
		showFieldErrors(this.form, errors);
		this.answer.replaceChildren(el('p', { class: 'answer-invalid' }, `无法计算：${errors.map((e) => e.message).join('；')}`));
		this.clearExtra();
	}

	update(): void {
		const v = this.values();
		if (this.isEmpty(v)) {
			showFieldErrors(this.form, []);
			this.answer.replaceChildren(el('p', {}, this.prompt));
			this.clearExtra();
			return;
		}
		const result = this.compute(v);
		if (!result.ok) return this.showErrors(result.errors);
		showFieldErrors(this.form, []);
		this.answer.replaceChildren(...this.render(result.value, v).filter((n): n is Node => !!n));
	}
}

/** Raw text of a field ('' when absent or a checkbox). */
export const text = (v: FormState, name: string): string => (typeof v[name] === 'string' ? (v[name] as string) : '');
