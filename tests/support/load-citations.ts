/**
 * Every citation of the corpus, read from the raw files: what the remark plugin finds, for tests
 * that compare it with the built site. fs-based; the detection is the plugin's (`transformCitations`).
 */
import { buildCitationIndex, type CitationIndex } from '../../src/lib/citations/corpus-index.ts';
import { defaultPoliciesDir, readCorpusFiles } from '../../src/data/corpus.ts';
import { entryFromFrontmatter } from '../../src/data/corpus-index.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { CitationRegistry, type Citation } from '../../src/lib/citations/registry.ts';
import { transformCitations } from '../../src/plugins/remark-citations.ts';
import { parseMarkdown } from './markdown.ts';

/**
 * Every citation of one file's text (MDX by default; `mdx: false` for plain Markdown), detected exactly
 * as the plugin does, after the pipeline's clause anchors; a frontmatter block is skipped, lines kept.
 */
export function collectCitations(source: string, currentId: string, index: CitationIndex, options: { mdx?: boolean } = {}): Citation[] {
	const read = readFrontmatter(source);
	const { tree } = parseMarkdown(read.ok ? read.frontmatter.body : source, { mdx: options.mdx !== false });
	return transformCitations(tree, currentId, { index, base: '/', wrap: false });
}

/** All citations of `dir` (default: content/policies), in file then text order. */
export function loadCitations(dir = defaultPoliciesDir(), index?: CitationIndex): Citation[] {
	const files = readCorpusFiles(dir);
	const idx = index ?? buildCitationIndex(files.map((f) => entryFromFrontmatter(f.id, f.data, f.path)));
	return files.flatMap((f) => collectCitations(f.body, f.id, idx, { mdx: f.path.endsWith('.mdx') }));
}

/** A registry filled with every citation of `dir`. */
export function loadCitationRegistry(dir = defaultPoliciesDir(), index?: CitationIndex): CitationRegistry {
	return new CitationRegistry().addAll(loadCitations(dir, index));
}
