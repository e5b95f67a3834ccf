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

/** Per-parse error map for the content check: zod's zh-CN messages where a schema has none. */
export const zodChinese = z.locales.zhCN().localeError;
