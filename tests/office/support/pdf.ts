/**
 * What a rendered PDF says about layout: each page's size and its text items in points from the
 * lower left corner (unpdf over PDF.js), grouped into lines.
 */
import { readFile } from 'node:fs/promises';
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from 'unpdf';

export type PdfPage = { width: number; height: number; items: StructuredTextItem[] };

export async function readPdf(path: string): Promise<PdfPage[]> {
	const data = new Uint8Array(await readFile(path));
	const pdf = await getDocumentProxy(data);
	const { items } = await extractTextItems(pdf);
	const pages: PdfPage[] = [];
	for (let i = 0; i < pdf.numPages; i++) {
		const page = await pdf.getPage(i + 1);
		const [x0, y0, x1, y1] = page.view as [number, number, number, number];
		pages.push({ width: x1 - x0, height: y1 - y0, items: (items[i] ?? []).filter((it) => it.str.trim() !== '') });
	}
	await pdf.cleanup?.();
	return pages;
}

export type PdfLine = { y: number; x0: number; x1: number; text: string; fontSize: number };

/** Items on the same baseline (within half a point) joined left to right. */
export function linesOf(page: PdfPage): PdfLine[] {
	const rows: PdfLine[] = [];
	const sorted = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
	for (const it of sorted) {
		const row = rows.find((r) => Math.abs(r.y - it.y) < 0.5);
		if (row) {
			row.text += it.str;
			row.x0 = Math.min(row.x0, it.x);
			row.x1 = Math.max(row.x1, it.x + it.width);
			row.fontSize = Math.max(row.fontSize, it.fontSize);
		} else rows.push({ y: it.y, x0: it.x, x1: it.x + it.width, text: it.str, fontSize: it.fontSize });
	}
	return rows.sort((a, b) => b.y - a.y);
}

export const pageText = (pages: readonly PdfPage[]) =>
	pages
		.map((p) =>
			linesOf(p)
				.map((l) => l.text)
				.join('\n')
		)
		.join('\n');
