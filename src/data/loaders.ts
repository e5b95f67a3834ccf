/**
 * The glob loader of each corpus collection, for src/content.config.ts: the folder, pattern and id
 * function the corpus reader (src/data/corpus.ts) uses too, so the pages and the content gate see
 * the same files under the same ids.
 */
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { contentDir } from './corpus.ts';
import { CORPUS_PATTERN, type Collection } from '../lib/schema/collections.ts';
import { entryId } from '../lib/schema/entry-id.ts';

export function corpusLoader(collection: Collection) {
	return glob({ pattern: CORPUS_PATTERN, base: join(contentDir(), collection), generateId: ({ entry }) => entryId(entry) });
}
