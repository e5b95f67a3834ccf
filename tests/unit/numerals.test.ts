/** The one Chinese-numeral parser (clause anchors and importer dates). */
import { describe, expect, it } from 'vitest';
import { parseChineseDigits, parseChineseNumber, parseHeadCount } from '../../src/lib/numerals';

describe('parseChineseNumber', () => {
	it.each([
		// boundaries first
		['〇', 0],
		['零', 0],
		['一', 1],
		['九', 9],
		['十', 10],
		['十一', 11],
		['十九', 19],
		['二十', 20],
		['九十九', 99],
		['0', 0],
		['12', 12],
		['999', 999],
		// ordinary values and variants
		['两', 2],
		['十五', 15],
		['一十', 10],
		['二十三', 23],
		['两十', 20],
		['五十', 50],
	])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));

	it.each(['', '百', '一百', '十十', '二十十', '一二', '十两', '十〇', '〇一', 'abc', '1二', ' 一', '一 '])('rejects %j', (s) =>
		expect(parseChineseNumber(s)).toBeNaN()
	);
});

describe('parseChineseDigits (years and dates)', () => {
	it.each([
		['〇〇〇〇', 0],
		['二〇一九', 2019],
		['二零二三', 2023],
		['一九九九', 1999],
		['九', 9],
		['十二', 12],
		['三十一', 31],
	])('%s → %d', (s, n) => expect(parseChineseDigits(s)).toBe(n));

	it.each(['二〇一', '二〇一九〇', '二十〇'])('rejects %j', (s) => expect(parseChineseDigits(s)).toBeNaN());
});

describe('parseHeadCount (people counted as they are said)', () => {
	it.each([
		// the spoken forms first, then what parseChineseNumber already reads
		['俩', 2],
		['仨', 3],
		['两', 2],
		['十二', 12],
		['52', 52],
	])('%s → %d', (s, n) => expect(parseHeadCount(s)).toBe(n));

	// Approximate counts have no one number.
	it.each(['俩仨', '十来', '五六', '三十多', ''])('rejects %j', (s) => expect(parseHeadCount(s)).toBeNaN());
});
