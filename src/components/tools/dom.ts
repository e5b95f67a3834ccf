/**
 * Small DOM helpers shared by the calculator islands: URL ⇄ form state, field errors, citation lists.
 * Only imported from tool pages' scripts.
 */
import type { Citation } from '../../lib/rules/citation';
import type { FieldError } from '../../lib/rules/result';
import type { TemplateRef } from '../../lib/rules/sources';
import { entryPath, joinBase, templatePath } from '../../lib/url';

const base = import.meta.env.BASE_URL;

export const entryUrl = (entry: string, anchor?: string) => joinBase(base, entryPath(entry, anchor));
export const templateUrl = (id: string) => joinBase(base, templatePath(id));

type Field = HTMLInputElement | HTMLSelectElement;

function fields(form: HTMLFormElement): Field[] {
	return [...form.querySelectorAll<Field>('input[name], select[name]')];
}

/** Fills the form from the page URL, so a shared link shows the same answer. */
export function readUrlIntoForm(form: HTMLFormElement): void {
	const params = new URL(location.href).searchParams;
	for (const field of fields(form)) {
		if (!params.has(field.name)) continue;
		const value = params.get(field.name) ?? '';
		if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === '1' || value === 'true' || value === 'on';
		else field.value = value;
	}
}

/** Writes the form into the URL (without reloading), leaving out empty fields. */
export function writeFormIntoUrl(form: HTMLFormElement): void {
	const url = new URL(location.href);
	url.search = '';
	for (const field of fields(form)) {
		if (field instanceof HTMLInputElement && field.type === 'checkbox') {
			if (field.checked) url.searchParams.set(field.name, '1');
		} else if (field.value.trim() !== '') url.searchParams.set(field.name, field.value.trim());
	}
	history.replaceState(null, '', url);
}

/** Raw values by field name, exactly as typed: validation is the rule's job. */
export function formValues(form: HTMLFormElement): Record<string, string | boolean> {
	const out: Record<string, string | boolean> = {};
	for (const field of fields(form)) {
		out[field.name] = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
	}
	return out;
}

/** Shows each error beside its field (`[data-error-for]`) and marks the field invalid; clears the rest. */
export function showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
	for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
		const error = errors.find((e) => e.field === slot.dataset.errorFor || e.field.startsWith(`${slot.dataset.errorFor}.`));
		slot.textContent = error?.message ?? '';
		slot.hidden = !error;
		const input = form.querySelector<Field>(`[name="${slot.dataset.errorFor}"]`);
		if (input) input.setAttribute('aria-invalid', error ? 'true' : 'false');
	}
}

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	for (const child of children) if (child) node.append(child);
	return node;
}

/** 依据: each clause with its verbatim wording; corpus clauses link to their anchor. */
export function citationList(citations: readonly Citation[]): HTMLElement {
	const seen = new Set<string>();
	const list = el('ul', { class: 'tool-citations' });
	for (const c of citations) {
		const key = c.kind === 'corpus' ? `${c.entry}#${c.anchor ?? ''}` : `${c.name}${c.article ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const source =
			c.kind === 'corpus'
				? el('a', { href: entryUrl(c.entry, c.anchor), 'data-citation': key }, c.label)
				: el('span', { class: 'external', title: '本站未收录该文件' }, `${c.name}${c.article ?? ''}（本站未收录）`);
		list.append(el('li', {}, source, '：', el('q', {}, c.quote)));
	}
	return list;
}

export function templateList(templates: readonly TemplateRef[]): HTMLElement {
	return el('ul', {}, ...templates.map((t) => el('li', {}, el('a', { href: templateUrl(t.id) }, `模板${t.number}：${t.title}`))));
}
