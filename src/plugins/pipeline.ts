/**
 * The Markdown pipeline of the corpus, shared by astro.config.mjs and the tests that render
 * Markdown strings, so both run the same plugins in the same order.
 */
import type { PluggableList } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkClauseAnchors from './remark-clause-anchors';
import rehypeBaseLinks from './rehype-base-links';

export function remarkPlugins(): PluggableList {
	// CJK-friendly emphasis: `**总体要求。**全面` is bold, not literal asterisks (CommonMark's flanking rules ignore CJK).
	return [remarkGfm, remarkCjkFriendly, remarkClauseAnchors];
}

export function rehypePlugins(options: { base: string }): PluggableList {
	return [[rehypeBaseLinks, { base: options.base }]];
}
