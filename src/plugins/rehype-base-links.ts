/**
 * Markdown links in the corpus are written site-absolute (`/policies/x/`); when the site is served
 * under a sub-path (KB_BASE=/kb/) they must carry it. Prefixes `base` to every root-relative href.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { joinBase } from '../lib/url.ts';

export default function rehypeBaseLinks(options: { base: string }) {
	const base = options.base;
	return (tree: Root) => {
		if (base === '/' || base === '') return;
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			const href = node.properties.href;
			if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			if (href.startsWith(base.endsWith('/') ? base : `${base}/`)) return;
			node.properties.href = joinBase(base, href);
		});
	};
}
