/**
 * Word (.docx) → lines of text, through mammoth. A .docx is a zip archive: before mammoth expands it,
 * every part mammoth reads is inflated once here, counting bytes and XML elements as they come, so a
 * zip bomb (400 KB that inflate to 400 MB) stops after the first 32 MB instead of taking minutes and
 * gigabytes. The count is of what actually inflates, not of the sizes the archive declares, which a
 * hostile file can understate.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError } from './error.ts';
import { formatBytes, formatCount, IMPORT_LIMITS } from './limits.ts';

/** Pictures: mammoth is told not to read them (convertImage below), so they are not counted. */
const PICTURE = /\.(png|jpe?g|jfif|gif|bmp|tiff?|emf|wmf|wdp|webp)$/i;

const LT = 0x3c;
/** After “<”: an end tag, a processing instruction, a comment or CDATA — not an element. */
const NOT_ELEMENT = new Set([0x2f, 0x3f, 0x21]);

const invalid = (fileName: string) => new ImportError(`${fileName} 不是有效的 .docx 文件（无法打开）：请在 Word 或 WPS 中重新另存为 .docx`);

const tooBig = (fileName: string, bytes: number, what: string) =>
	new ImportError(
		`${fileName}：${what}（文件本身 ${formatBytes(bytes)}），已停止导入。一篇政策文件远小于此：若是汇编，请拆成单篇，或另存为纯文本（.txt）后再导入；` +
			'若文件本身并不大，它可能已损坏，或是特意构造的“压缩炸弹”，请勿使用'
	);

/** Inflates the parts mammoth reads, refusing the file at the first limit it passes. */
export async function inspectDocx(bytes: Uint8Array, fileName: string, limits = IMPORT_LIMITS): Promise<void> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch {
		throw invalid(fileName);
	}
	let inflated = 0;
	let elements = 0;
	for (const entry of Object.values(zip.files)) {
		if (entry.dir || PICTURE.test(entry.name)) continue;
		let afterLt = false; // the previous chunk ended with “<”
		await inflate(entry, fileName, (chunk) => {
			inflated += chunk.length;
			if (inflated > limits.docxXmlBytes) {
				throw tooBig(fileName, bytes.length, `Word 文件解压后的内容超过 ${formatBytes(limits.docxXmlBytes)}`);
			}
			if (afterLt && chunk.length && !NOT_ELEMENT.has(chunk[0]!)) elements++;
			for (let i = chunk.indexOf(LT); i !== -1 && i < chunk.length - 1; i = chunk.indexOf(LT, i + 1)) {
				if (!NOT_ELEMENT.has(chunk[i + 1]!)) elements++;
			}
			afterLt = chunk[chunk.length - 1] === LT;
			if (elements > limits.docxElements) {
				throw tooBig(fileName, bytes.length, `Word 文件的元素（段落、文字块、表格单元格等）超过 ${formatCount(limits.docxElements)} 个`);
			}
		});
	}
}

/** Inflates one entry chunk by chunk (jszip's stream is not async-iterable); a throwing onChunk stops it. */
function inflate(entry: JSZip.JSZipObject, fileName: string, onChunk: (chunk: Buffer) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const stream = entry.nodeStream('nodebuffer');
		const stop = (err: unknown) => {
			stream.removeAllListeners();
			stream.pause();
			// a broken deflate stream, or sizes that do not match the content
			reject(err instanceof ImportError ? err : invalid(fileName));
		};
		stream.on('data', (chunk: Buffer) => {
			try {
				onChunk(chunk);
			} catch (err) {
				stop(err);
			}
		});
		stream.on('error', stop);
		stream.on('end', () => resolve());
	});
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

/** The text of a .docx, one line per paragraph; ImportError for a broken, oversized or too deeply nested file. */
export async function docxLines(bytes: Uint8Array, fileName: string): Promise<{ text: string; notes: string[] }> {
	await inspectDocx(bytes, fileName);
	const notes = new Set<string>();
	const lines: string[] = [];
	try {
		let html: string;
		try {
			const result = await mammoth.convertToHtml(
				{ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
				// pictures are not text: never read (nor inflated), so the check above need not count them
				{ convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
			);
			html = result.value;
			if (result.messages.some((m) => m.type === 'warning')) notes.add('Word 文件中有 mammoth 不认识的样式：已按正文处理，请核对标题层级');
		} catch (err) {
			if (err instanceof RangeError) throw err;
			throw invalid(fileName);
		}
		htmlToLines(fromHtml(html, { fragment: true }).children, lines, notes);
	} catch (err) {
		// the parsers recurse once per level of nesting: hundreds of tables one inside another exhaust the stack
		if (err instanceof RangeError) {
			throw new ImportError(
				`${fileName}：Word 文件的结构嵌套过深（如表格里套表格，一层套一层几百层），无法导入：请在 Word 或 WPS 中去掉多余的嵌套，或另存为纯文本（.txt）后再导入`
			);
		}
		throw err;
	}
	return { text: lines.join('\n'), notes: [...notes] };
}
