import { describe, expect, it } from 'vitest';
import { facetCount, facetValues, readSearchParams, relatedTerms, withTextFragment, writeSearchParams } from '../../src/lib/search/facets';

describe('search URL state', () => {
	it.each([
		['', { query: '', filters: {} }],
		['q=三会一课', { query: '三会一课', filters: {} }],
		['q=换届&level=省级&level=市级', { query: '换届', filters: { level: ['省级', '市级'] } }],
		['q=换届&level=省级&level=省级&unknown=x', { query: '换届', filters: { level: ['省级'] } }],
		['level=', { query: '', filters: {} }],
	])('%s', (search, expected) => {
		expect(readSearchParams(new URLSearchParams(search))).toEqual(expected);
	});

	it('round-trips', () => {
		const params = writeSearchParams(' 差额 ', { docType: ['通知'], year: ['2019'] });
		expect(readSearchParams(params)).toEqual({ query: '差额', filters: { docType: ['通知'], year: ['2019'] } });
	});
});

describe('withTextFragment', () => {
	it.each([
		['/policies/x/#s2-c1', '三会一课', '/policies/x/#s2-c1:~:text=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE'],
		['/policies/x/', 'a-b', '/policies/x/#:~:text=a%2Db'],
		['/policies/x/', '', '/policies/x/'],
	])('%s + %s', (url, text, expected) => {
		expect(withTextFragment(url, text)).toBe(expected);
	});
});

describe('relatedTerms', () => {
	const terms = [
		{ term: '三会一课', id: 'sanhui-yike' },
		{ term: '主题党日', id: 'zhuti-dangri' },
	];
	it.each([
		['三会', ['sanhui-yike']],
		['党日活动', ['zhuti-dangri']],
		['三', []],
		['无关', []],
		// Runs within a word only: 关三 is not a run of “无关 三会”.
		['无关 三会', ['sanhui-yike']],
		['会主', []],
		// More shared runs first.
		['三会 主题党日', ['zhuti-dangri', 'sanhui-yike']],
	])('%s', (query, ids) => {
		expect(relatedTerms(query, terms).map((t) => t.id)).toEqual(ids);
	});
});

describe('facet counts from the counts’ own entries only', () => {
	const counts = { level: { 省级: 3, 中央: 2, 市级: 0 }, issuer: { 中共中央办公厅: 1 } };
	it.each([
		['level', '省级', 3],
		['level', '市级', 0],
		['level', '__proto__', 0],
		['level', 'constructor', 0],
		['level', 'toString', 0],
		['issuer', 'hasOwnProperty', 0],
		['__proto__', 'x', 0],
		['year', '2019', 0],
	])('%s=%s → %i', (key, value, n) => {
		expect(facetCount(counts, key, value)).toBe(n);
	});

	it('lists values with results and the ones selected (URL values such as __proto__ included, as values)', () => {
		const zh = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
		expect(facetValues(counts, 'level', { level: ['__proto__'] })).toEqual(zh(['__proto__', '省级', '中央']));
		expect(facetValues(counts, 'issuer', { issuer: ['constructor'] })).toEqual(zh(['constructor', '中共中央办公厅']));
		expect(facetValues(counts, 'year', {})).toEqual([]);
	});
});
