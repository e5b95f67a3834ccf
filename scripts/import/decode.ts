/**
 * Bytes of a plain-text source → text. Policy texts reach the curator as UTF-8, GB18030/GBK
 * (Windows Notepad, older sites) or UTF-16 (Word's “Unicode text”); the encoding is detected,
 * and what is empty or not text at all is refused with a Chinese message instead of a garbage draft.
 */

import { ImportError } from './error.ts';

export { ImportError };

export type TextEncodingName = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

const LABELS: Record<TextEncodingName, string> = { 'UTF-8': 'utf-8', GB18030: 'gb18030', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be' };

function decode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
	try {
		return new TextDecoder(LABELS[encoding], { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * UTF-16 without a BOM: ASCII characters (line breaks, digits) put a 0 byte in their pair, always on
 * the same side; Chinese characters rarely do (一 is U+4E00). Zero bytes about as often on both
 * sides mean binary data.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
	if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < bytes.length; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	if (oddZeros > 4 * evenZeros) return 'UTF-16LE';
	if (evenZeros > 4 * oddZeros) return 'UTF-16BE';
	return undefined;
}

/** Control characters other than tab, line feed, form feed and carriage return, and U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;
/** What a Chinese policy text is made of: common CJK, ASCII, CJK and full-width punctuation. */
const USUAL = /[\u4e00-\u9fff\u0020-\u007e\s\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\u2460-\u24ff]/gu;

/** Few control characters, and (for a guessed encoding) mostly the characters a Chinese text uses. */
function looksLikeText(text: string, guessed: boolean): boolean {
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls > Math.max(2, text.length * 0.001)) return false;
	if (!guessed) return true;
	const usual = text.match(USUAL)?.length ?? 0;
	return usual >= [...text].length * 0.95;
}

/** Magic numbers of files that are often saved with a wrong extension. */
function knownBinary(bytes: Uint8Array): string | undefined {
	const head = String.fromCharCode(...bytes.subarray(0, 5));
	if (head.startsWith('%PDF')) return '这是 PDF 文件：请把扩展名改为 .pdf 后再导入';
	if (head.startsWith('PK')) return '这是压缩包格式（.docx 也是）：Word 文件请以 .docx 扩展名导入';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
		return '这是旧版 Word（.doc）文件：请在 Word 或 WPS 中另存为 .docx 后再导入';
	}
	return undefined;
}

/** Detects the encoding and decodes; throws ImportError for empty, binary or undecodable input. */
export function decodeText(bytes: Uint8Array, fileName = '文件'): DecodedText {
	if (bytes.length === 0) throw new ImportError(`${fileName} 是空文件，没有可导入的文字`);
	const binary = knownBinary(bytes);
	if (binary) throw new ImportError(`${fileName}：${binary}`);
	let encoding: TextEncodingName | undefined;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'UTF-8';
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'UTF-16LE';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'UTF-16BE';
	// without a BOM: valid UTF-8 first (GB18030 bytes are almost never valid UTF-8), then UTF-16, then GB18030
	const utf16 = utf16WithoutBom(bytes);
	const candidates: TextEncodingName[] = encoding ? [encoding] : ['UTF-8', ...(utf16 ? [utf16] : []), 'GB18030'];
	for (const candidate of candidates) {
		const text = decode(bytes, candidate);
		if (text === undefined || !looksLikeText(text, !encoding && candidate !== 'UTF-8')) continue;
		if (text.trim() === '') throw new ImportError(`${fileName} 只有空白，没有可导入的文字`);
		return { text: text.replace(/^\ufeff/, ''), encoding: candidate };
	}
	throw new ImportError(
		`${fileName} 不是可识别的文字文件（不是 UTF-8、GB18030/GBK 或 UTF-16 编码的文字，或是二进制文件）：请另存为 UTF-8 文本、.docx 或 .pdf 后再导入`
	);
}
