import { describe, expect, it } from 'vitest';
import {
	applyState,
	timelineGroups,
	countFacets,
	emptyFilters,
	emptyState,
	facetOptions,
	facetPages,
	facetPath,
	facetValues,
	isPathSafe,
	matches,
	sortItems,
	stateFromQuery,
	stateToQuery,
	toggleValue,
	type FacetKey,
	type LibraryItem,
	type LibraryState,
	isCurrent,
	matchesKeywords,
	searchItems,
	FACETS,
} from '../../src/lib/library';
import { SEARCH_FACETS } from '../../src/lib/facets';
import { parsePartialDate } from '../../src/lib/schema/partial-date';
import { DOC_TYPES, LEVELS, STATUSES } from '../../src/lib/schema/policy';

const orders = { level: LEVELS, docType: DOC_TYPES, status: STATUSES };

const item = (id: string, issued: string, over: Partial<LibraryItem> = {}): LibraryItem => ({
	id,
	title: id,
	issuers: ['甲机关'],
	issued: parsePartialDate(issued)!,
	level: '省级',
	docType: '通知',
	status: '现行',
	topics: [],
	...over,
});

const corpus: LibraryItem[] = [
	item('c2015', '2015-09-29', { level: '中央', issuers: ['中共中央办公厅'], docType: '意见', topics: ['组织设置'] }),
	item('k2019', '2019-06-25', { level: '中国科协', issuers: ['中共中国科协党组'], topics: ['组织设置', '党员管理'] }),
	item('p2019', '2019-10-21', { level: '省级', issuers: ['甲机关', '乙机关'], topics: ['党员管理'] }),
	item('p2018', '2018-05', { level: '省级', docType: '意见', status: '试行' }),
	item('m-unknown', '不详', { level: '市级', issuers: ['平顶山市科协'], docType: '意见', status: '不详' }),
];
const ids = (xs: readonly LibraryItem[]) => xs.map((x) => x.id);
const withFilters = (
	f: Partial<Record<FacetKey, string[]>>,
	sort: LibraryState['sort'] = 'desc',
	over: Partial<LibraryState> = {}
): LibraryState => ({
	...emptyState(),
	filters: { ...emptyFilters(), ...f },
	sort,
	...over,
});

describe('facetValues', () => {
	it.each([
		['level', 'p2019', ['省级']],
		['issuer', 'p2019', ['甲机关', '乙机关']],
		['year', 'p2019', ['2019']],
		['year', 'm-unknown', ['不详']],
		['docType', 'c2015', ['意见']],
		['status', 'p2018', ['试行']],
		['topic', 'k2019', ['组织设置', '党员管理']],
		['topic', 'p2018', []],
	] as const)('%s of %s → %j', (key, id, expected) => {
		expect(
			facetValues(
				corpus.find((c) => c.id === id)!,
				key
			)
		).toEqual(expected);
	});
});

describe('sortItems', () => {
	it.each([
		['desc', ['p2019', 'k2019', 'p2018', 'c2015', 'm-unknown']],
		['asc', ['c2015', 'p2018', 'k2019', 'p2019', 'm-unknown']],
	] as const)('%s → %j (unknown dates last)', (order, expected) => {
		expect(ids(sortItems(corpus, order))).toEqual(expected);
	});

	it('breaks ties by title and does not mutate its input', () => {
		const input = [item('b', '2020'), item('a', '2020')];
		expect(ids(sortItems(input))).toEqual(['a', 'b']);
		expect(ids(input)).toEqual(['b', 'a']);
	});
});

