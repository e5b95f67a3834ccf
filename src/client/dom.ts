/**
 * DOM helpers shared by every browser module: element building (text only, never HTML), the 依据
 * list, field errors beside their fields, and the form ⇄ URL state of the calculators.
 */
import type { Basis } from '../lib/rules/basis';
import { citationItems } from '../lib/rules/citation-items';
import type { FieldError } from '../lib/rules/result';
import { toIso } from '../lib/calendar';
import type { TemplateRef } from '../lib/rules/sources';
import { entryPath, joinBase, linesToParam, paramToLines, templatePath } from '../lib/url';
import { el } from './el';

const base = import.meta.env.BASE_URL;

export const entryUrl = (entry: string, anchor?: string) => joinBase(base, entryPath(entry, anchor));
export const templateUrl = (id: string) => joinBase(base, templatePath(id));

// el() lives in its own module so pages that need only it (search) do not load the rules and zod.
export { el };

/** 依据: each clause with its verbatim wording; corpus clauses link to their anchor (items from `citationItems`). */
export function citationList(citations: readonly Basis[]): HTMLElement {
	return el(
		'ul',
		{ class: 'tool-citations' },
		...citationItems(citations).map((c) =>
			el(
				'li',
				{},
				c.link
					? el('a', { href: entryUrl(c.link.entry, c.link.anchor), 'data-citation': c.key }, c.label)
					: el('span', { class: 'external', title: '本站未收录该文件' }, c.label),
				'：',
				el('q', {}, c.quote)
			)
		)
	);
}

export function templateList(templates: readonly TemplateRef[]): HTMLElement {
	return el('ul', {}, ...templates.map((t) => el('li', {}, el('a', { href: templateUrl(t.id) }, `模板${t.number}：${t.title}`))));
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The named controls of a form, optionally only those listed. */
function controls(form: HTMLFormElement, names?: readonly string[]): Control[] {
	const all = [...form.querySelectorAll<Control>('input[name], select[name], textarea[name]')];
	return names ? all.filter((c) => names.includes(c.name)) : all;
}

const isBox = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio');

/** Fills the form from the page URL, so a shared link shows the same answer. */
export function readUrlIntoForm(form: HTMLFormElement, names?: readonly string[]): void {
	const params = new URL(location.href).searchParams;
	for (const c of controls(form, names)) {
		if (!params.has(c.name)) continue;
		const value = params.get(c.name) ?? '';
		if (isBox(c)) c.checked = c.type === 'radio' ? c.value === value : value === '1' || value === 'true' || value === 'on';
		else c.value = c instanceof HTMLTextAreaElement ? paramToLines(value) : value;
	}
}

/**
 * Writes the form into the URL (without reloading), leaving out empty fields and a select left at
 * its first option (the default), so a link carries only what was chosen.
 */
export function writeFormIntoUrl(form: HTMLFormElement, names?: readonly string[]): void {
	const url = new URL(location.href);
	for (const c of controls(form, names)) url.searchParams.delete(c.name);
	for (const c of controls(form, names)) {
		if (isBox(c)) {
			if (c.checked) url.searchParams.set(c.name, c.type === 'radio' ? c.value : '1');
		} else if (c instanceof HTMLSelectElement && c.selectedIndex <= 0) continue;
		else if (c.value.trim() !== '') url.searchParams.set(c.name, c instanceof HTMLTextAreaElement ? linesToParam(c.value) : c.value.trim());
	}
	history.replaceState(null, '', url);
}

/** Raw values by field name, exactly as typed: validation is the rule's job. Checkboxes give booleans. */
export function formValues(form: HTMLFormElement, names?: readonly string[]): Record<string, string | boolean> {
	const out: Record<string, string | boolean> = {};
	for (const c of controls(form, names)) {
		if (isBox(c)) {
			if (c.type === 'checkbox') out[c.name] = c.checked;
			else if (c.checked) out[c.name] = c.value;
		} else out[c.name] = c.value;
	}
	return out;
}

/** Shows each error beside its field (`[data-error-for]`) and marks the field invalid; clears the rest. */
export function showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
	for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
		const name = slot.dataset.errorFor!;
		const error = errors.find((e) => e.field === name || e.field.startsWith(`${name}.`));
		slot.textContent = error?.message ?? '';
		slot.hidden = !error;
		const input = form.querySelector<Control>(`[name="${CSS.escape(name)}"]`);
		if (input) input.setAttribute('aria-invalid', error ? 'true' : 'false');
	}
}

/** A local calendar date as `YYYY-MM-DD`. */
export function localIsoDate(d = new Date()): string {
	return toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
