/**
 * remark plugin: cross-links between the texts of the corpus.
 *
 * Finds citations in text — titles in 《…》 (nested 〈〉 included) and 文号 (中办发〔2015〕51号),
 * a title followed by its 文号 in brackets counting as one — and
 * - wraps a citation of a corpus entry in a link to `${base}policies/<id>/` with `data-citation="<id>"`;
 * - wraps a citation of a text the corpus lacks in
 *   `<span class="citation-missing" data-citation-missing="<normalised title>" title="本站未收录">`.
 * A file's citations of itself (its own title or 文号) are left alone. Text inside links, code,
 * HTML and MDX expressions is not touched; existing Markdown links to `/policies/<id>/` are
 * reported as citations (kind `link`) so backlinks include them.
 *
 * Run it after remark-clause-anchors: the `anchor` of a citation is read from the clause ids
 * (`data.hProperties.id`) that plugin sets.
 *
 * The citations found are also left in the file's Astro frontmatter under `CITATIONS_KEY`, so the
 * site reads every file's citations from the rendered entries (src/data/rendered-texts.ts keeps them)
 * without parsing the corpus a second time (tests run the same detection on a raw body:
 * `collectCitations` in tests/support/load-citations.ts).
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { findCitations, type CitationIndex, type TextCitation } from '../lib/citations/corpus-index.ts';
import type { Citation } from '../lib/citations/registry.ts';
import { recordLookups } from '../lib/citations/lookups.ts';
import { joinBase, policyPath } from '../lib/url.ts';
import { entryId } from '../lib/schema/entry-id.ts';

export interface RemarkCitationsOptions {
	index: CitationIndex;
	/** Deployment base (`/` or `/kb/`). */
	base: string;
}

/** Key of the citation list in a compiled entry's `remarkPluginFrontmatter`. */
export const CITATIONS_KEY = 'kbCitations';
/** Key of the index questions the file asked and their answers (`recordLookups`): what its rendering depends on in other texts. */
export const LOOKUPS_KEY = 'kbLookups';

/** Nodes whose text is never scanned. */
const OPAQUE = new Set([
	'link',
	'linkReference',
	'definition',
	'code',
	'inlineCode',
	'html',
	'yaml',
	'toml',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
	'citationMissing',
]);

/** Nodes that delimit the text a citation's context sentence is taken from. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

const SENTENCE_END = /[。！？；!?\n]/;
const MAX_CONTEXT = 160;

interface TextNode extends Node {
	type: 'text';
	value: string;
}

interface BlockText {
	text: string;
	offsets: Map<Node, number>;
}

/** The block's text as read (text, inline code, line breaks) with the offset of every text node. */
function blockText(block: Node): BlockText {
	let text = '';
	const offsets = new Map<Node, number>();
	const walk = (node: Node) => {
		if (node.type === 'text' || node.type === 'inlineCode') {
			offsets.set(node, text.length);
			text += (node as TextNode).value;
		} else if (node.type === 'break') {
			text += '\n';
		} else if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression' && 'children' in node) {
			for (const child of (node as Parent).children) walk(child);
		}
	};
	walk(block);
	return { text, offsets };
}

/** The sentence of `text` containing [start, end), clipped around the citation when very long. */
export function sentenceAround(text: string, start: number, end: number): string {
	let from = start;
	while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
	let to = end;
	while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
	if (to < text.length && text[to] !== '\n') to++;
	let s = text.slice(from, to);
	const lead = s.length - s.trimStart().length;
	s = s.trim();
	if (s.length <= MAX_CONTEXT) return s;
	const cs = start - from - lead;
	const ce = end - from - lead;
	const room = Math.max(0, Math.floor((MAX_CONTEXT - (ce - cs)) / 2));
	const a = Math.max(0, cs - room);
	const b = Math.min(s.length, ce + room);
	return `${a > 0 ? '…' : ''}${s.slice(a, b)}${b < s.length ? '…' : ''}`;
}

function clauseId(node: Node): string | undefined {
	const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
}

