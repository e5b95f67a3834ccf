/**
 * Field checks of a filled-in template: malformed input (errors), required fields left empty
 * (missing) and the election arithmetic (warnings, with citations). Messages are Chinese. Pure.
 */
import { parseCount } from '../rules/result';
import { parseIsoDate } from '../calendar';
import { COUNT_MAX } from '../rules/thresholds';
import { indexedRows } from './compose';
import { getSpec } from './templates';
import type { FieldDef, Issue, TemplateSpec, Validation, Values } from './types';
import { cell, flag, maxLengthOf, str } from './values';

const tooLong = (where: string, value: string, max: number) =>
	`${where}过长：不超过 ${max} 字（现为 ${value.length.toLocaleString('en-US')} 字），请删去多余的部分`;

function checkField(spec: TemplateSpec, f: FieldDef, v: Values, out: Validation): void {
	const required = !!f.required || (f.requiredWhen !== undefined && flag(v, f.requiredWhen));
	if (f.kind === 'flag') return;
	if (f.kind === 'rows') {
		const list = indexedRows(v, f.name, spec);
		const rowLabel = f.rowLabel ?? f.label;
		if (required && list.length === 0) out.missing.push({ field: f.name, message: `请至少填写一名${rowLabel}` });
		for (const { index, row } of list) {
			for (const c of f.columns ?? []) {
				const value = cell(row, c.name);
				const field = `${f.name}.${index}.${c.name}`;
				const where = `${f.label}第 ${index + 1} 行`;
				if (value === '') {
					if (c.required) out.missing.push({ field, message: `${where}：请填写${c.label}` });
				} else if (c.kind === 'number') {
					const n = parseCount(value, { field, label: `${where}的${c.label}`, max: COUNT_MAX });
					if (!n.ok) out.errors.push(...n.errors);
				} else if (c.kind === 'select' && !(c.options ?? []).includes(value)) {
					out.errors.push({ field, message: `${where}：请选择${c.label}` });
				} else if (value.length > maxLengthOf(c)) {
					out.errors.push({ field, message: tooLong(`${where}的${c.label}`, value, maxLengthOf(c)) });
				}
			}
		}
		return;
	}
	const value = str(v, f.name);
	if (value === '') {
		if (required) out.missing.push({ field: f.name, message: `请填写${f.label}` });
		return;
	}
	if (f.kind === 'number') {
		const opts = f.name === 'docYear' ? { min: 1949, max: 2200 } : { min: f.min ?? 0, max: COUNT_MAX };
		const n = parseCount(value, { field: f.name, label: f.label, ...opts });
		if (!n.ok) out.errors.push(...n.errors);
	} else if (f.kind === 'date') {
		const d = parseIsoDate(value, { field: f.name, label: f.label });
		if (!d.ok) out.errors.push(...d.errors);
	} else if (f.kind === 'select') {
		if (!(f.options ?? []).includes(value)) out.errors.push({ field: f.name, message: `请选择${f.label}` });
	} else if (value.length > maxLengthOf(f)) {
		out.errors.push({ field: f.name, message: tooLong(f.label, value, maxLengthOf(f)) });
	}
}

export function validate(templateId: string, values: Values): Validation {
	const spec = getSpec(templateId);
	if (!spec) return { errors: [{ field: '', message: `没有模板 ${templateId} 的填写表单` }], missing: [], warnings: [] };
	const v = values ?? {};
	const out: Validation = { errors: [], missing: [], warnings: [] };
	for (const f of spec.fields) checkField(spec, f, v, out);
	const warnings: Issue[] = spec.rules ? spec.rules(v) : [];
	out.warnings.push(...warnings);
	return out;
}
