/**
 * PDF → lines of text, through PDF.js (unpdf). Pages are read one after another, not all at once
 * (unpdf's extractTextItems starts every page together), so the page count is checked first; each
 * page's text is streamed, so the text-size limit stops the reading as soon as it is passed, even in
 * the middle of a page (a 600 KB PDF whose one page inflates to 200 MB of text operators).
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from './error.ts';
import { formatCount, IMPORT_LIMITS } from './limits.ts';

export interface PdfItem {
	str: string;
	x: number;
	y: number;
	height: number;
}

/**
 * Text items of one page → lines, top to bottom, items on one baseline joined left to right.
 * Sorted once by height on the page, so a page of many thousand items costs n log n, not n².
 */
export function pageLines(items: readonly PdfItem[]): string[] {
	const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y);
	const rows: { y: number; height: number; items: PdfItem[] }[] = [];
	for (const item of sorted) {
		const row = rows[rows.length - 1];
		if (row && Math.abs(row.y - item.y) <= Math.max(2, Math.min(row.height, item.height || row.height) * 0.4)) row.items.push(item);
		else rows.push({ y: item.y, height: item.height, items: [item] });
	}
	return rows.map((r) =>
		r.items
			.sort((a, b) => a.x - b.x)
			.map((i) => i.str)
			.join('')
	);
}

/** A text item as PDF.js streams it (marked-content entries have no `str`). */
interface StreamedItem {
	str?: string;
	transform?: number[];
	height?: number;
}

/** The text items of one page, stopping once they hold more than `budget` characters. */
async function pageItems(page: { streamTextContent(): ReadableStream }, budget: number): Promise<{ items: PdfItem[]; chars: number }> {
	const reader = (page.streamTextContent() as ReadableStream<{ items: StreamedItem[] }>).getReader();
	const items: PdfItem[] = [];
	let chars = 0;
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		for (const item of value.items) {
			if (item.str === undefined || !item.transform) continue;
			items.push({ str: item.str, x: item.transform[4]!, y: item.transform[5]!, height: item.height ?? 0 });
			chars += item.str.length;
		}
		if (chars > budget) {
			await reader.cancel(new Error('导入上限')).catch(() => {});
			break;
		}
	}
	return { items, chars };
}

/** The text of a PDF, one line per printed line, a blank line after each page. */
export async function pdfLines(bytes: Uint8Array, fileName: string, limits = IMPORT_LIMITS): Promise<string> {
	let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// verbosity 0: PDF.js's own warnings (a missing font) are not for the curator
		pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
	} catch {
		throw new ImportError(`${fileName} 不是有效的 PDF 文件（无法打开）`);
	}
	try {
		if (pdf.numPages > limits.pdfPages) {
			throw new ImportError(
				`${fileName} 有 ${formatCount(pdf.numPages)} 页，超过导入上限 ${formatCount(limits.pdfPages)} 页：汇编请先拆分成单篇的 PDF 后再导入`
			);
		}
		const lines: string[] = [];
		let chars = 0;
		for (let n = 1; n <= pdf.numPages; n++) {
			let page: Awaited<ReturnType<typeof pdf.getPage>>;
			let items: PdfItem[];
			try {
				page = await pdf.getPage(n);
				const read = await pageItems(page, limits.textChars - chars);
				items = read.items;
				chars += read.chars;
				page.cleanup();
			} catch {
				throw new ImportError(`${fileName} 第 ${n} 页无法读取（PDF 文件已损坏）：请重新导出 PDF，或另存为 .docx 后再导入`);
			}
			if (chars > limits.textChars) {
				throw new ImportError(
					`${fileName} 读到第 ${n} 页时文字已超过 ${formatCount(limits.textChars)} 字（导入上限）：汇编请拆成单篇后再导入`
				);
			}
			for (const line of pageLines(items)) lines.push(line); // not push(...): a page may have more lines than a call has arguments
			lines.push('');
		}
		const text = lines.join('\n');
		if (text.replace(/\s/g, '').length < Math.max(1, pdf.numPages) * 10) {
			throw new ImportError(
				`${fileName} 没有文字层（${pdf.numPages} 页几乎都是图像，可能是扫描件）：请先做文字识别（OCR）并核对，或向发文单位索取 Word 或文字版`
			);
		}
		return text;
	} finally {
		await pdf.loadingTask.destroy();
	}
}
