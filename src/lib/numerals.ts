/**
 * Chinese numerals as used in clause numbers and dates — the one parser for the clause anchors
 * (src/plugins/remark-clause-anchors.ts) and the importer (scripts/import/).
 */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Characters a clause number may be written with (for regex character classes). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十';

/** 〇 … 九十九 as counted (一、十、十二、二十、九十九; 两 as 2) or Arabic digits → number; NaN otherwise. */
export function parseChineseNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (s.length === 1 && s in DIGITS) return DIGITS[s]!;
	const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
	if (!m) return Number.NaN;
	return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}

/**
 * Head counts as people say them: 俩 is two, 仨 is three (俩正式党员). Never in clause numbers or
 * dates, so kept apart from the parser above; approximate counts (十来个, 五六个, 三十多) have no
 * one number and are not read at all.
 */
export const SPOKEN_COUNT_CHARS = '俩仨';
const SPOKEN_COUNTS: Record<string, number> = { 俩: 2, 仨: 3 };

/** A head count: 俩 / 仨, else as parseChineseNumber (两 → 2, 十二 → 12, 52 → 52); NaN otherwise. */
export function parseHeadCount(s: string): number {
	return SPOKEN_COUNTS[s] ?? parseChineseNumber(s);
}

/** A year written digit by digit (二〇一九 → 2019), else as parseChineseNumber (十二 → 12). */
export function parseChineseDigits(s: string): number {
	if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
	return parseChineseNumber(s);
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1 … 99 in Chinese numerals (3 → 三, 12 → 十二, 20 → 二十), the inverse of parseChineseNumber; other numbers as digits. */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
	if (n < 10) return CHINESE_DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

/** Full-width digits (from Chinese input methods) → ASCII: ０１２ → 012. */
export function asciiDigits(s: string): string {
	return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
