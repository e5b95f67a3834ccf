/**
 * Frontmatter schema of a glossary term (`content/glossary/*.md`), e.g. 三会一课.
 * The body of the entry is optional commentary; the definition is a quotation from the corpus.
 */
import { z } from 'astro/zod';
import { fieldError } from './messages.ts';

/** A clause of a corpus entry: the entry id (file name without extension) and the clause anchor. */
export const clauseRefSchema = z
	.object({
		policy: z.string({ error: fieldError('出处文件（source.policy）', '出处文件应为文件 id') }).min(1, '出处文件不能为空'),
		anchor: z
			.string()
			.regex(/^[a-z0-9-]+$/, '锚点只能含小写字母、数字和连字符')
			.optional(),
	})
	.strict();

export const glossarySchema = z
	.object({
		/** The term as the texts write it, without quotation marks. */
		term: z.string({ error: fieldError('词条（term）', '词条应为文字') }).min(2, '词条至少两个字'),
		/** Other spellings that should link to this term (e.g. 双向进入交叉任职). */
		aliases: z.array(z.string().min(2)).default([]),
		/** Verbatim wording from the corpus that defines or explains the term. */
		definition: z.string({ error: fieldError('释义（definition）', '释义应为文字') }).min(4, '释义至少四个字'),
		/** Clause the definition is quoted from. */
		source: clauseRefSchema,
	})
	.strict();

export type GlossaryFrontmatter = z.output<typeof glossarySchema>;
