import { describe, expect, it } from 'vitest';
import {
	hasNonSimplified,
	normaliseQuery,
	numeralVariants,
	parseDocNumberQuery,
	widthNormalise,
	type SearchDictionary,
} from '../../src/lib/search/normalise';
import { issuersFor } from '../../src/lib/search/issuers';
import { chineseNumeral, parseChineseNumber } from '../../src/lib/numerals';

const DICT: SearchDictionary = {
	docs: [
		{
			id: 'zb',
			url: '/policies/zb/',
			title: '中共中央办公厅关于加强社会组织党的建设工作的意见（试行）',
			docNumber: '中办发〔2015〕51号',
			aliases: [],
		},
		{ id: 'zz', url: '/policies/zz/', title: '中组部通知', docNumber: '中组发〔2000〕10号', aliases: [] },
		{
			id: 'qh',
			url: '/policies/qh/',
			title: '青海省科技社团党组织工作指南（试行）',
			aliases: ['青海指南'],
		},
		{
			id: 'sx',
			url: '/policies/sx/',
			title: '山西通知',
			docNumber: '晋科社行党发〔2019〕5号',
			aliases: [],
		},
	],
	issuers: ['中共中央办公厅', '中共中央组织部', '青海省科技社团党委', '中共山西省科技类社会组织行业委员会', '青海省科协'],
	terms: [{ id: 'yjjj', term: '应建尽建', aliases: ['应建必建'], source: { id: 'zb', url: '/policies/zb/#s1' } }],
};

describe('widthNormalise', () => {
	it.each([
		['', ''],
		['２０１９', '2019'],
		['ＡＢｃ', 'ABc'],
		['换届\u3000差额', '换届 差额'],
		// Chinese punctuation is the source's own: kept, and the length never changes.
		['组织关系的，可设立（试行）。', '组织关系的，可设立（试行）。'],
	])('%j → %j', (input, output) => {
		expect(widthNormalise(input)).toBe(output);
		expect(widthNormalise(input).length).toBe(input.length);
	});
});

describe('hasNonSimplified', () => {
	it.each([
		['', false],
		['党支部', false],
		['3人以上', false],
		['黨支部', true],
		['黨費繳納', true],
		['換屆', true],
	])('%j → %s', (q, yes) => {
		expect(hasNonSimplified(q)).toBe(yes);
	});
});

describe('chineseNumeral', () => {
	it.each([
		[0, '零'],
		[3, '三'],
		[10, '十'],
		[12, '十二'],
		[20, '二十'],
		[99, '九十九'],
		[100, '100'],
	])('%d → %s', (n, s) => {
		expect(chineseNumeral(n)).toBe(s);
		if (n <= 99) expect(parseChineseNumber(s)).toBe(n);
	});
});

describe('numeralVariants', () => {
	it('has no variants without a count', () => {
		expect(numeralVariants('换届')).toEqual(['换届']);
	});
	it.each(['三人以上', '3人以上', '三名以上', '3名以上'])('%s covers every spelling', (q) => {
		expect(numeralVariants(q)).toEqual(expect.arrayContaining(['三人以上', '3人以上', '三名以上', '3名以上']));
	});
	it('never gives more than eight', () => {
		expect(numeralVariants('3人5人7人').length).toBeLessThanOrEqual(8);
	});
});

describe('parseDocNumberQuery', () => {
	it.each([
		['中办发〔2015〕51号', '中办发〔2015〕51号'],
		['中办发(2015)51号', '中办发〔2015〕51号'],
		['中办发[2015]51号', '中办发〔2015〕51号'],
		['中办发【2015】51号', '中办发〔2015〕51号'],
		['中办发（2015）51', '中办发〔2015〕51号'],
		['中办发〔2015年〕51号', '中办发〔2015〕51号'],
		['中办发2015年51号', '中办发〔2015〕51号'],
		['中办发 〔2015〕 51 号', '中办发〔2015〕51号'],
		['中办发（２０１５）５１号', '中办发〔2015〕51号'],
		['中办发〔2015〕051号', '中办发〔2015〕51号'],
		['换届', undefined],
		['2015', undefined],
		['中办发〔1815〕51号', undefined],
	])('%j → %j', (q, canonical) => {
		expect(parseDocNumberQuery(q)).toBe(canonical);
	});
});

describe('issuersFor', () => {
	it.each([
		['中组部', ['中共中央组织部']],
		['中办', ['中共中央办公厅']],
		['省科协', ['青海省科协']],
		['换届', []],
	])('%s', (abbr, names) => {
		expect(issuersFor(abbr, DICT.issuers)).toEqual(names);
	});
});

describe('normaliseQuery', () => {
	it('splits words on any whitespace and keeps a count with its measure word', () => {
		const q = normaliseQuery(' 3 名以上\u3000党员 ', DICT);
		expect(q.parts.map((p) => p.text)).toEqual(['3名以上', '党员']);
		expect(q.parts[0]!.variants).toContain('三人以上');
	});

	it('recognises a 文号 in any spelling and targets its document', () => {
		const q = normaliseQuery('中办发(2015)51号', DICT);
		expect(q.docNumber).toBe('中办发〔2015〕51号');
		expect(q.targets).toEqual(['/policies/zb/']);
		expect(q.display).toBe('中办发〔2015〕51号');
	});

	it('reads “51号文” as the document with that serial number', () => {
		const q = normaliseQuery('51号文', DICT);
		expect(q.targets).toEqual(['/policies/zb/']);
		expect(q.parts).toEqual([]);
		expect(q.searches).toContain('中办发〔2015〕51号');
	});

	it('reads a nickname from the aliases and searches by the title', () => {
		const q = normaliseQuery('青海指南', DICT);
		expect(q.targets).toEqual(['/policies/qh/']);
		expect(q.searches).toContain('青海省科技社团党组织工作指南（试行）');
		expect(q.parts).toEqual([]);
	});

	it('turns an issuer abbreviation into that issuer', () => {
		const q = normaliseQuery('中组部 社会团体', DICT);
		expect(q.issuers).toEqual(['中共中央组织部']);
		expect(q.parts.map((p) => p.text)).toEqual(['社会团体']);
	});

	it('converts traditional characters with the converter it is given', () => {
		const q = normaliseQuery('黨支部', DICT, (s) => s.replace('黨', '党'));
		expect(q.display).toBe('党支部');
		expect(q.searches).toEqual(['党支部']);
	});

	it('recognises a glossary alias and also looks for the term as written', () => {
		const q = normaliseQuery('应建必建', DICT);
		expect(q.term?.id).toBe('yjjj');
		// The card names the defining text by its title, taken from the documents (not stored twice).
		expect(q.term?.source.title).toBe(DICT.docs[0]!.title);
		expect(q.parts[0]!.variants).toEqual(['应建必建', '应建尽建']);
		expect(q.searches).toContain('应建尽建');
	});

	it('an empty query has no parts and no searches', () => {
		expect(normaliseQuery('   ', DICT)).toMatchObject({ parts: [], searches: [], targets: [] });
	});
});
