/**
 * Records the blocks of a text for 对照阅读: one entry per heading, paragraph, list item, quote
 * paragraph and table row (cells joined by a space, and kept one by one), as plain text with the clause anchor the page
 * gives it. Runs last in the corpus pipeline, so the blocks are exactly those of the rendered page;
 * they are left in the entry's Astro frontmatter under `PARAGRAPHS_KEY` for the comparison pages
 * and the per-text JSON the browser tool loads.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { CompareParagraph } from '../lib/compare/compare';

export const PARAGRAPHS_KEY = 'kbParagraphs';

const anchorOf = (node: Nodes): string | undefined => {
	const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
};

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function block(text: string, kind: 'h' | 'p', node: Nodes): CompareParagraph {
	const anchor = anchorOf(node);
	return anchor ? { text, kind, anchor } : { text, kind };
}

function collect(node: Nodes, out: CompareParagraph[]): void {
	switch (node.type) {
		case 'heading':
		case 'paragraph': {
			const text = clean(toString(node));
			if (text) out.push(block(text, node.type === 'heading' ? 'h' : 'p', node));
			return;
		}
		case 'table':
			for (const row of node.children) {
				const cells = row.children.map((cell) => clean(toString(cell)));
				const text = clean(cells.filter(Boolean).join(' '));
				// The cells, empty ones included, let the Word download rebuild the table.
				if (text) out.push({ text, kind: 'p', cells });
			}
			return;
		case 'root':
		case 'blockquote':
		case 'list':
		case 'listItem':
			for (const child of node.children) collect(child as Nodes, out);
			return;
		default:
			return;
	}
}

/** The blocks of a parsed (and anchored) Markdown tree. */
export function collectParagraphs(tree: Root): CompareParagraph[] {
	const out: CompareParagraph[] = [];
	collect(tree, out);
	return out;
}

export default function remarkParagraphs() {
	return (tree: Root, file: VFile) => {
		const paragraphs = collectParagraphs(tree);
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		if (astro?.frontmatter) astro.frontmatter[PARAGRAPHS_KEY] = paragraphs;
	};
}
