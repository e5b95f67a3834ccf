/**
 * remark plugin: stable clause anchors on numbered headings and paragraphs.
 *
 * An anchor is the chain of numbers of the enclosing numbered units, joined by `-`,
 * each prefixed by its kind: `p` 第X部分, `s` 一、, `u` （一）, `a` 第X条, `c` 1., `i` （1）.
 * E.g. 第二部分 › 三、 › 1. → `p2-s3-c1`. A unit resets all deeper levels; repeated
 * anchors on one page get `-2`, `-3`. Sets `data.hProperties.id` and `data-clause`
 * (a human label such as `第二部分 三、1.`). Unnumbered headings keep their default slug.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../lib/numerals.ts';

export type UnitKind = 'p' | 's' | 'u' | 'a' | 'c' | 'i';

/** Nesting rank: a unit closes every open unit of equal or higher rank. */
const RANK: Record<UnitKind, number> = { p: 0, s: 1, u: 2, a: 3, c: 4, i: 5 };

const CN = CHINESE_NUMERAL_CHARS;

export interface Unit {
	kind: UnitKind;
	n: number;
	/** The number as printed, e.g. 三、 or （1） or 1. */
	label: string;
}

const PATTERNS: [UnitKind, RegExp][] = [
	['p', new RegExp(`^(第([${CN}]+)部分)`)],
	['a', new RegExp(`^(第([${CN}]+)条)`)],
	['s', new RegExp(`^(([${CN}]+)、)`)],
	['u', new RegExp(`^([（(]([${CN}]+)[）)])`)],
	['c', /^((\d{1,3})\s*[.．、])(?!\d)/],
	['i', /^([（(](\d{1,3})[）)])/],
];

/** The numbered unit a heading or paragraph opens, if any. */
export function detectUnit(text: string): Unit | null {
	const t = text.replace(/^[\s\u3000*_]+/, '');
	for (const [kind, re] of PATTERNS) {
		const m = re.exec(t);
		if (!m) continue;
		const n = parseChineseNumber(m[2]!);
		if (!Number.isFinite(n) || n < 1 || n > 999) continue;
		return { kind, n, label: m[1]!.replace(/\s+/g, '') };
	}
	return null;
}

interface Open extends Unit {
	/** Heading depth that opened it, or Infinity for a paragraph. */
	depth: number;
}

export function anchorOf(stack: Unit[]): string {
	return stack.map((u) => `${u.kind}${u.n}`).join('-');
}

export function labelOf(stack: Unit[]): string {
	return stack.map((u, i) => (i < stack.length - 1 && (u.kind === 'p' || u.kind === 'a') ? `${u.label} ` : u.label)).join('');
}

function setProps(node: Heading | Paragraph, id: string, label: string) {
	const data = (node.data ??= {});
	const hp = ((data as { hProperties?: Record<string, unknown> }).hProperties ??= {});
	hp.id = id;
	hp['data-clause'] = label;
}

/** Annotate a tree in document order (top-level and nested block content). */
export function annotate(tree: Root): void {
	let stack: Open[] = [];
	const seen = new Map<string, number>();

	const visit = (nodes: RootContent[]) => {
		for (const node of nodes) {
			if (node.type === 'heading' || node.type === 'paragraph') {
				const unit = detectUnit(toString(node));
				const depth = node.type === 'heading' ? node.depth : Number.POSITIVE_INFINITY;
				if (!unit) {
					// an unnumbered heading closes what was opened at its level or below
					if (node.type === 'heading') stack = stack.filter((o) => o.depth < depth);
					continue;
				}
				stack = stack.filter((o) => RANK[o.kind] < RANK[unit.kind] && o.depth <= depth);
				stack.push({ ...unit, depth });
				let id = anchorOf(stack);
				const count = (seen.get(id) ?? 0) + 1;
				seen.set(id, count);
				if (count > 1) id = `${id}-${count}`;
				setProps(node, id, labelOf(stack));
			} else if ('children' in node && (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')) {
				visit(node.children as RootContent[]);
			}
		}
	};
	visit(tree.children);
}

export default function remarkClauseAnchors() {
	return (tree: Root) => annotate(tree);
}
