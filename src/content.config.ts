import { defineCollection, reference } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { corpusLoader } from './data/loaders';
import { renderedTexts } from './data/rendered-texts';
import { CORPUS_COLLECTIONS } from './lib/schema/collections';

/**
 * The corpus lives in top-level `content/` (or KB_CONTENT_DIR), outside Starlight's own docs
 * collection; its collections, schemas and loaders are defined once in src/lib/schema/collections.ts
 * and src/data/loaders.ts, which the content gate reads too. `renderedTexts` renders what those
 * loaders load and keeps it for the next build (src/data/rendered-texts.ts).
 */
export const collections = {
	docs: defineCollection({ loader: renderedTexts(docsLoader(), { keep: 'store' }), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	policies: defineCollection({
		loader: renderedTexts(corpusLoader('policies'), { keep: 'files' }),
		schema: CORPUS_COLLECTIONS.policies.schema.extend({ carriedBy: reference('policies').optional() }),
	}),
	templates: defineCollection({
		loader: renderedTexts(corpusLoader('templates'), { keep: 'files' }),
		schema: CORPUS_COLLECTIONS.templates.schema,
	}),
	glossary: defineCollection({
		loader: renderedTexts(corpusLoader('glossary'), { keep: 'store' }),
		schema: CORPUS_COLLECTIONS.glossary.schema,
	}),
};
