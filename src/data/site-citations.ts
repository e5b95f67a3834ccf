/**
 * The corpus's citations for the pages (backlinks, 引用关系图, 未收录 list), read from the compiled
 * policy entries: the remark plugin that links a citation also records it (`CITATIONS_KEY`), so the
 * backlinks are exactly the links readers see and the corpus is parsed once. Every entry is read
 * before the first page uses the registry, so a page rendered early still lists files rendered later.
 */
import { getCollection, render } from 'astro:content';
import { CitationRegistry, type Citation } from '../lib/citations/registry';
import { CITATIONS_KEY } from '../plugins/remark-citations';

let built: Promise<CitationRegistry> | undefined;

async function collect(): Promise<CitationRegistry> {
	const registry = new CitationRegistry();
	for (const entry of await getCollection('policies')) {
		const { remarkPluginFrontmatter } = await render(entry);
		const citations = remarkPluginFrontmatter[CITATIONS_KEY];
		if (!Array.isArray(citations)) {
			throw new Error(`${entry.filePath ?? entry.id}：编译结果中没有引用记录（${CITATIONS_KEY}），请确认 remark-citations 插件已启用`);
		}
		registry.addAll(citations as Citation[]);
	}
	return registry;
}

export function siteCitations(): Promise<CitationRegistry> {
	// In dev, texts change while the server runs: collect again so backlinks follow edits.
	if (import.meta.env.DEV) return collect();
	built ??= collect();
	return built;
}
