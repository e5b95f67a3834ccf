/**
 * Source file (bytes) → plain text with one line per paragraph, table rows as tab-separated cells,
 * ready for the layout repair in normalise.ts. Word via mammoth, PDF via unpdf (PDF.js), plain
 * text via decode.ts. No file system: the caller reads the file.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import mammoth from 'mammoth';
import { extractTextItems } from 'unpdf';
import { decodeText, ImportError } from './decode.ts';

export { ImportError };

export type SourceKind = 'docx' | 'pdf' | 'text';

export interface ExtractedText {
	kind: SourceKind;
	text: string;
	/** What the curator should know about the extraction (encoding, Word numbering, PDF layout). */
	notes: string[];
}

/** The kind of a source by its extension; ImportError for anything else. */
export function sourceKind(fileName: string): SourceKind {
	const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
	if (ext === 'docx') return 'docx';
	if (ext === 'pdf') return 'pdf';
	if (ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
	if (ext === 'doc' || ext === 'wps') throw new ImportError(`${fileName}：旧版 Word/WPS 文件不能直接导入，请另存为 .docx 后再导入`);
	throw new ImportError(`${fileName}：只能导入 .docx、.pdf、.txt 或 .md 文件`);
}

const cellText = (el: Element) => toString(el).replace(/\s+/g, ' ').trim();

/** mammoth's HTML → lines: headings and paragraphs one each, list items numbered, table rows as cells. */
function htmlToLines(nodes: readonly RootContent[], out: string[], notes: Set<string>): void {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const tag = node.tagName;
		if (tag === 'table') {
			out.push('');
			for (const row of node.children.flatMap((c) =>
				c.type === 'element' && /^(thead|tbody|tfoot)$/.test(c.tagName) ? c.children : [c]
			)) {
				if (row.type !== 'element' || row.tagName !== 'tr') continue;
				const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
				out.push(cells.map(cellText).join('\t'));
			}
			out.push('');
		} else if (tag === 'ol' || tag === 'ul') {
			let n = 0;
			for (const li of node.children) {
				if (li.type !== 'element' || li.tagName !== 'li') continue;
				n++;
				const own = li.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'ul')));
				const text = toString({ type: 'root', children: own } as Root).trim();
				if (tag === 'ol') notes.add('Word 自动编号已写成 1. 2. 3.：请对照原件核对编号的写法（如“一、”“（一）”）');
				out.push('', tag === 'ol' ? `${n}. ${text}` : text);
				htmlToLines(
					li.children.filter((c) => c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'ul')),
					out,
					notes
				);
			}
		} else if (/^(p|h[1-6])$/.test(tag)) {
			out.push('', toString(node).trim());
		} else {
			htmlToLines(node.children, out, notes);
		}
	}
}

async function fromDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
	let html: string;
	const notes = new Set<string>();
	try {
		const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
		html = result.value;
		if (result.messages.some((m) => m.type === 'warning')) notes.add('Word 文件中有 mammoth 不认识的样式：已按正文处理，请核对标题层级');
	} catch {
		throw new ImportError(`${fileName} 不是有效的 .docx 文件（无法打开）：请在 Word 或 WPS 中重新另存为 .docx`);
	}
	const lines: string[] = [];
	htmlToLines(fromHtml(html, { fragment: true }).children, lines, notes);
	const text = lines.join('\n');
	if (text.trim() === '') throw new ImportError(`${fileName} 中没有文字`);
	return { kind: 'docx', text, notes: [...notes] };
}

interface PdfItem {
	str: string;
	x: number;
	y: number;
	height: number;
}

/** Text items of one page → lines, top to bottom, items on one baseline joined left to right. */
function pageLines(items: readonly PdfItem[]): string[] {
	const rows: { y: number; height: number; items: PdfItem[] }[] = [];
	for (const item of items) {
		if (item.str === '') continue;
		const row = rows.find((r) => Math.abs(r.y - item.y) <= Math.max(2, Math.min(r.height, item.height || r.height) * 0.4));
		if (row) row.items.push(item);
		else rows.push({ y: item.y, height: item.height, items: [item] });
	}
	return rows
		.sort((a, b) => b.y - a.y)
		.map((r) =>
			r.items
				.sort((a, b) => a.x - b.x)
				.map((i) => i.str)
				.join('')
		);
}

async function fromPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
	let pages: PdfItem[][];
	try {
		pages = (await extractTextItems(new Uint8Array(bytes))).items;
	} catch {
		throw new ImportError(`${fileName} 不是有效的 PDF 文件（无法打开）`);
	}
	const lines = pages.flatMap((items) => [...pageLines(items), '']);
	const text = lines.join('\n');
	if (text.replace(/\s/g, '').length < Math.max(1, pages.length) * 10) {
		throw new ImportError(
			`${fileName} 没有文字层（${pages.length} 页几乎都是图像，可能是扫描件）：请先做文字识别（OCR）并核对，或向发文单位索取 Word 或文字版`
		);
	}
	return { kind: 'pdf', text, notes: ['PDF 按版面分行：断行已按句子接回，页码已去掉，请核对段落划分与页眉页脚'] };
}

/** Extracts the text of a source file; ImportError (Chinese message) when it cannot be imported. */
export async function extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
	const kind = sourceKind(fileName);
	if (bytes.length === 0) throw new ImportError(`${fileName} 是空文件，没有可导入的文字`);
	if (kind === 'docx') return fromDocx(bytes, fileName);
	if (kind === 'pdf') return fromPdf(bytes, fileName);
	const { text, encoding } = decodeText(bytes, fileName);
	return { kind, text, notes: encoding === 'UTF-8' ? [] : [`文字编码为 ${encoding}，已转换为 UTF-8`] };
}
