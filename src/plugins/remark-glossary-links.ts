/**
 * remark plugin: in a policy text, the first occurrence of each glossary term (or one of its
 * aliases) links to its entry on the 名词解释 page. Plain links, so pages need no script.
 *
 * Text already inside a link (a citation), a heading, or a 未收录 citation is left alone; longer
 * terms win over shorter ones that overlap them (双向进入、交叉任职 before 双向进入).
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { glossaryPath, joinBase } from '../lib/url.ts';

export interface GlossaryTerm {
	id: string;
	term: string;
	aliases: readonly string[];
}

export interface RemarkGlossaryOptions {
	terms: readonly GlossaryTerm[];
	base: string;
	/** Which files to link in; by default the policy texts. */
	include?: (path: string) => boolean;
}

type TextNode = Node & { value: string };

const SKIP_PARENTS = new Set(['link', 'linkReference', 'heading', 'citationMissing', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

interface Spelling {
	id: string;
	text: string;
	term: string;
}

/** Every spelling of every term, longest first so overlapping shorter spellings lose. */
export function spellings(terms: readonly GlossaryTerm[]): Spelling[] {
	return terms
		.flatMap((t) => [t.term, ...t.aliases].map((text) => ({ id: t.id, text, term: t.term })))
		.filter((s) => s.text.length >= 2)
		.sort((a, b) => b.text.length - a.text.length);
}

/** First match in `text` among spellings of terms not yet linked: earliest position, then longest. */
function firstMatch(text: string, candidates: readonly Spelling[], linked: ReadonlySet<string>) {
	let best: { at: number; spelling: Spelling } | undefined;
	for (const s of candidates) {
		if (linked.has(s.id)) continue;
		const at = text.indexOf(s.text);
		if (at >= 0 && (!best || at < best.at || (at === best.at && s.text.length > best.spelling.text.length))) best = { at, spelling: s };
	}
	return best;
}

export function linkGlossaryTerms(tree: Root, terms: readonly GlossaryTerm[], base: string): string[] {
	const candidates = spellings(terms);
	const linked = new Set<string>();
	visitParents(tree, 'text', (node: TextNode, ancestors: Parent[]) => {
		if (ancestors.some((a) => SKIP_PARENTS.has(a.type))) return;
		const parent = ancestors[ancestors.length - 1]!;
		const pieces: Node[] = [];
		let rest = node.value;
		for (let match = firstMatch(rest, candidates, linked); match; match = firstMatch(rest, candidates, linked)) {
			const { at, spelling } = match;
			if (at > 0) pieces.push({ type: 'text', value: rest.slice(0, at) } as TextNode);
			pieces.push({
				type: 'link',
				url: joinBase(base, glossaryPath(spelling.id)),
				title: `名词解释：${spelling.term}`,
				data: { hProperties: { className: ['glossary-term'], 'data-glossary': spelling.id } },
				children: [{ type: 'text', value: spelling.text } as TextNode],
			} as Node);
			linked.add(spelling.id);
			rest = rest.slice(at + spelling.text.length);
		}
		if (pieces.length === 0) return;
		if (rest) pieces.push({ type: 'text', value: rest } as TextNode);
		const index = parent.children.indexOf(node);
		parent.children.splice(index, 1, ...pieces);
		return [SKIP, index + pieces.length];
	});
	return [...linked];
}

const isPolicy = (path: string) => /[\\/]policies[\\/][^\\/]+\.mdx?$/.test(path);

export default function remarkGlossaryLinks(options: RemarkGlossaryOptions) {
	const include = options.include ?? isPolicy;
	return (tree: Root, file: VFile) => {
		if (!file.path || !include(file.path)) return;
		linkGlossaryTerms(tree, options.terms, options.base);
	};
}
