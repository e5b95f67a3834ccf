/**
 * Bytes of a plain-text source → text. Policy texts reach the curator as UTF-8, GB18030/GBK
 * (Windows Notepad, older sites) or UTF-16 (Word's “Unicode text”, with or without a byte-order
 * mark); the encoding is detected, and what is empty, not text, or text in another encoding is
 * refused with a Chinese message instead of a garbage draft.
 *
 * How the encoding is told. A byte-order mark says it outright. Otherwise every candidate is decoded
 * strictly — a decoding that needs a replacement character is no decoding — and must read like a
 * Chinese text: almost only characters such a text uses, and (for a guessed legacy or UTF-16
 * decoding) its Han characters almost all common ones, the 3,755 of GB 2312 level 1 as the GB18030
 * decoder itself defines them. Mojibake fails that by far: every source in sources/ has over 99.9 %
 * common characters; Shift-JIS or Big5 bytes read as GB18030 have under 60 %, UTF-16 read in the
 * wrong byte order under 20 %. (Counting zero bytes, as before, failed on Chinese UTF-16 without
 * ASCII: 一 is U+4E00 and puts its zero byte on the other side.) The same test, with each
 * encoding's own common characters, names Shift-JIS and Big5 when a file is in one of them.
 * EUC-KR is the exception: its Hangul rows (lead bytes B0–C8) are GB 2312's first level rows, so
 * a Korean file reads as common simplified characters. Read as EUC-KR instead, Korean text is Hangul
 * with hardly any Hanja, while a Chinese text gives as much Hanja (its lead bytes CA–F7) as Hangul.
 * A library was weighed (jschardet): its UTF-16 detection without a mark also counts zero bytes,
 * and its verdict is a confidence to tune, where strict decoding plus common characters is exact.
 */
import { ImportError } from './error.ts';

export { ImportError };

export type TextEncodingName = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
type Label = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'big5' | 'euc-kr';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

