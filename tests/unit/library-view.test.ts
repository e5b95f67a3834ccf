import { describe, expect, it } from 'vitest';
import {
	clampPage,
	decodeIndex,
	encodeIndex,
	pageCount,
	pageSlice,
	pageWindow,
	paginationHtml,
	rowHtml,
	type IndexedItem,
} from '../../src/lib/library-view';
import { parsePartialDate } from '../../src/lib/schema/partial-date';

const item = (id: string, issued: string, over: Partial<IndexedItem> = {}): IndexedItem => ({
	id,
	title: `标题${id}`,
	shortTitle: `简称${id}`,
	issuers: ['甲机关'],
	issued: parsePartialDate(issued)!,
	level: '省级',
	docType: '通知',
	status: '现行',
	topics: [],
	...over,
});

describe('pagination', () => {
	it.each([
		[0, 1],
		[1, 1],
		[50, 1],
		[51, 2],
		[5000, 100],
	])('%i texts → %i pages', (n, pages) => {
		expect(pageCount(n)).toBe(pages);
	});

	it.each([
		[0, 3, 1],
		[-1, 3, 1],
		[NaN, 3, 1],
		[4, 3, 3],
		[2, 3, 2],
	])('page %d of %d → %d', (page, last, expected) => {
		expect(clampPage(page, last)).toBe(expected);
	});

	it('slices 50 a page and clamps past the end', () => {
		const xs = Array.from({ length: 120 }, (_, i) => i);
		expect(pageSlice(xs, 1)).toEqual(xs.slice(0, 50));
		expect(pageSlice(xs, 3)).toEqual(xs.slice(100));
		expect(pageSlice(xs, 9)).toEqual(xs.slice(100));
	});

	it.each([
		[1, 1, [1]],
		[1, 2, [1, 2]],
		[1, 7, [1, 2, 3, null, 7]],
		[4, 7, [1, 2, 3, 4, 5, 6, 7]],
		[50, 100, [1, null, 48, 49, 50, 51, 52, null, 100]],
		[100, 100, [1, null, 98, 99, 100]],
		[5, 100, [1, 2, 3, 4, 5, 6, 7, null, 100]],
	])('window around %i of %i', (current, last, expected) => {
		expect(pageWindow(current, last)).toEqual(expected);
	});

	it('renders plain links with the current page marked, none for a single page', () => {
		expect(paginationHtml(1, 1, (n) => `/l/${n}/`)).toBe('');
		const html = paginationHtml(2, 3, (n) => (n === 1 ? '/l/' : `/l/${n}/`));
		expect(html).toContain('<a href="/l/" rel="prev">上一页</a>');
		expect(html).toContain('<a href="/l/2/" aria-current="page">2</a>');
		expect(html).toContain('<a href="/l/3/" rel="next">下一页</a>');
	});
});

describe('rowHtml', () => {
	it('escapes the text and labels each cell for the card layout', () => {
		const html = rowHtml(
			item('x', '2019-09-03', { title: '<b>标题</b>', docNumber: '中办发〔2015〕51号', superseded: true }),
			(id) => `/p/${id}/`
		);
		expect(html).toContain('<a href="/p/x/">&lt;b&gt;标题&lt;/b&gt;</a>');
		expect(html).toContain('data-label="文号"');
		expect(html).toContain('<time datetime="2019-09-03">2019年9月3日</time>');
		expect(html).toContain('已被替代');
		expect(rowHtml(item('y', '不详'), (id) => id)).toContain('无文号');
	});
});

describe('compact index', () => {
	it('round-trips every field, dates of each precision and optional fields', () => {
		const items = [
			item('a', '2019-09-03', { docNumber: '中办发〔2015〕51号', issuers: ['甲机关', '乙机关'], topics: ['组织设置'] }),
			item('b', '2022-06', { superseded: true, level: '中央' }),
			item('c', '2020'),
			item('d', '不详', { status: '不详' }),
		];
		const encoded = encodeIndex(items);
		expect(decodeIndex(JSON.parse(JSON.stringify(encoded)))).toEqual(items);
		// Repeated strings are stored once.
		expect(encoded.strings.filter((s) => s === '甲机关')).toHaveLength(1);
	});
});
