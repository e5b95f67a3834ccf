/**
 * The Markdown pipeline of the corpus, shared by astro.config.mjs, the content gate and the tests
 * that render Markdown strings, so all run the same plugins in the same order.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkClauseAnchors from './remark-clause-anchors.ts';
import remarkNoAutolinkLiterals from './remark-no-autolink-literals.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import remarkCitations, { type RemarkCitationsOptions } from './remark-citations.ts';
import remarkGlossaryLinks, { type GlossaryTerm } from './remark-glossary-links.ts';
import remarkParagraphs from './remark-paragraphs.ts';
import type { CitationIndex } from '../lib/citations/corpus-index.ts';

export interface PipelineOptions {
	citationIndex?: CitationIndex;
	glossaryTerms?: readonly GlossaryTerm[];
	base?: string;
	/** Identifies the pipeline's code (src/data/pipeline-fingerprint.ts): a change to it clears what earlier builds rendered. */
	fingerprint?: string;
}

/** Typed as Astro's plugin lists, which unified's `use()` accepts too. */
export function remarkPlugins(options: PipelineOptions = {}): (RemarkPlugin | [RemarkPlugin, unknown])[] {
	// CJK-friendly emphasis: `**总体要求。**全面` is bold, not literal asterisks (CommonMark's flanking rules ignore CJK).
	// A bare URL in a text stays text (remark-no-autolink-literals): nothing in a source becomes a link it did not ask for.
	const plugins: (RemarkPlugin | [RemarkPlugin, unknown])[] = [
		remarkGfm,
		remarkNoAutolinkLiterals,
		remarkCjkFriendly,
		remarkClauseAnchors,
	] as RemarkPlugin[];
	// Cross-links read the clause ids, so they run after the anchors.
	if (options.citationIndex) {
		plugins.push([remarkCitations as RemarkPlugin, citationOptions(options.citationIndex, options.base ?? '/', options.fingerprint)]);
	}
	// Terms link after citations, so a term inside a cited title stays part of that link.
	if (options.glossaryTerms?.length) {
		plugins.push([remarkGlossaryLinks as RemarkPlugin, { terms: options.glossaryTerms, base: options.base ?? '/' }]);
	}
	// Last: 对照阅读 reads the blocks as the page shows them, anchors included.
	plugins.push(remarkParagraphs as RemarkPlugin);
	return plugins;
}

/**
 * The citation plugin's options, as Astro sees them. Astro digests the Markdown configuration to
 * decide whether texts rendered by an earlier build can be kept (the content layer's store, the
 * incremental build's pages); the index (every title and 文号 of the corpus) is left out of those
 * digests — it is not enumerable — so adding or renaming one text does not throw every rendered
 * text away: each text records what it asked the index (LOOKUPS_KEY) and only the texts that would
 * now get another answer are rendered again (src/data/render-in-store.ts). The fingerprint of the
 * pipeline's code stays in, so a change to a plugin does clear them.
 */
function citationOptions(index: CitationIndex, base: string, fingerprint: string | undefined) {
	const options = { base, ...(fingerprint ? { pipeline: fingerprint } : {}) } as RemarkCitationsOptions & { pipeline?: string };
	Object.defineProperty(options, 'index', { value: index, enumerable: false });
	return options;
}

/**
 * The citation index of a plugin list made by `remarkPlugins` (as found in Astro's configured
 * processor). Found by shape, not by function identity: the content layer loads this module apart
 * from astro.config.mjs.
 */
export function citationIndexIn(plugins: readonly unknown[]): CitationIndex | undefined {
	for (const plugin of plugins) {
		const index = Array.isArray(plugin) ? (plugin[1] as { index?: Partial<CitationIndex> } | undefined)?.index : undefined;
		if (typeof index?.resolveTitle === 'function') return index as CitationIndex;
	}
	return undefined;
}

export function rehypePlugins(options: { base: string }): (RehypePlugin | [RehypePlugin, unknown])[] {
	return [[rehypeBaseLinks as RehypePlugin, { base: options.base }]];
}

/**
 * A parser that reads a body as the site does (MDX syntax for .mdx files) and runs the pipeline's
 * remark transforms, without turning it into HTML: what the content gate checks and the tests read.
 * `processor.runSync(processor.parse(body), body)` gives the transformed tree.
 */
export function remarkProcessor(options: PipelineOptions & { mdx?: boolean } = {}): Processor<Root, Root, Root> {
	const processor = unified().use(remarkParse);
	if (options.mdx) processor.use(remarkMdx);
	return processor.use(remarkPlugins(options)) as unknown as Processor<Root, Root, Root>;
}
