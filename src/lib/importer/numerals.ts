/** Chinese numerals (一 … 九十九) and Arabic digits as used in clause numbers. */
const DIGITS: Record<string, number> = {
	〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parse 一 … 九十九 (and plain Arabic digits); NaN when not a number. */
export function parseChineseNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return Number.NaN;
	const i = s.indexOf('十');
	if (i === -1) {
		if (s.length !== 1) return Number.NaN;
		return DIGITS[s]!;
	}
	if (s.indexOf('十', i + 1) !== -1) return Number.NaN;
	const tens = i === 0 ? 1 : s.length >= 2 && i === 1 ? DIGITS[s[0]!]! : Number.NaN;
	const rest = s.slice(i + 1);
	if (rest.length > 1) return Number.NaN;
	const ones = rest === '' ? 0 : DIGITS[rest]!;
	if (ones === undefined || Number.isNaN(tens) || tens === 0) return Number.NaN;
	return tens * 10 + ones;
}

/** Chinese numeral for 1 … 99, used when turning dates like 二〇一九年九月三日 back into digits. */
export function parseChineseDigits(s: string): number {
	// 二〇一九 → 2019 (digit by digit), 十二 → 12 (positional)
	if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
	return parseChineseNumber(s);
}
