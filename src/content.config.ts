import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { policySchema } from './lib/schema/policy';
import { templateSchema } from './lib/schema/template';
import { glossarySchema } from './lib/schema/glossary';
import { renderedTexts } from './data/rendered-texts';

/** The corpus lives in top-level `content/`, outside Starlight's own docs collection. */
const corpusDir = process.env.KB_CONTENT_DIR ?? './content';

export const collections = {
	docs: defineCollection({ loader: renderedTexts(docsLoader(), { keep: 'store' }), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	policies: defineCollection({
		loader: renderedTexts(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/policies` }), { keep: 'files' }),
		schema: policySchema.extend({ carriedBy: reference('policies').optional() }),
	}),
	templates: defineCollection({
		loader: renderedTexts(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/templates` }), { keep: 'files' }),
		schema: templateSchema,
	}),
	glossary: defineCollection({
		loader: renderedTexts(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/glossary` }), { keep: 'store' }),
		schema: glossarySchema,
	}),
};
