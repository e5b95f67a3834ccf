/**
 * The Markdown pipeline of the corpus, shared by astro.config.mjs and the tests that render
 * Markdown strings, so both run the same plugins in the same order.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkClauseAnchors from './remark-clause-anchors';
import rehypeBaseLinks from './rehype-base-links';

/** Typed as Astro's plugin lists, which unified's `use()` accepts too. */
export function remarkPlugins(): (RemarkPlugin | [RemarkPlugin, unknown])[] {
	// CJK-friendly emphasis: `**总体要求。**全面` is bold, not literal asterisks (CommonMark's flanking rules ignore CJK).
	return [remarkGfm, remarkCjkFriendly, remarkClauseAnchors] as RemarkPlugin[];
}

export function rehypePlugins(options: { base: string }): (RehypePlugin | [RehypePlugin, unknown])[] {
	return [[rehypeBaseLinks as RehypePlugin, { base: options.base }]];
}