const LABELS: Record<TextEncodingName, Label> = { 'UTF-8': 'utf-8', GB18030: 'gb18030', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be' };

/** The text, or undefined when the bytes are not valid in this encoding. */
function decodeStrict(bytes: Uint8Array, label: Label): string | undefined {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** The characters of a block of a two-byte encoding, from code `first` to `last`, trail bytes as `trail` allows. */
function block(label: Label, first: number, last: number, trail: (byte: number) => boolean): Set<string> {
	const bytes: number[] = [];
	for (let code = first; code <= last; code++) if (trail(code & 0xff)) bytes.push(code >> 8, code & 0xff);
	return new Set(new TextDecoder(label).decode(new Uint8Array(bytes)));
}

type Language = 'simplified' | 'traditional' | 'japanese';

const commonSets = new Map<Language, Set<string>>();
/** Each writing's common characters: GB 2312 level 1, Big5's 常用字, JIS X 0208 level 1. */
function common(language: Language): Set<string> {
	let set = commonSets.get(language);
	if (!set) {
		if (language === 'simplified') set = block('gb18030', 0xb0a1, 0xd7f9, (t) => t >= 0xa1 && t <= 0xfe);
		else if (language === 'traditional') set = block('big5', 0xa440, 0xc67e, (t) => (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe));
		else set = block('shift_jis', 0x889f, 0x9872, (t) => (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc));
		commonSets.set(language, set);
	}
	return set;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const KANA = /[\u3040-\u30ff]/u;
/**
 * Characters a text of our kind is made of besides Han: ASCII, Latin-1 symbols (° § ×, not the
 * accented letters of “ÎÒÃÇ”, which is GBK read as Latin-1), punctuation, letter-like and number
 * forms (℃ № Ⅱ ①), arrows, maths, box drawing and shapes (■ ○ ★), CJK and full-width punctuation.
 * Control characters are not among them.
 */
const USUAL = /[\t\n\r\f\u0020-\u007e\u00a0-\u00bf\u00d7\u00f7\u2010-\u203b\u2100-\u24ff\u2500-\u26ff\u3000-\u303f\uff00-\uffef]/u;

/** Whether the text reads like a text in this language; for a guessed decoding, its Han must be common. */
function readsAs(text: string, language: Language, checkHan: boolean): boolean {
	let total = 0;
	let usual = 0;
	let han = 0;
	let commonHan = 0;
	const set = checkHan ? common(language) : undefined;
	for (const ch of text) {
		total++;
		if (HAN.test(ch)) {
			usual++;
			han++;
			if (set?.has(ch)) commonHan++;
		} else if (language === 'japanese' && KANA.test(ch)) {
			usual++;
			han++;
			commonHan++;
		} else if (USUAL.test(ch)) usual++;
	}
	if (usual < total * 0.95) return false;
	return !checkHan || commonHan >= han * 0.9;
}

const notText = (fileName: string) =>
	new ImportError(
		`${fileName} 不是可识别的文字文件（不是 UTF-8、GB18030/GBK 或 UTF-16 编码的中文，或是二进制文件）：请另存为 UTF-8 文本、.docx 或 .pdf 后再导入`
	);

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

function byteOrderMark(bytes: Uint8Array): TextEncodingName | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
	return undefined;
}

/** Other encodings a Chinese-looking file may be in, named in the refusal. */
const OTHERS: { label: Label; language: Language; name: string }[] = [
	{ label: 'big5', language: 'traditional', name: 'Big5（繁体中文）' },
	{ label: 'shift_jis', language: 'japanese', name: 'Shift-JIS（日文）' },
];

const HANGUL = /[\uac00-\ud7a3]/u;
/** Korean in EUC-KR: decoded so, at least 20 Hangul syllables and under one Hanja for ten of them. */
function koreanText(bytes: Uint8Array): boolean {
	const text = decodeStrict(bytes, 'euc-kr');
	if (text === undefined) return false;
	let hangul = 0;
	let hanja = 0;
	for (const ch of text) {
		if (HANGUL.test(ch)) hangul++;
		else if (HAN.test(ch)) hanja++;
	}
	return hangul >= 20 && hanja * 10 < hangul;
}

const otherEncoding = (fileName: string, name: string) =>
	new ImportError(
		`${fileName} 看起来是 ${name}编码的文字，不是 UTF-8、GB18030/GBK 或 UTF-16：请在文本编辑器中按原编码打开，照原样另存为 UTF-8 后再导入`
	);

/** Detects the encoding and decodes; throws ImportError for empty, binary, undecodable or foreign-encoded input. */
export function decodeText(bytes: Uint8Array, fileName = '文件'): DecodedText {
	if (bytes.length === 0) throw new ImportError(`${fileName} 是空文件，没有可导入的文字`);
	const binary = knownBinary(bytes);
	if (binary) throw new ImportError(`${fileName}：${binary}`);
	const decoded = detect(bytes, fileName);
	if (decoded.text.trim() === '') throw new ImportError(`${fileName} 只有空白，没有可导入的文字`);
	return { text: decoded.text.replace(/^\ufeff/, ''), encoding: decoded.encoding };
}

function detect(bytes: Uint8Array, fileName: string): DecodedText {
	const marked = byteOrderMark(bytes);
	if (marked) {
		const text = decodeStrict(bytes, LABELS[marked]);
		if (text === undefined) {
			throw new ImportError(
				`${fileName} 开头标明是 ${marked} 编码，但内容不是有效的 ${marked}（文件已损坏或被截断）：请重新另存为 UTF-8 文本后再导入`
			);
		}
		return { text, encoding: marked };
	}
	// valid UTF-8 is UTF-8 (GB18030 bytes are almost never valid UTF-8), unless it is mostly zero bytes: UTF-16 text in ASCII
	const utf8 = decodeStrict(bytes, 'utf-8');
	if (utf8 !== undefined && readsAs(utf8, 'simplified', false)) return { text: utf8, encoding: 'UTF-8' };
	const guesses: TextEncodingName[] = bytes.length % 2 === 0 ? ['UTF-16LE', 'UTF-16BE', 'GB18030'] : ['GB18030'];
	for (const encoding of guesses) {
		const text = decodeStrict(bytes, LABELS[encoding]);
		if (text === undefined) continue;
		if (encoding === 'GB18030' && koreanText(bytes)) throw otherEncoding(fileName, 'EUC-KR（韩文）');
		// UTF-16 holds traditional characters as surely as simplified ones; GB18030 files are simplified Chinese
		if (readsAs(text, 'simplified', true) || (encoding !== 'GB18030' && readsAs(text, 'traditional', true))) return { text, encoding };
	}
	for (const other of OTHERS) {
		const text = decodeStrict(bytes, other.label);
		if (text !== undefined && readsAs(text, other.language, true)) throw otherEncoding(fileName, other.name);
	}
	throw notText(fileName);
}
