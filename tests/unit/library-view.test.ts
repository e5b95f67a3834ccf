import { describe, expect, it } from 'vitest';
import {
	clampPage,
	decodeIndex,
	pageBounds,
	encodeIndex,
	pageCount,
	pageSlice,
	pageSummary,
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

/** The ids on each page of a newest-first list, page 1 first. */
const pagesOf = (ids: readonly string[]) => Array.from({ length: pageCount(ids.length) }, (_, i) => pageSlice(ids, i + 1));
/** `n` ids, newest first: t<n> … t1. */
const list = (n: number) => Array.from({ length: n }, (_, i) => `t${n - i}`);
/** Pages whose rows differ between two listings (a page that appears or goes counts too). */
const changedPages = (before: string[][], after: string[][]) =>
	Array.from({ length: Math.max(before.length, after.length) }, (_, i) => i + 1).filter(
		(p) => JSON.stringify(before[p - 1]) !== JSON.stringify(after[p - 1])
	);

describe('pagination (cut from the oldest end)', () => {
	it.each([
		// texts, pages, rows on each page (page 1 first)
		[0, 1, [0]],
		[1, 1, [1]],
		[49, 1, [49]],
		[50, 1, [50]],
		[51, 1, [51]],
		[99, 1, [99]],
		[100, 2, [50, 50]],
		[101, 2, [51, 50]],
		[149, 2, [99, 50]],
		[150, 3, [50, 50, 50]],
	])('%i texts → %i pages of %j rows', (n, pages, rows) => {
		expect(pageCount(n)).toBe(pages);
		expect(pagesOf(list(n)).map((p) => p.length)).toEqual(rows);
	});

	it('lists every text once, in order, whatever the count', () => {
		for (const n of [0, 1, 50, 51, 99, 100, 101, 149, 150, 151, 2001]) expect(pagesOf(list(n)).flat()).toEqual(list(n));
	});

	it('keeps the oldest page full and every page but the first at 50 rows', () => {
		const pages = pagesOf(list(2001));
		expect(pages).toHaveLength(40);
		expect(pages[0]).toHaveLength(51);
		expect(pages.slice(1).every((p) => p.length === 50)).toBe(true);
		expect(pages.at(-1)).toEqual(list(50));
	});

	it.each([
		// texts before, where the new text goes (its place in the newest-first list), pages whose rows change
		['newest, 2 pages', 120, 0, [1]],
		['newest, 40 pages', 2000, 0, [1]],
		['newest, filling page 1 to 99', 148, 0, [1]],
		['newest, one text too many for one page: every page moves', 149, 0, [1, 2, 3]],
		['oldest: every page moves', 2000, 2000, Array.from({ length: 40 }, (_, i) => i + 1)],
		['middle: the pages above it move, those below keep their rows', 2000, 1000, Array.from({ length: 20 }, (_, i) => i + 1)],
		['just below page 1', 2000, 60, [1, 2]],
	])('adding one text (%s) changes only the pages above its place', (_, n, at, changed) => {
		const before = list(n);
		const after = [...before.slice(0, at), 'new', ...before.slice(at)];
		expect(changedPages(pagesOf(before), pagesOf(after))).toEqual(changed);
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

	it.each([
		// texts, page asked for, [start, end)
		[0, 1, [0, 0]],
		[120, 1, [0, 70]],
		[120, 2, [70, 120]],
		[120, 9, [70, 120]],
		[120, 0, [0, 70]],
		[120, NaN, [0, 70]],
	])('%i texts, page %d → rows %j', (n, page, bounds) => {
		expect(pageBounds(n, page)).toEqual(bounds);
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

describe('pageSummary', () => {
	it.each([
		['dated rows, newest first', ['2019-03-02', '2018-11'], '第 2 / 3 页，本页 2 篇，发文日期 2019年3月2日—2018年11月'],
		['one date', ['2019-03-02', '2019-03-02'], '第 2 / 3 页，本页 2 篇，发文日期 2019年3月2日'],
		['with texts without a date', ['2001', '不详', '不详'], '第 2 / 3 页，本页 3 篇，发文日期 2001年，另有 2 篇日期不详'],
		['only texts without a date', ['不详'], '第 2 / 3 页，本页 1 篇，日期均不详'],
		['no rows', [], '第 2 / 3 页，本页 0 篇'],
	])('%s', (_, dates, expected) => {
		expect(
			pageSummary(
				2,
				3,
				dates.map((d, i) => item(String(i), d))
			)
		).toBe(expected);
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
