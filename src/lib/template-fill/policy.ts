/**
 * A policy text → document model, for the Word download on its page: the title, its 文号, every
 * block as the site records it (the same blocks 对照阅读 uses: clause numbers are part of the
 * text, never renumbered), tables rebuilt from their cells, and where the text comes from. The
 * heading fonts follow the clause level the site's anchors give each heading (GB/T 9704 7.3.3).
 * Pure; laid out by the same writer as the templates (`docx.ts`).
 */
import { transcribedFrom } from '../source-titles';
import type { DocBlock, DocModel, ParaStyle } from './types';

/** One recorded block of a text (src/plugins/remark-paragraphs.ts). */
export type PolicyBlock = { text: string; kind: 'h' | 'p'; anchor?: string; cells?: string[] };

export type PolicyMeta = {
	id: string;
	title: string;
	docNumber?: string;
	/** Where the text comes from and where it was read (a sentence or two). */
	note: string;
};

/**
 * The note under the text (built with the page, so it needs no data at download time beyond the
 * page address): who issued it and when, where it is transcribed from, how many wording corrections
 * the site made.
 */
export function sourceNote(p: {
	issuers: readonly string[];
	issued: string;
	source: { file: string; part?: string | undefined };
	corrections: number;
}): string {
	const corrected = p.corrections > 0 ? `本站更正了 ${p.corrections} 处明显的录入错误，见网页上的“勘误说明”。` : '';
	return `发文机关：${p.issuers.join('、')}；日期：${p.issued}。${transcribedFrom(p.source)}${corrected}`;
}

/** The note with the address the text was downloaded from. */
export const downloadNote = (note: string, url: string): string =>
	`${note}本文档下载自科技社团党建知识库 ${url}，以发文机关印发的文本为准。`;

/** Is this JSON the block list the site publishes? (It is fetched; check before use.) */
export function isPolicyBlocks(data: unknown): data is PolicyBlock[] {
	return (
		Array.isArray(data) &&
		data.every(
			(b) =>
				typeof b === 'object' &&
				b !== null &&
				typeof (b as PolicyBlock).text === 'string' &&
				((b as PolicyBlock).kind === 'h' || (b as PolicyBlock).kind === 'p') &&
				((b as PolicyBlock).cells === undefined ||
					(Array.isArray((b as PolicyBlock).cells) && (b as PolicyBlock).cells!.every((c) => typeof c === 'string')))
		)
	);
}

/** The style of a heading from the last unit of its anchor: p 第X部分, s 一、, u （一）, deeper ones 仿宋. */
function headingStyle(anchor: string | undefined): ParaStyle {
	const last = anchor?.split('-').pop()?.[0];
	if (last === 'p') return 'part';
	if (last === 'u') return 'heading2';
	if (last === 'c' || last === 'i' || last === 'a') return 'body';
	return 'heading';
}

/** Column widths of a table, by the longest cell of each column (short label columns stay narrow). */
function widthsOf(rows: string[][]): number[] {
	const columns = Math.max(...rows.map((r) => r.length));
	return Array.from({ length: columns }, (_, i) => Math.min(40, Math.max(4, ...rows.map((r) => [...(r[i] ?? '')].length))));
}

const FILE_NAME_UNSAFE = /[\\/:*?"<>|\u0000-\u001F]/g;

export function policyDocument(meta: PolicyMeta, blocks: readonly PolicyBlock[]): DocModel {
	const body: DocBlock[] = [];
	let table: string[][] = [];
	const flush = () => {
		if (!table.length) return;
		const columns = Math.max(...table.map((r) => r.length));
		body.push({
			type: 'table',
			widths: widthsOf(table),
			rows: table.map((r) =>
				Array.from({ length: columns }, (_, i) => ({ runs: [{ text: r[i] ?? '' }], span: 1, label: false, tall: false }))
			),
		});
		table = [];
	};
	for (const b of blocks) {
		if (b.cells) {
			table.push(b.cells);
			continue;
		}
		flush();
		body.push({ type: 'para', style: b.kind === 'h' ? headingStyle(b.anchor) : 'body', runs: [{ text: b.text }] });
	}
	flush();
	const doc: DocModel = {
		templateId: `policy:${meta.id}`,
		fileName: meta.title.replace(FILE_NAME_UNSAFE, '').slice(0, 80) || meta.id,
		layout: 'text',
		title: [{ text: meta.title }],
		body,
		note: [{ text: meta.note }],
		blanks: [],
	};
	if (meta.docNumber) doc.subtitle = [{ text: meta.docNumber }];
	return doc;
}
