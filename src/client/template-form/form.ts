/** Builds the form of a template from its field list (DOM, textContent only). */
import type { ColumnDef, FieldDef, Row, TemplateSpec, Values } from '../../lib/template-fill';
import { el } from '../dom';

const idOf = (name: string) => `tf-${name.replace(/\./g, '-')}`;

function slots(name: string): HTMLElement[] {
	return [
		el('p', { class: 'field-error', id: `${idOf(name)}-error`, 'data-error-for': name, hidden: '' }),
		el('div', { class: 'tf-warning', 'data-warning-for': name, hidden: '' }),
	];
}

function control(
	kind: FieldDef['kind'] | ColumnDef['kind'],
	name: string,
	label: string,
	value: string,
	options?: readonly string[]
): HTMLElement {
	const common = { id: idOf(name), name, 'aria-describedby': `${idOf(name)}-hint ${idOf(name)}-error`, autocomplete: 'off' };
	if (kind === 'select') {
		const select = el(
			'select',
			common,
			el('option', { value: '' }, `请选择${label}`),
			...(options ?? []).map((o) => el('option', { value: o }, o))
		);
		select.value = value;
		return select;
	}
	if (kind === 'textarea') {
		const t = el('textarea', { ...common, rows: '4' });
		t.value = value;
		return t;
	}
	const input = el('input', { ...common, type: kind === 'date' ? 'date' : 'text', ...(kind === 'number' ? { inputmode: 'numeric' } : {}) });
	input.value = value;
	return input;
}

function simpleField(f: FieldDef, v: Values): HTMLElement {
	const value = typeof v[f.name] === 'string' ? (v[f.name] as string) : '';
	if (f.kind === 'flag') {
		const box = el('input', { type: 'checkbox', id: idOf(f.name), name: f.name });
		box.checked = value === 'on';
		return el('div', { class: 'field' }, el('label', { class: 'check', for: idOf(f.name) }, box, f.label), ...slots(f.name));
	}
	return el(
		'div',
		{ class: `field tf-field-${f.kind}` },
		el('label', { for: idOf(f.name) }, f.label, f.required ? el('span', { class: 'tf-req', 'aria-hidden': 'true' }, ' *') : null),
		control(f.kind, f.name, f.label, value, f.options),
		f.hint ? el('p', { class: 'hint', id: `${idOf(f.name)}-hint` }, f.hint) : null,
		...slots(f.name)
	);
}

export function rowElement(f: FieldDef, row: Row, i: number): HTMLElement {
	const rowLabel = f.rowLabel ?? f.label;
	return el(
		'div',
		{ class: 'tf-row', 'data-row-index': String(i), role: 'group', 'aria-label': `第 ${i + 1} 名${rowLabel}` },
		el('span', { class: 'tf-row-no' }, `${i + 1}.`),
		...(f.columns ?? []).map((c) => {
			const name = `${f.name}.${i}.${c.name}`;
			return el(
				'div',
				{ class: 'field tf-cell' },
				el('label', { for: idOf(name) }, c.label),
				control(c.kind, name, c.label, row[c.name] ?? '', c.options),
				...slots(name)
			);
		}),
		el(
			'button',
			{
				type: 'button',
				class: 'tf-button tf-remove',
				'data-remove-row': f.name,
				'data-index': String(i),
				'aria-label': `删除第 ${i + 1} 名${rowLabel}`,
			},
			'删除'
		)
	);
}

function rowsField(f: FieldDef, v: Values): HTMLElement {
	const list = Array.isArray(v[f.name]) ? (v[f.name] as Row[]) : [];
	return el(
		'fieldset',
		{ class: 'tf-rows', 'data-rows': f.name },
		el('legend', {}, f.label, f.required ? el('span', { class: 'tf-req', 'aria-hidden': 'true' }, ' *') : null),
		f.hint ? el('p', { class: 'hint' }, f.hint) : null,
		el('div', { class: 'tf-row-list', 'data-row-list': f.name }, ...list.map((r, i) => rowElement(f, r, i))),
		el('button', { type: 'button', class: 'tf-button', 'data-add-row': f.name }, `添加${f.rowLabel ?? ''}`),
		...slots(f.name)
	);
}

export function buildForm(spec: TemplateSpec, v: Values): HTMLElement[] {
	const groups = new Map<string, FieldDef[]>();
	for (const f of spec.fields) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
	return [...groups].map(([group, fields]) =>
		el(
			'fieldset',
			{ class: 'tf-group' },
			el('legend', {}, group),
			...fields.map((f) => (f.kind === 'rows' ? rowsField(f, v) : simpleField(f, v)))
		)
	);
}

export function rebuildRows(root: HTMLElement, f: FieldDef, v: Values): void {
	const list = root.querySelector<HTMLElement>(`[data-row-list="${f.name}"]`);
	if (!list) return;
	const rows = Array.isArray(v[f.name]) ? (v[f.name] as Row[]) : [];
	list.replaceChildren(...rows.map((r, i) => rowElement(f, r, i)));
}
