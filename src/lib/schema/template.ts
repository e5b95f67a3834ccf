/**
 * Frontmatter schema of a document template (`content/templates/*.mdx`), e.g. 模板1 成立党组织的请示.
 */
import { z } from 'astro/zod';
import { correctionSchema, shortTitleSchema, sourceSchema, titleSchema } from './policy.ts';
import { fieldError, maxChars } from './messages.ts';

export const templateSchema = z
	.object({
		/** Title as the template gives it. */
		title: titleSchema,
		/** Short title for lists. */
		shortTitle: shortTitleSchema,
		/** Number within the guide: 模板1 → 1. */
		number: z
			.number({ error: fieldError('模板编号（number）', '模板编号应为正整数') })
			.int('模板编号应为正整数')
			.positive('模板编号应为正整数'),
		/** Kind of document the template produces. */
		kind: z.enum(['请示', '备案表', '名册'], { error: fieldError('文书类型（kind）', '文书类型应为 请示、备案表、名册 之一') }),
		/** When the template is used (成立, 换届, 补选). */
		stage: z.enum(['成立', '换届', '补选'], { error: fieldError('使用阶段（stage）', '使用阶段应为 成立、换届、补选 之一') }),
		/** Where the transcription comes from. */
		source: sourceSchema,
		/** Extraction defects corrected in the transcription, shown in 勘误说明. */
		corrections: z.array(correctionSchema).default([]),
		summary: z.string().max(500, maxChars('摘要（summary）', 500)).optional(),
	})
	.strict();

export type TemplateFrontmatter = z.output<typeof templateSchema>;