describe('matches / applyState', () => {
	it.each([
		[{}, ['p2019', 'k2019', 'p2018', 'c2015', 'm-unknown']],
		[{ level: ['省级'] }, ['p2019', 'p2018']],
		[{ level: ['省级', '中央'] }, ['p2019', 'p2018', 'c2015']],
		[{ level: ['省级'], year: ['2019'] }, ['p2019']],
		[{ year: ['不详'] }, ['m-unknown']],
		[{ issuer: ['乙机关'] }, ['p2019']],
		[{ topic: ['组织设置'] }, ['k2019', 'c2015']],
		[{ topic: ['组织设置', '党员管理'], docType: ['通知'] }, ['p2019', 'k2019']],
		[{ level: ['中央'], status: ['试行'] }, []],
		[{ level: ['无此层级'] }, []],
	] as [Partial<Record<FacetKey, string[]>>, string[]][])('%j → %j', (filters, expected) => {
		expect(ids(applyState(corpus, withFilters(filters)))).toEqual(expected);
	});

	it('sorts oldest first when asked', () => {
		expect(ids(applyState(corpus, withFilters({ level: ['省级'] }, 'asc')))).toEqual(['p2018', 'p2019']);
	});

	it('can ignore one facet', () => {
		const f = withFilters({ level: ['中央'], year: ['2019'] }).filters;
		expect(matches(corpus[1]!, f)).toBe(false);
		expect(matches(corpus[1]!, f, 'level')).toBe(true);
	});
});

describe('countFacets', () => {
	it('counts every value without filters, in display order', () => {
		const c = countFacets(corpus, emptyFilters(), orders);
		expect(c.level).toEqual([
			{ value: '中央', count: 1 },
			{ value: '中国科协', count: 1 },
			{ value: '省级', count: 2 },
			{ value: '市级', count: 1 },
		]);
		expect(c.year.map((y) => y.value)).toEqual(['2019', '2018', '2015', '不详']);
		expect(c.year[0]).toEqual({ value: '2019', count: 2 });
		expect(c.status.map((s) => s.value)).toEqual(['现行', '试行', '不详']);
		expect(c.docType.map((s) => s.value)).toEqual(['意见', '通知']);
		expect(c.issuer[0]).toEqual({ value: '甲机关', count: 2 });
		expect(c.topic).toEqual([
			{ value: '党员管理', count: 2 },
			{ value: '组织设置', count: 2 },
		]);
	});

	it("applies the other facets' filters but not the facet's own", () => {
		const c = countFacets(corpus, withFilters({ level: ['省级'] }).filters, orders);
		// Level counts ignore the level filter: ticking 中央 too would add one text.
		expect(c.level.find((v) => v.value === '中央')!.count).toBe(1);
		expect(c.level.find((v) => v.value === '省级')!.count).toBe(2);
		// Other facets only count 省级 texts; values stay listed with 0.
		expect(c.year).toEqual([
			{ value: '2019', count: 1 },
			{ value: '2018', count: 1 },
			{ value: '2015', count: 0 },
			{ value: '不详', count: 0 },
		]);
	});

	it('counts match the filtered list when a value is ticked', () => {
		const state = withFilters({ docType: ['意见'] });
		const c = countFacets(corpus, state.filters);
		for (const { value, count } of c.level) {
			expect(applyState(corpus, toggleValue(state, 'level', value, true)).length).toBe(count);
		}
	});
});

describe('facetOptions', () => {
	it('lists every value without counts: schema order, years newest first, the rest by name', () => {
		const o = facetOptions(corpus, orders);
		expect(o.level).toEqual([{ value: '中央' }, { value: '中国科协' }, { value: '省级' }, { value: '市级' }]);
		expect(o.year.map((y) => y.value)).toEqual(['2019', '2018', '2015', '不详']);
		// By name (pinyin), not by how many texts have the value.
		expect(o.issuer.map((y) => y.value)).toEqual(['甲机关', '平顶山市科协', '乙机关', '中共中国科协党组', '中共中央办公厅']);
		expect(o.topic.map((y) => y.value)).toEqual(['党员管理', '组织设置']);
	});

	it.each([
		['a text whose values all occur already', item('new', '2019-12', { issuers: ['乙机关'], topics: ['组织设置'] }), false],
		['more texts of the least used issuer', item('new', '2019-12', { issuers: ['平顶山市科协'] }), false],
		['a new issuer', item('new', '2019-12', { issuers: ['丙机关'] }), true],
		['a new year', item('new', '2021-01'), true],
	])('adding %s changes them: %s', (_, added, changes) => {
		const more = [...corpus, added, added];
		expect(JSON.stringify(facetOptions(more, orders)) !== JSON.stringify(facetOptions(corpus, orders))).toBe(changes);
	});
});

