/**
 * Characters a draft must not carry, whatever the file they come from. A control character (NUL from
 * a damaged file, ESC) would reach the page as U+FFFD or nothing; the replacement character U+FFFD
 * means a character of the original was already lost in an earlier conversion; bidi controls (U+202E)
 * make the page show text in an order other than the source's. Each is refused, naming the line (as
 * --from/--to count) and what precedes it. Invisible characters that change nothing on the page
 * (zero-width spaces pasted from the web) are removed and the report says so; page and line tabulation
 * (form feed from PDF converters, vertical tab from Word's line break) become line breaks.
 */
import { ImportError } from './error.ts';

const FORBIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

function describe(ch: string): { what: string; advice: string } {
	const code = ch.codePointAt(0)!;
	if (ch === '\ufffd') {
		return {
			what: '替换字符“\ufffd”',
			advice: '原文的这个字在此前的编码转换中已经丢失（或 PDF 的字体缺少文字映射）：请向发文单位索取完整的文件，或对照原件补上后再导入',
		};
	}
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
		return { what: '改变文字方向的控制字符', advice: '它会让页面上文字的显示顺序与原文不同：请删去后再导入' };
	}
	if (code >= 0xd800 && code <= 0xdfff) return { what: '不成对的代理项（残缺的字）', advice: '文件已损坏：请重新另存后再导入' };
	return {
		what: code === 0 ? '空字符 NUL' : '控制字符',
		advice: '文字文件中不应有控制字符，文件可能已损坏或混有二进制内容：请对照原件删去后再导入',
	};
}

/** The text with line breaks normalised and invisible characters removed; ImportError for a forbidden character. */
export function checkCharacters(text: string, fileName: string): { text: string; removed: number } {
	let removed = 0;
	const clean = text.replace(/[\f\v]/g, '\n').replace(INVISIBLE, (ch, offset: number) => {
		if (ch === '\ufeff' && offset === 0) return ''; // a byte-order mark, not a character of the text
		removed++;
		return '';
	});
	const m = FORBIDDEN.exec(clean);
	if (m) {
		const before = clean.slice(0, m.index);
		const line = before.split('\n').length;
		const lineStart = before.lastIndexOf('\n') + 1;
		const column = [...clean.slice(lineStart, m.index)].length + 1;
		const context = [...clean.slice(lineStart, m.index)].slice(-12).join('').trim();
		const { what, advice } = describe(m[0]);
		const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		throw new ImportError(
			`${fileName} 第 ${line} 行第 ${column} 个字符是${what}（U+${code}${context ? `，在“${context}”之后` : ''}）：${advice}`
		);
	}
	return { text: clean, removed };
}
