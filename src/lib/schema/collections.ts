/**
 * The corpus collections, listed once: their folders under `content/`, the file pattern Astro's glob
 * loader reads, each collection's frontmatter schema and whether an entry needs body text. The
 * content collections (src/content.config.ts), the corpus reader and the content gate all read them here.
 */
import type { z } from 'astro/zod';
import { glossarySchema } from './glossary.ts';
import { policySchema } from './policy.ts';
import { templateSchema } from './template.ts';

/** The files of a collection folder the glob loaders load (sub-folders included). */
export const CORPUS_PATTERN = '**/*.{md,mdx}';

interface CollectionSpec {
	/** What the collection holds, for messages. */
	label: string;
	schema: z.ZodType;
	/** An entry without body text would publish an empty page. */
	needsBody: boolean;
	/** Top-level fields holding a date: YAML reads an unquoted 2019-09-03 there as a date, which the schema accepts. */
	dateFields: readonly string[];
}

export const CORPUS_COLLECTIONS = {
	policies: { label: '政策文件', schema: policySchema, needsBody: true, dateFields: ['issued', 'effective'] },
	templates: { label: '文书模板', schema: templateSchema, needsBody: true, dateFields: [] },
	glossary: { label: '名词解释', schema: glossarySchema, needsBody: false, dateFields: [] },
} as const satisfies Record<string, CollectionSpec>;

export type Collection = keyof typeof CORPUS_COLLECTIONS;

export const COLLECTIONS = Object.keys(CORPUS_COLLECTIONS) as Collection[];
