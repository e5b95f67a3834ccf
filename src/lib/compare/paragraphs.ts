/**
 * The paragraphs of a corpus text for 对照阅读, read from its Markdown body at build time (no
 * Astro, no DOM). One entry per heading, paragraph, list item, quote paragraph and table row
 * (cells joined by a space), as plain text: the same blocks the browser reads from `.policy-text`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { annotate } from '../../plugins/remark-clause-anchors.ts';

export interface Paragraph {
	text: string;
	/** `h` for headings, `p` otherwise. */
	kind: 'h' | 'p';
	/** Clause anchor (`s2-c1`) the text page gives this block, if any. */
	anchor?: string;
}

const anchorOf = (node: Nodes): string | undefined => {
	const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
};

const block = (text: string, kind: 'h' | 'p', node: Nodes): Paragraph => {
	const anchor = anchorOf(node);
	return anchor ? { text, kind, anchor } : { text, kind };
};

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function collect(node: Nodes, out: Paragraph[]): void {
	switch (node.type) {
		case 'heading': {
			const text = clean(toString(node));
			if (text) out.push(block(text, 'h', node));
			return;
		}
		case 'paragraph': {
			const text = clean(toString(node));
			if (text) out.push(block(text, 'p', node));
			return;
		}
		case 'table':
			for (const row of node.children) {
				const text = clean(row.children.map((cell) => clean(toString(cell))).filter(Boolean).join(' '));
				if (text) out.push({ text, kind: 'p' });
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

/** Paragraphs of a Markdown/MDX body (frontmatter already removed). */
export function markdownParagraphs(body: string): Paragraph[] {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
	annotate(tree);
	const out: Paragraph[] = [];
	collect(tree, out);
	return out;
}