describe('URL query ⇄ state', () => {
	it.each([
		['', emptyState()],
		['?level=省级', withFilters({ level: ['省级'] })],
		['?level=省级&year=2019&sort=asc', withFilters({ level: ['省级'], year: ['2019'] }, 'asc')],
		['level=省级&level=中央', withFilters({ level: ['省级', '中央'] })],
		['?level=省级&level=省级', withFilters({ level: ['省级'] })],
		['?foo=bar&level=&sort=sideways', emptyState()],
		['?topic=%E7%BB%84%E7%BB%87%E8%AE%BE%E7%BD%AE', withFilters({ topic: ['组织设置'] })],
		['?sort=desc', emptyState()],
		['?q=%20换届%20&current=1', withFilters({}, 'desc', { q: '换届', current: true })],
		['?current=yes&q=', emptyState()],
		['?page=3', withFilters({}, 'desc', { page: 3 })],
		['?page=0', emptyState()],
		['?page=-2', emptyState()],
		['?page=2.5', emptyState()],
		['?page=abc', emptyState()],
	] as [string, LibraryState][])('%s', (query, expected) => {
		expect(stateFromQuery(query)).toEqual(expected);
	});

	it.each([
		[emptyState(), ''],
		[withFilters({}, 'asc'), '?sort=asc'],
		[withFilters({ year: ['2019'], level: ['省级'] }, 'asc'), '?level=%E7%9C%81%E7%BA%A7&year=2019&sort=asc'],
		[
			withFilters({ level: ['省级'] }, 'desc', { q: ' 换届 ', current: true, page: 2 }),
			'?q=%E6%8D%A2%E5%B1%8A&current=1&level=%E7%9C%81%E7%BA%A7&page=2',
		],
	] as [LibraryState, string][])('%j → %s', (state, query) => {
		expect(stateToQuery(state)).toBe(query);
	});

	it('round-trips', () => {
		const states = [
			withFilters({ level: ['省级', '市级'], issuer: ['中共中央办公厅'], topic: ['a&b=c'] }, 'asc'),
			withFilters({ year: ['不详'], status: ['历史年度文件'], docType: ['工作要点'] }),
			withFilters({}, 'asc', { q: '中办发〔2015〕51号', current: true, page: 4 }),
		];
		for (const s of states) expect(stateFromQuery(stateToQuery(s))).toEqual(s);
	});

	it('toggleValue adds and removes without touching the input', () => {
		const s0 = emptyState();
		const s1 = toggleValue(s0, 'level', '省级', true);
		const s2 = toggleValue(s1, 'level', '中央', true);
		expect(s2.filters.level).toEqual(['省级', '中央']);
		expect(toggleValue(s2, 'level', '省级', false).filters.level).toEqual(['中央']);
		expect(toggleValue(s2, 'level', '省级', true).filters.level).toEqual(['中央', '省级']);
		expect(s0.filters.level).toEqual([]);
	});
});

describe('static facet pages', () => {
	it('one page per value, listing exactly the matching texts', () => {
		const pages = facetPages(corpus, orders);
		const find = (key: FacetKey, value: string) => pages.find((p) => p.key === key && p.value === value);
		expect(ids(find('level', '省级')!.items)).toEqual(['p2019', 'p2018']);
		expect(ids(find('year', '不详')!.items)).toEqual(['m-unknown']);
		expect(ids(find('issuer', '乙机关')!.items)).toEqual(['p2019']);
		expect(find('level', '中央部门')).toBeUndefined();
		const total = countFacets(corpus);
		expect(pages.length).toBe(Object.values(total).reduce((n, vs) => n + vs.length, 0));
	});

	it.each<{ name: string; items: LibraryItem[] }>([
		{ name: 'the corpus above', items: corpus },
		{
			name: 'ties of date and title, repeated issuers and topics, texts without a date',
			items: [
				item('b', '2020-05-01', { title: '同名', issuers: ['甲机关', '甲机关', '乙机关'], topics: ['换届', '党费'] }),
				item('a', '2020-05-01', { title: '同名', issuers: ['乙机关'], topics: ['换届'] }),
				item('c', '2020-05-01', { title: '另一篇', issuers: ['甲机关'] }),
				item('d', '2020', { issuers: ['乙机关'], topics: ['党费'] }),
				item('e', '不详', { issuers: ['甲机关'] }),
				item('f', '2021-01-02', { level: '省级', issuers: ['丙机关'] }),
			],
		},
	])("facetPages: each value's texts are exactly those with it, sorted as sortItems sorts them ($name)", ({ items }) => {
		for (const complete of [[], ['level']] as FacetKey[][]) {
			for (const page of facetPages(items, orders, complete)) {
				expect(ids(page.items), `${page.key} ${page.value}`).toEqual(
					ids(sortItems(items.filter((x) => facetValues(x, page.key).includes(page.value))))
				);
			}
		}
	});

	it.each([
		['level', '省级', '/library/level/省级/'],
		['year', '2019', '/library/year/2019/'],
		['docType', '通知', '/library/docType/通知/'],
	] as const)('facetPath(%s, %s) = %s', (key, value, path) => {
		expect(facetPath(key, value)).toBe(path);
	});

	it.each([
		['省级', true],
		['中共中央办公厅', true],
		['a/b', false],
		['..', false],
		['', false],
		['50%', false],
	])('isPathSafe(%j) = %s', (value, safe) => {
		expect(isPathSafe(value)).toBe(safe);
	});

	it('leaves out values that cannot be a path segment', () => {
		const pages = facetPages([item('x', '2020', { issuers: ['甲/乙'] })]);
		expect(pages.some((p) => p.key === 'issuer')).toBe(false);
	});
});

