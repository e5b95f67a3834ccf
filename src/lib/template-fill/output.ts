/**
 * Whether a filled template may be downloaded or printed, and the document to produce. A document
 * that breaks a rule (差额不足, 到会未超过五分之四, 当选未过半数 …) is never produced clean: it is
 * refused with the reasons, or, when the user explicitly keeps the values, produced with a first
 * line saying what does not conform. Pure.
 */
import { compose } from './compose';
import { getSpec } from './templates';
import type { DocModel, Issue, Values } from './types';
import { validate } from './validate';

export type OutputOptions = {
	/** Print/download with the template's blanks (×××) left for handwriting. */
	keepBlanks: boolean;
	/** Produce the document although rule checks fail; it is then marked on its first line. */
	keepNonconforming: boolean;
};

export type OutputDecision =
	{ ok: true; doc: DocModel } | { ok: false; reason: 'errors' | 'missing' | 'nonconforming'; message: string; issues: Issue[] };

export const NONCONFORMING_PREFIX = '本稿存在不符合规定之处：';

/** Human name of a field or row cell, for messages: 候选人预备人选第 2 行的姓名. */
export function fieldLabel(templateId: string, field: string): string {
	const [name, index, col] = field.split('.');
	const f = getSpec(templateId)?.fields.find((x) => x.name === name);
	if (!f) return field;
	if (index === undefined) return f.label;
	const c = f.columns?.find((x) => x.name === col);
	return `${f.label}第 ${Number(index) + 1} 行的${c?.label ?? ''}`;
}

/** The first line of a document kept with nonconforming values. */
export function nonconformingNotice(warnings: readonly Issue[]): string {
	return `${NONCONFORMING_PREFIX}${warnings.map((w) => w.message.replace(/[。；]$/, '')).join('；')}。`;
}

/** The document as the preview shows it: marked whenever a rule check fails, so a printout of it is never clean. */
export function composeForPreview(templateId: string, values: Values, warnings = validate(templateId, values).warnings): DocModel {
	const doc = compose(templateId, values);
	return warnings.length ? { ...doc, notice: [{ text: nonconformingNotice(warnings) }] } : doc;
}

export function prepareOutput(templateId: string, values: Values, opts: OutputOptions): OutputDecision {
	const check = validate(templateId, values);
	if (check.errors.length) {
		return {
			ok: false,
			reason: 'errors',
			issues: check.errors,
			message: `有 ${check.errors.length} 处填写有误，请先改正：${check.errors.map((e) => e.message).join('；')}`,
		};
	}
	const doc = compose(templateId, values);
	const pending = [...new Set([...check.missing.map((m) => m.field), ...doc.blanks])];
	if (pending.length && !opts.keepBlanks) {
		return {
			ok: false,
			reason: 'missing',
			issues: check.missing,
			message: `以下内容尚未填写，暂不能生成：${pending.map((f) => fieldLabel(templateId, f)).join('、')}。请填写后再下载或打印；如需打印后手填，请勾选“保留未填写的空白”。`,
		};
	}
	if (check.warnings.length && !opts.keepNonconforming) {
		return {
			ok: false,
			reason: 'nonconforming',
			issues: check.warnings,
			message: `所填内容有 ${check.warnings.length} 处不符合规定（见各栏旁的提示），暂不能生成：${check.warnings.map((w) => w.message).join('；')} 请改正；如确需按所填内容生成，请勾选“仍按所填内容生成”，文书首行将注明不符合规定之处。`,
		};
	}
	return { ok: true, doc: check.warnings.length ? { ...doc, notice: [{ text: nonconformingNotice(check.warnings) }] } : doc };
}
