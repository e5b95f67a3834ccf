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

/** Per-parse error map for the content check: zod's zh-CN messages where a schema has none. */
export const zodChinese = z.locales.zhCN().localeError;
