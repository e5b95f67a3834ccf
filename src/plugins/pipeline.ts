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
import remarkCitations from './remark-citations.ts';
import remarkGlossaryLinks, { type GlossaryTerm } from './remark-glossary-links.ts';
import remarkParagraphs from './remark-paragraphs.ts';
import type { CitationIndex } from '../lib/citations/corpus-index.ts';

export interface PipelineOptions {
	citationIndex?: CitationIndex;
	glossaryTerms?: readonly GlossaryTerm[];
	base?: string;
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
		plugins.push([remarkCitations as RemarkPlugin, { index: options.citationIndex, base: options.base ?? '/' }]);
	}
	// Terms link after citations, so a term inside a cited title stays part of that link.
	if (options.glossaryTerms?.length) {
		plugins.push([remarkGlossaryLinks as RemarkPlugin, { terms: options.glossaryTerms, base: options.base ?? '/' }]);
	}
	// Last: 对照阅读 reads the blocks as the page shows them, anchors included.
	plugins.push(remarkParagraphs as RemarkPlugin);
	return plugins;
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
