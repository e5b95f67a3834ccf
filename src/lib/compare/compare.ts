/**
 * 对照阅读: aligned rows of two texts with the changed wording marked, and their HTML. Pure (string
 * HTML, no DOM), so the static comparison pages and the browser island produce the same markup.
 */
import { alignParagraphs, similarity } from './align.ts';
import { coalesce, diffText, type DiffSegment } from './diff.ts';
import { escapeHtml } from '../html.ts';

export interface CompareParagraph {
	text: string;
	kind: 'h' | 'p';
	/** Clause anchor on the text's page, for a link back to the clause. */
	anchor?: string;
	/** A table row's cells (the policy .docx rebuilds the table from them). */
	cells?: string[];
}

export interface CompareCell {
	index: number;
	kind: 'h' | 'p';
	anchor?: string;
	/** The paragraph split into unchanged and changed parts (`del` on the left, `ins` on the right). */
	segments: DiffSegment[];
}

export interface CompareRow {
	left: CompareCell | null;
	right: CompareCell | null;
	/** Bigram similarity of a paired row, 0–1; 0 for an unpaired one. */
	similarity: number;
}

export interface CompareStats {
	paired: number;
	identical: number;
	leftOnly: number;
	rightOnly: number;
}

export function compareTexts(left: readonly CompareParagraph[], right: readonly CompareParagraph[]): CompareRow[] {
	return alignParagraphs(
		left.map((p) => p.text),
		right.map((p) => p.text)
	).map(([li, ri]): CompareRow => {
		const l = li === null ? null : left[li]!;
		const r = ri === null ? null : right[ri]!;
		const cell = (p: CompareParagraph, index: number, segments: DiffSegment[]): CompareCell =>
			p.anchor ? { index, kind: p.kind, anchor: p.anchor, segments } : { index, kind: p.kind, segments };
		if (l && r) {
			const segments = coalesce(diffText(l.text, r.text));
			return {
				left: cell(
					l,
					li!,
					segments.filter((s) => s.op !== 'ins')
				),
				right: cell(
					r,
					ri!,
					segments.filter((s) => s.op !== 'del')
				),
				similarity: similarity(l.text, r.text),
			};
		}
		return {
			left: l ? cell(l, li!, [{ op: 'same', text: l.text }]) : null,
			right: r ? cell(r, ri!, [{ op: 'same', text: r.text }]) : null,
			similarity: 0,
		};
	});
}

export function compareStats(rows: readonly CompareRow[]): CompareStats {
	const stats: CompareStats = { paired: 0, identical: 0, leftOnly: 0, rightOnly: 0 };
	for (const row of rows) {
		if (row.left && row.right) {
			stats.paired++;
			if (row.left.segments.every((s) => s.op === 'same') && row.right.segments.every((s) => s.op === 'same')) stats.identical++;
		} else if (row.left) stats.leftOnly++;
		else stats.rightOnly++;
	}
	return stats;
}

export { escapeHtml };

function segmentsHtml(segments: readonly DiffSegment[]): string {
	return segments.map((s) => (s.op === 'same' ? escapeHtml(s.text) : `<${s.op}>${escapeHtml(s.text)}</${s.op}>`)).join('');
}

/** Link to a clause of one side's text page, given its anchor; omit for no links. */
export type ClauseHref = (side: 'left' | 'right', anchor: string) => string | undefined;

function cellHtml(cell: CompareCell | null, side: 'left' | 'right', clauseHref?: ClauseHref): string {
	if (!cell)
		return `<td class="compare-cell compare-empty"><span class="sr-only">（${side === 'left' ? '左' : '右'}侧无对应段落）</span></td>`;
	const cls = cell.kind === 'h' ? 'compare-cell compare-heading' : 'compare-cell';
	const href = cell.anchor && clauseHref?.(side, cell.anchor);
	const link = href
		? ` <a class="compare-clause" href="${escapeHtml(href)}" title="在原文中查看">↗<span class="sr-only">在原文中查看</span></a>`
		: '';
	return `<td class="${cls}">${segmentsHtml(cell.segments)}${link}</td>`;
}

/** `<tr>` rows for a two-column comparison table (`tbody` content). */
export function rowsHtml(rows: readonly CompareRow[], clauseHref?: ClauseHref): string {
	return rows
		.map((row) => {
			const state = row.left && row.right ? 'paired' : row.left ? 'left-only' : 'right-only';
			return `<tr data-row="${state}">${cellHtml(row.left, 'left', clauseHref)}${cellHtml(row.right, 'right', clauseHref)}</tr>`;
		})
		.join('');
}

/** One-line summary of the rows, for the page. */
export function statsText(stats: CompareStats): string {
	return `对齐 ${stats.paired} 段（其中文字完全相同 ${stats.identical} 段），仅见于左侧 ${stats.leftOnly} 段，仅见于右侧 ${stats.rightOnly} 段。`;
}

export interface CompareSide {
	title: string;
	/** The text's page. */
	href: string;
}

/** The whole comparison table: column headers naming both texts, then the aligned rows. */
export function compareTableHtml(left: CompareSide, right: CompareSide, rows: readonly CompareRow[], clauseHref?: ClauseHref): string {
	const head = (side: CompareSide, label: string) =>
		`<th scope="col"><span class="compare-side">${label}</span><a href="${escapeHtml(side.href)}">${escapeHtml(side.title)}</a></th>`;
	return (
		`<table class="compare-table" data-compare-table><thead><tr>${head(left, '左')}${head(right, '右')}</tr></thead>` +
		`<tbody>${rowsHtml(rows, clauseHref)}</tbody></table>`
	);
}