/** `/policies/<id>/` (optionally with the base in front and a #anchor) → id. */
function linkedEntry(url: string, base: string): string | undefined {
	let path = url;
	const b = base.endsWith('/') ? base : `${base}/`;
	if (b !== '/' && path.startsWith(b)) path = path.slice(b.length - 1);
	const m = /^\/policies\/([a-z0-9-]+)\/?(?:[#?].*)?$/.exec(path);
	return m?.[1];
}

interface Pending {
	parent: Parent;
	node: TextNode;
	hits: TextCitation[];
}

export interface TransformOptions {
	index: CitationIndex;
	base: string;
	/** Wrap citations in links/spans (the plugin) or only report them (tests). */
	wrap: boolean;
}

/** Finds (and, with `wrap`, marks up) every citation of `tree`; returns them in text order. */
export function transformCitations(tree: Root, currentId: string, options: TransformOptions): Citation[] {
	const { index, base, wrap } = options;
	const citations: Citation[] = [];
	const pending: Pending[] = [];
	const blocks = new Map<Node, BlockText>();
	let anchor: string | undefined;

	const contextOf = (ancestors: Parent[], node: Node, start: number, end: number): string => {
		const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) ?? ancestors[ancestors.length - 1];
		if (!block) return '';
		let info = blocks.get(block);
		if (!info) blocks.set(block, (info = blockText(block)));
		const offset = info.offsets.get(node);
		if (offset === undefined) return '';
		return sentenceAround(info.text, offset + start, offset + end);
	};

	const push = (c: Omit<Citation, 'from' | 'n'>) => {
		const citation: Citation = { from: currentId, ...c, n: citations.length };
		if (citation.anchor === undefined) delete citation.anchor;
		citations.push(citation);
	};

	visitParents(tree, (node, ancestors) => {
		const parents = ancestors as Parent[];
		if (node.type === 'heading' || node.type === 'paragraph') {
			const id = clauseId(node);
			if (id) anchor = id;
			else if (node.type === 'heading') anchor = undefined;
		}
		if (node.type === 'link') {
			const to = linkedEntry((node as unknown as { url: string }).url, base);
			const first = (node as Parent).children.find((c) => c.type === 'text') as TextNode | undefined;
			if (to && to !== currentId && index.has(to) && first) {
				const text = blockText(node).text;
				const ctx = contextOf(parents, first, 0, text.length);
				push({ to, title: index.entry(to)!.title, text, kind: 'link', anchor, context: ctx, ...lineOf(first, 0) });
			}
			return SKIP;
		}
		if (OPAQUE.has(node.type)) return SKIP;
		if (node.type !== 'text') return undefined;

		const text = node as TextNode;
		const hits = findCitations(text.value, index).filter((h) => h.to !== currentId);
		if (hits.length === 0) return undefined;
		for (const h of hits) {
			push({
				...(h.to ? { to: h.to } : {}),
				title: h.title,
				...(h.docNumber ? { docNumber: h.docNumber } : {}),
				text: text.value.slice(h.start, h.end),
				kind: h.kind,
				anchor,
				context: contextOf(parents, text, h.start, h.end),
				...lineOf(text, h.start),
			});
		}
		const parent = parents[parents.length - 1];
		if (wrap && parent) pending.push({ parent, node: text, hits });
		return undefined;
	});

	for (const { parent, node, hits } of pending) {
		const at = parent.children.indexOf(node);
		if (at < 0) continue;
		const replacement: Node[] = [];
		let pos = 0;
		for (const h of hits) {
			if (h.start > pos) replacement.push({ type: 'text', value: node.value.slice(pos, h.start) } as TextNode);
			const inner = { type: 'text', value: node.value.slice(h.start, h.end) } as TextNode;
			replacement.push(h.to ? citationLink(h.to, index, base, inner) : missingSpan(h.title, inner));
			pos = h.end;
		}
		if (pos < node.value.length) replacement.push({ type: 'text', value: node.value.slice(pos) } as TextNode);
		parent.children.splice(at, 1, ...replacement);
	}
	return citations;
}

function lineOf(node: Node, start: number): { line?: number } {
	const line = node.position?.start.line;
	if (line === undefined) return {};
	const value = (node as TextNode).value ?? '';
	return { line: line + (value.slice(0, start).match(/\n/g)?.length ?? 0) };
}

function citationLink(to: string, index: CitationIndex, base: string, child: TextNode): Node {
	return {
		type: 'link',
		url: joinBase(base, policyPath(to)),
		title: index.entry(to)?.title ?? null,
		data: { hProperties: { 'data-citation': to } },
		children: [child],
	} as Node;
}

function missingSpan(title: string, child: TextNode): Node {
	return {
		type: 'citationMissing',
		data: {
			hName: 'span',
			hProperties: { className: ['citation-missing'], 'data-citation-missing': title, title: '本站未收录' },
		},
		children: [child],
	} as Node;
}

export default function remarkCitations(options: RemarkCitationsOptions) {
	const { index, base } = options;
	return (tree: Root, file: VFile) => {
		const currentId = file.path ? entryId(file.path) : '';
		const recorded = recordLookups(index);
		const citations = transformCitations(tree, currentId, { index: recorded.index, base, wrap: true });
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		if (astro?.frontmatter) {
			astro.frontmatter[CITATIONS_KEY] = citations;
			astro.frontmatter[LOOKUPS_KEY] = recorded.lookups();
		}
	};
}
