/**
 * The corpus's citations for the pages (backlinks, 引用关系图, 未收录 list), read from the compiled
 * policy entries: the remark plugin that links a citation also records it (`CITATIONS_KEY`), so the
 * backlinks are exactly the links readers see and the corpus is parsed once. Every entry is read
 * before the first page uses the registry, so a page rendered early still lists files rendered later.
 */
import { getCollection } from 'astro:content';
import { CitationRegistry } from '../lib/citations/registry';
import { recordedCitations } from './texts';

let built: Promise<CitationRegistry> | undefined;

async function collect(): Promise<CitationRegistry> {
	return new CitationRegistry().addAll(recordedCitations(await getCollection('policies')));
}

export function siteCitations(): Promise<CitationRegistry> {
	// In dev, texts change while the server runs: collect again so backlinks follow edits.
	if (import.meta.env.DEV) return collect();
	built ??= collect();
	return built;
}
