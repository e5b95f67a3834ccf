import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { policySchema } from './lib/schema/policy';
import { templateSchema } from './lib/schema/template';
import { glossarySchema } from './lib/schema/glossary';
import { renderInStore } from './data/render-in-store';

/** The corpus lives in top-level `content/`, outside Starlight's own docs collection. */
const corpusDir = process.env.KB_CONTENT_DIR ?? './content';

export const collections = {
	docs: defineCollection({ loader: renderInStore(docsLoader()), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	policies: defineCollection({
		loader: renderInStore(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/policies` })),
		schema: policySchema.extend({ carriedBy: reference('policies').optional() }),
	}),
	templates: defineCollection({
		loader: renderInStore(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/templates` })),
		schema: templateSchema,
	}),
	glossary: defineCollection({
		loader: renderInStore(glob({ pattern: '**/*.{md,mdx}', base: `${corpusDir}/glossary` })),
		schema: glossarySchema,
	}),
};
