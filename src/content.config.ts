import { defineCollection, reference } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { corpusLoader } from './data/loaders';
import { CORPUS_COLLECTIONS } from './lib/schema/collections';

/**
 * The corpus lives in top-level `content/` (or KB_CONTENT_DIR), outside Starlight's own docs
 * collection; its collections, schemas and loaders are defined once in src/lib/schema/collections.ts
 * and src/data/loaders.ts, which the content gate reads too.
 */
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	policies: defineCollection({
		loader: corpusLoader('policies'),
		schema: CORPUS_COLLECTIONS.policies.schema.extend({ carriedBy: reference('policies').optional() }),
	}),
	templates: defineCollection({ loader: corpusLoader('templates'), schema: CORPUS_COLLECTIONS.templates.schema }),
	glossary: defineCollection({ loader: corpusLoader('glossary'), schema: CORPUS_COLLECTIONS.glossary.schema }),
};
