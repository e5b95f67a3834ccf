/**
 * Frontmatter schema of a glossary term (`content/glossary/*.md`), e.g. 三会一课.
 * The body of the entry is optional commentary; the definition is a quotation from the corpus.
 */
import { z } from 'astro/zod';

/** A clause of a corpus entry: the entry id (file name without extension) and the clause anchor. */
export const clauseRefSchema = z
	.object({
		policy: z.string().min(1),
		anchor: z.string().regex(/^[a-z0-9-]+$/, '锚点只能含小写字母、数字和连字符').optional(),
	})
	.strict();

export const glossarySchema = z
	.object({
		/** The term as the texts write it, without quotation marks. */
		term: z.string().min(2),
		/** Other spellings that should link to this term (e.g. 双向进入交叉任职). */
		aliases: z.array(z.string().min(2)).default([]),
		/** Verbatim wording from the corpus that defines or explains the term. */
		definition: z.string().min(4),
		/** Clause the definition is quoted from. */
		source: clauseRefSchema,
	})
	.strict();

export type GlossaryFrontmatter = z.output<typeof glossarySchema>;
