/**
 * Chinese error messages for the content schemas: a missing field says “缺少…”, everything the
 * schemas do not word themselves falls back to zod's zh-CN locale (e.g. an unknown field).
 */
import { z } from 'astro/zod';

/**
 * `error` option for a field: “缺少<label>” when the field is absent, else `otherwise`
 * (undefined: zod's own message for that issue).
 */
export function fieldError(label: string, otherwise?: string) {
	return (issue: { input?: unknown }) => (issue.input === undefined ? `缺少${label}` : otherwise);
}

/**
 * Upper bound of a text field: no real 标题, 文号 or 释义 comes near it, and a runaway value (a whole
 * text pasted into the title) would make every page, list and the search index carry it.
 */
export function maxChars(label: string, max: number) {
	return {
		error: (issue: { input?: unknown }) =>
			`${label}过长：最多 ${max} 个字，现为 ${typeof issue.input === 'string' ? issue.input.length : '?'} 个字（是否把正文或多项内容填进了这一栏？）`,
	};
}

/** Upper bound of a list field. */
export function maxItems(label: string, max: number) {
	return { error: `${label}最多 ${max} 项` };
}

/** What a YAML value is, for a reader who wrote it. */
function kindOf(input: unknown): string {
	if (input === null || input === undefined) return '空值';
	if (input instanceof Date) return '日期';
	if (Array.isArray(input)) return '列表';
	if (typeof input === 'string') return '文字';
	if (typeof input === 'number') return '数字';
	if (typeof input === 'boolean') return '是/否（true/false）';
	if (typeof input === 'object') return '“字段: 值”的组合';
	return typeof input;
}

const EXPECTED: Record<string, string> = {
	string: '文字',
	number: '数字',
	array: '列表（如 [甲, 乙]）',
	object: '“字段: 值”的组合',
	boolean: '是/否（true/false）',
};

const zhCN = z.locales.zhCN().localeError;

/**
 * Per-parse error map for the content check: a wrong type is said in words a curator uses (“应为列表，
 * 写成了文字”: zod's zh-CN locale leaves the type names in English); otherwise zod's zh-CN messages
 * where a schema has none.
 */
export const zodChinese: typeof zhCN = (issue) => {
	if (issue.code === 'invalid_type' && issue.expected in EXPECTED) return `应为${EXPECTED[issue.expected]}，写成了${kindOf(issue.input)}`;
	return zhCN(issue);
};