describe('timelineGroups', () => {
	it('groups a page of texts (newest first) by year, texts without a date apart', () => {
		const g = timelineGroups(sortItems([...corpus, item('c-unknown', '不详', { level: '中央' })]));
		expect(g.years.map((y) => [y.year, ids(y.items)])).toEqual([
			[2019, ['p2019', 'k2019']],
			[2018, ['p2018']],
			[2015, ['c2015']],
		]);
		expect(ids(g.unknown)).toEqual(['c-unknown', 'm-unknown']);
		expect(timelineGroups([])).toEqual({ years: [], unknown: [] });
	});
});

describe('keyword filter', () => {
	const texts = [
		item('a', '2015', { title: '关于加强社会组织党的建设工作的意见（试行）', docNumber: '中办发〔2015〕51号' }),
		item('b', '2019', { title: '换届选举工作办法', docNumber: undefined }),
	];
	it.each([
		['', ['a', 'b']],
		['   ', ['a', 'b']],
		['换届', ['b']],
		['社会组织 意见', ['a']],
		['社会组织 换届', []],
		['中办发〔2015〕51号', ['a']],
		['中办发[2015]51号', ['a']],
		['中办发（2015）51 号', ['a']],
		['2015 51', ['a']],
		['无此词', []],
	])('%j → %j', (q, expected) => {
		expect(ids(texts.filter((t) => matchesKeywords(t, q)))).toEqual(expected);
	});
});

describe('只看现行', () => {
	it.each([
		[{ status: '现行' }, true],
		[{ status: '试行' }, true],
		[{ status: '不详' }, true],
		[{ status: '已废止' }, false],
		[{ status: '历史年度文件' }, false],
		[{ status: '现行', superseded: true }, false],
	])('%j → %s', (over, expected) => {
		expect(isCurrent(over)).toBe(expected);
	});

	it('applies with the keyword before the facets, and the counts follow', () => {
		const texts = [...corpus, item('old', '2010', { superseded: true, topics: ['组织设置'] })];
		const state = withFilters({}, 'desc', { current: true });
		expect(ids(applyState(texts, state))).not.toContain('old');
		const counts = countFacets(searchItems(texts, state), state.filters);
		expect(counts.year.some((c) => c.value === '2010' && c.count > 0)).toBe(false);
		expect(counts.topic.find((c) => c.value === '组织设置')?.count).toBe(2);
	});
});

describe('facet pages for fixed links', () => {
	it('gives every level a page when asked, empty ones included', () => {
		const pages = facetPages(corpus, orders, ['level']);
		expect(pages.filter((p) => p.key === 'level').map((p) => p.value)).toEqual([...LEVELS]);
		expect(pages.find((p) => p.key === 'level' && p.value === '中央部门')!.items).toEqual([]);
	});
});

describe('one facet definition', () => {
	it('the search page filters by the library facets, in the same order, less the ones Pagefind does not index', () => {
		expect(SEARCH_FACETS.map((f) => f.key)).toEqual(FACETS.map((f) => f.key).filter((k) => k !== 'topic'));
	});
});
