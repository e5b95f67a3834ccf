/**
 * The shape of /search-templates.json, checked where the build writes it: the browser reads it
 * without zod (template-intent.ts' readTemplates), so this is the edge where a wrong list is stopped.
 */
import { z } from 'astro/zod';
import { zodChinese } from '../schema/messages';
import type { TemplateHit } from './template-intent';

const text = z.string().min(1);

export const templateHitsSchema = z.array(
	z.strictObject({
		id: z.string().regex(/^template-\d+$/),
		number: z.number().int().positive(),
		title: text,
		shortTitle: text,
		kind: text,
		stage: text,
		opening: text,
		href: z.string().regex(/^\/templates\/template-\d+\/#original$/),
	})
) satisfies z.ZodType<TemplateHit[]>;

/** The list as written, or an error naming the field. */
export function checkedTemplateHits(list: unknown): TemplateHit[] {
	const result = templateHitsSchema.safeParse(list, { error: zodChinese });
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new Error(`search-templates.json 不合规：${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
}
