/** The one 文号 definition: schema (canonical form), citation finder and importer (loose input). */
import { describe, expect, it } from 'vitest';
import {
	DOC_NUMBER_IN_TEXT,
	findDocNumber,
	isCanonicalDocNumber,
	normaliseDocNumber,
	opensWithBracketedDocNumber,
} from '../../src/lib/doc-number';

describe('isCanonicalDocNumber (the frontmatter form)', () => {
	it.each([
		// boundaries: one-character code, earliest/latest year, one- and four-digit serials, CJK extension A
		['中〔1900〕1号', true],
		['中办发〔2099〕9999号', true],
		['中办发〔2015〕51号', true],
		['晋科社行党发〔2019〕5号', true],
		['㐀办〔2015〕1号', true],
		['中办发〔1899〕1号', false],
		['中办发〔2100〕1号', false],
		['中办发〔2015〕10000号', false],
		['中办发〔2015〕051号', false],
		['中办发[2015]51号', false],
		['中办发［2015］51号', false],
		['中办发（2015）51号', false],
		['中办发 〔2015〕51号', false],
		['中办发〔2015〕51', false],
		['〔2015〕51号', false],
		['ZB〔2015〕51号', false],
		['', false],
	])('%j → %s', (value, ok) => expect(isCanonicalDocNumber(value)).toBe(ok));
});

describe('normaliseDocNumber (any accepted spelling → canonical)', () => {
	it.each([
		['中办发〔2015〕51号', '中办发〔2015〕51号'],
		['中办发 〔2015〕 51 号', '中办发〔2015〕51号'],
		['中办发[2015]51号', '中办发〔2015〕51号'],
		['中办发［2015］051号', '中办发〔2015〕51号'],
		['中办发﹝2015﹞51号', '中办发〔2015〕51号'],
		['中办发\u3000〔2015〕51号', '中办发〔2015〕51号'],
	])('%j → %j', (raw, expected) => expect(normaliseDocNumber(raw)).toBe(expected));

	it.each(['中办发〔2015〕51', '〔2015〕51号', '中办发〔15〕51号', '× × 字〔 〕号', '中办发（2015）51号', '中办发〔2015〕51号文'])(
		'%j is no 文号',
		(raw) => expect(normaliseDocNumber(raw)).toBeUndefined()
	);
});

describe('findDocNumber / DOC_NUMBER_IN_TEXT (running text)', () => {
	it.each([
		['（中办发〔2015〕51号 2015年9月29日）', '中办发〔2015〕51号'],
		['(中组发〔2000〕10号2000年7月21日)', '中组发〔2000〕10号'],
		['晋办发[2017]55号', '晋办发〔2017〕55号'],
		['没有文号', undefined],
		['工作要点（2023）1号', undefined],
	])('first in %j → %j', (text, expected) => expect(findDocNumber(text)).toBe(expected));

	it('finds every 文号 of a sentence', () => {
		const text = '根据中办发〔2015〕51号和民函〔2016〕257号精神';
		expect([...text.matchAll(DOC_NUMBER_IN_TEXT)].map((m) => m[0])).toEqual(['根据中办发〔2015〕51号', '和民函〔2016〕257号']);
	});
});

describe('opensWithBracketedDocNumber (the “（文号 日期）” line under a title)', () => {
	it.each([
		['（中办发〔2015〕51号 2015年9月29日）', true],
		['(中组发〔2000〕10号2000年7月21日)', true],
		['（ 中办发[2015]51号）', true],
		['中办发〔2015〕51号', false],
		['（一）中办发〔2015〕51号', false],
		['（2015年9月29日）', false],
		['', false],
	])('%j → %s', (line, expected) => expect(opensWithBracketedDocNumber(line)).toBe(expected));
});
