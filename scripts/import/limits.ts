/**
 * How much the importer takes on. A policy text is small: the largest source in sources/ (the Qinghai
 * guide, with the ten texts it reprints and nine templates) is 140 KB and 49,000 characters, its
 * longest paragraph under 500 characters. The limits leave room for a compilation forty times that
 * size and refuse what no policy text is — a zip bomb, a paragraph of megabytes, a million pages — with
 * a message before the work starts, instead of minutes of CPU and gigabytes of memory.
 *
 * The time and memory limits of the child process are the last line for what the size checks cannot foresee inside
 * mammoth and PDF.js; run.ts enforces them. Functions take the limits as a parameter so tests can lower them.
 */
import { ImportError } from './error.ts';

export const IMPORT_LIMITS = {
	/** Size of the file as received. */
	fileBytes: 64 * 1024 * 1024,
	/** What the parts of a .docx that mammoth reads (all but pictures) inflate to, counted while inflating. */
	docxXmlBytes: 32 * 1024 * 1024,
	/** XML elements in those parts: mammoth needs about 3 KB of memory and 50 µs for each. */
	docxElements: 400_000,
	/** Pages of a PDF. */
	pdfPages: 3_000,
	/** Characters of extracted text. */
	textChars: 2_000_000,
	/** Characters in one paragraph, after lines broken by the layout are joined. */
	paragraphChars: 20_000,
	/** Wall-clock time for one import. */
	seconds: 120,
	/** JavaScript heap of the child process that imports (run.ts). */
	memoryMb: 2048,
};

/** 1536 → “1.5 KB”, 420000000 → “400.5 MB”. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} 字节`;
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}

/** 2000000 → “2,000,000”. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** Refuses a file larger than the import limit (the import command asks before reading it, with the size on disk). */
export function checkFileSize(bytes: number, fileName: string, limits = IMPORT_LIMITS): void {
	if (bytes > limits.fileBytes) {
		throw new ImportError(
			`${fileName} 有 ${formatBytes(bytes)}，超过导入上限 ${formatBytes(limits.fileBytes)}：一篇政策文件的 Word、PDF 一般只有几百 KB；` +
				'汇编请拆成单篇，图片很多的 Word 文件请另存为纯文本（.txt）后再导入'
		);
	}
}
