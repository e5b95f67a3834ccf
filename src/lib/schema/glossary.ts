/**
 * Frontmatter schema of a glossary term (`content/glossary/*.md`), e.g. 三会一课.
 * The body of the entry is optional commentary; the definition is a quotation from the corpus.
 */
import { z } from 'astro/zod';
import { fieldError, maxChars, maxItems } from './messages.ts';
import { ID_PATTERN } from './entry-id.ts';

/** A clause of a corpus entry: the entry id (file name without extension) and the clause anchor. */
export const clauseRefSchema = z
	.object({
		policy: z
			.string({ error: fieldError('出处文件（source.policy）', '出处文件应为文件 id') })
			.regex(ID_PATTERN, '出处文件应为 content/policies/ 中一篇文件的 id（文件名，不含扩展名）'),
		anchor: z
			.string()
			.regex(/^[a-z0-9-]+$/, '锚点只能含小写字母、数字和连字符')
			.optional(),
	})
	.strict();

export const glossarySchema = z
	.object({
		/** The term as the texts write it, without quotation marks. */
		term: z
			.string({ error: fieldError('词条（term）', '词条应为文字') })
			.min(2, '词条至少两个字')
			.max(30, maxChars('词条（term）', 30)),
		/** Other spellings that should link to this term (e.g. 双向进入交叉任职). */
		aliases: z
			.array(z.string().min(2).max(30, maxChars('别称（aliases）', 30)))
			.max(20, maxItems('别称（aliases）', 20))
			.default([]),
		/** Verbatim wording from the corpus that defines or explains the term. */
		definition: z
			.string({ error: fieldError('释义（definition）', '释义应为文字') })
			.min(4, '释义至少四个字')
			.max(1000, maxChars('释义（definition）', 1000)),
		/** Clause the definition is quoted from. */
		source: clauseRefSchema,
	})
	.strict();

export type GlossaryFrontmatter = z.output<typeof glossarySchema>;
