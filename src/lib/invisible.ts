/**
 * Characters a reader cannot see but that change what a text says or how it shows: control
 * characters (NUL, BEL, ESC …), bidirectional overrides (U+202E shows text reversed), zero-width
 * characters (a ZWSP splits a word so search cannot find it) and the replacement character a broken
 * conversion leaves. None belongs in a transcribed text; the content check refuses them by name.
 * Tab, line feed and carriage return are ordinary layout; the ideographic space U+3000 is text.
 */

const NAMES: Record<number, string> = {
	0x00: '空字符 NUL',
	0x07: '响铃 BEL',
	0x08: '退格 BS',
	0x0b: '垂直制表符 VT',
	0x0c: '换页符 FF',
	0x1b: '转义符 ESC',
	0x7f: '删除符 DEL',
	0xad: '软连字符',
	0x061c: '阿拉伯字母标记（双向控制）',
	0x200b: '零宽空格',
	0x200c: '零宽非连接符',
	0x200d: '零宽连接符',
	0x200e: '从左到右标记（双向控制）',
	0x200f: '从右到左标记（双向控制）',
	0x2028: '行分隔符',
	0x2029: '段分隔符',
	0x202a: '从左到右嵌入（双向控制）',
	0x202b: '从右到左嵌入（双向控制）',
	0x202c: '双向格式结束（双向控制）',
	0x202d: '从左到右覆盖（双向控制）',
	0x202e: '从右到左覆盖（双向控制，会把文字显示成倒序）',
	0x2060: '零宽不换行符',
	0x2066: '从左到右隔离（双向控制）',
	0x2067: '从右到左隔离（双向控制）',
	0x2068: '首强隔离（双向控制）',
	0x2069: '双向隔离结束（双向控制）',
	0xfeff: '零宽不换行空格（BOM）',
	0xfffd: '替换字符 �（文字转换出错的痕迹）',
};

/** Every character refused, as one class (the BOM is allowed only as a file's first character: see `findInvisible`). */
export const INVISIBLE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd]/g;

/** Chinese name of an invisible character, with its code point: `U+202E 从右到左覆盖（…）`. */
export function invisibleName(ch: string): string {
	const code = ch.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '控制字符' : '不可见的格式字符');
	return `${hex} ${name}`;
}

export interface InvisibleHit {
	/** Offset in the text (UTF-16). */
	offset: number;
	/** 1-based line and column. */
	line: number;
	column: number;
	char: string;
}

/** The invisible characters of `text` in order; a byte-order mark as the very first character is allowed (Astro strips it). */
export function findInvisible(text: string): InvisibleHit[] {
	const hits: InvisibleHit[] = [];
	let line = 1;
	let lineStart = 0;
	let scanned = 0;
	for (const m of text.matchAll(INVISIBLE)) {
		if (m.index === 0 && m[0] === '\ufeff') continue;
		for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		scanned = m.index;
		hits.push({ offset: m.index, line, column: m.index - lineStart + 1, char: m[0] });
	}
	return hits;
}
