/**
 * Source file (bytes) → plain text with one line per paragraph, table rows as tab-separated cells,
 * ready for the layout repair in normalise.ts. Word via docx.ts (mammoth), PDF via pdf.ts (PDF.js),
 * plain text via decode.ts. No file system: the caller reads the file.
 */
import { checkCharacters } from './characters.ts';
import { decodeText } from './decode.ts';
import { ImportError } from './error.ts';
import { checkFileSize, formatCount, IMPORT_LIMITS } from './limits.ts';

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

/** Extracts the text of a source file; ImportError (Chinese message) when it cannot be imported. */
export async function extractText(bytes: Uint8Array, fileName: string, limits = IMPORT_LIMITS): Promise<ExtractedText> {
	const kind = sourceKind(fileName);
	if (bytes.length === 0) throw new ImportError(`${fileName} 是空文件，没有可导入的文字`);
	checkFileSize(bytes.length, fileName, limits);
	let extracted: ExtractedText;
	if (kind === 'docx') {
		// mammoth and PDF.js load only for their own kind of file
		const { docxLines } = await import('./docx.ts');
		const { text, notes } = await docxLines(bytes, fileName);
		if (text.trim() === '') throw new ImportError(`${fileName} 中没有文字`);
		extracted = { kind, text, notes };
	} else if (kind === 'pdf') {
		const { pdfLines } = await import('./pdf.ts');
		extracted = {
			kind,
			text: await pdfLines(bytes, fileName, limits),
			notes: ['PDF 按版面分行：断行已按句子接回，页码已去掉，请核对段落划分与页眉页脚'],
		};
	} else {
		const { text, encoding } = decodeText(bytes, fileName);
		extracted = { kind, text, notes: encoding === 'UTF-8' ? [] : [`文字编码为 ${encoding}，已转换为 UTF-8`] };
	}
	if (extracted.text.length > limits.textChars) {
		throw new ImportError(
			`${fileName} 的文字有 ${formatCount(extracted.text.length)} 字，超过导入上限 ${formatCount(limits.textChars)} 字：汇编请拆成单篇后再导入`
		);
	}
	const { text, removed } = checkCharacters(extracted.text, fileName);
	if (removed) extracted.notes.push(`去掉了 ${removed} 个看不见的字符（零宽空格、软连字符等），页面上的文字不变`);
	return { ...extracted, text };
}
