/**
 * 文件库 facets and 时间线 grouping. Pure: no DOM, no Astro. The static pages and the
 * `<kb-library>` browser module (src/client/library.ts) both use these functions, so the listing with and without
 * JavaScript agree, and everything here is unit-tested without a build.
 */
// Type-only imports: the schema modules build zod schemas at load time, and this module is also
// bundled into the browser island, which must stay small. The schema's orders are passed in (ValueOrders).
import type { Level } from './schema/policy';
import type { PartialDate } from './dates';

/** What the library needs of a policy text (a subset of its frontmatter, plus the entry id). */
export interface LibraryItem {
	id: string;
	title: string;
	docNumber?: string;
	issuers: string[];
	issued: PartialDate;
	level: Level;
	docType: string;
	status: string;
	topics: string[];
	/** Another text of the corpus 修订/废止/替代 this one (from the supersession relations). */
	superseded?: boolean;
}

/** Statuses of texts that no longer bind: shown, but left out by 只看现行. */
export const NOT_IN_FORCE: readonly string[] = ['已废止', '历史年度文件'];

/** 只看现行: in force (现行, 试行, or status unknown) and not replaced by another text. */
export function isCurrent(item: Pick<LibraryItem, 'status' | 'superseded'>): boolean {
	return !item.superseded && !NOT_IN_FORCE.includes(item.status);
}

import { FACETS, type FacetKey } from './facets';

export { FACETS, type FacetKey };
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** Year facet value of a text without a date. */
export const UNKNOWN_YEAR = '不详';

export function isFacetKey(key: string): key is FacetKey {
	return (FACET_KEYS as readonly string[]).includes(key);
}

export function facetLabel(key: FacetKey): string {
	return FACETS.find((f) => f.key === key)!.label;
}

/** The values an item has for a facet; issuers and topics may be several. */
export function facetValues(item: LibraryItem, key: FacetKey): string[] {
	switch (key) {
		case 'level':
			return [item.level];
		case 'issuer':
			return [...new Set(item.issuers)];
		case 'year':
			return [item.issued.kind === 'unknown' ? UNKNOWN_YEAR : String(item.issued.year)];
		case 'docType':
			return [item.docType];
		case 'status':
			return [item.status];
		case 'topic':
			return [...new Set(item.topics)];
	}
}

// ---------------------------------------------------------------------------------------------
// Sorting

export type SortOrder = 'desc' | 'asc';
export const SORT_ORDERS: readonly SortOrder[] = ['desc', 'asc'];
export const SORT_LABELS: Record<SortOrder, string> = { desc: '日期由近及远', asc: '日期由远及近' };

/** By date (newest first for `desc`, oldest first for `asc`); texts without a date always last, ties by title. */
export function sortItems<T extends LibraryItem>(items: readonly T[], order: SortOrder = 'desc'): T[] {
	return [...items].sort((a, b) => {
		const ua = a.issued.kind === 'unknown';
		const ub = b.issued.kind === 'unknown';
		if (ua !== ub) return ua ? 1 : -1;
		if (!ua && !ub) {
			const ka = a.issued.kind === 'date' ? a.issued.iso : '';
			const kb = b.issued.kind === 'date' ? b.issued.iso : '';
			if (ka !== kb) return (ka < kb ? -1 : 1) * (order === 'desc' ? -1 : 1);
		}
		return a.title.localeCompare(b.title, 'zh-CN') || a.id.localeCompare(b.id);
	});
}

// ---------------------------------------------------------------------------------------------
// Filter state

export type Filters = Record<FacetKey, string[]>;

export interface LibraryState {
	filters: Filters;
	sort: SortOrder;
	/** Title/文号 keywords as typed; every word must occur (see `matchesKeywords`). */
	q: string;
	/** 只看现行. */
	current: boolean;
	/** 1-based page of the filtered list. */
	page: number;
}

export function emptyFilters(): Filters {
	return { level: [], issuer: [], year: [], docType: [], status: [], topic: [] };
}

export function emptyState(): LibraryState {
	return { filters: emptyFilters(), sort: 'desc', q: '', current: false, page: 1 };
}

export function hasFilters(state: LibraryState): boolean {
	return state.q.trim() !== '' || state.current || FACET_KEYS.some((key) => state.filters[key].length > 0);
}

/**
 * Text compared by the keyword filter: brackets and spaces dropped, Latin letters lower-cased, so
 * 中办发[2015]51号, 中办发〔2015〕51号 and 中办发（2015）51 号 all find the same 文号.
 */
export function keywordText(text: string): string {
	return text.replace(/[\s\[\]【】〔〕()（）〈〉]/g, '').toLowerCase();
}

/** Every whitespace-separated word of `q` occurs in the title or the 文号. An empty query matches all. */
export function matchesKeywords(item: Pick<LibraryItem, 'title' | 'docNumber'>, q: string): boolean {
	const words = q.split(/\s+/).map(keywordText).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = keywordText(`${item.title}${item.docNumber ?? ''}`);
	return words.every((w) => haystack.includes(w));
}

/** Returns a new state with `value` of facet `key` switched on or off. */
export function toggleValue(state: LibraryState, key: FacetKey, value: string, on: boolean): LibraryState {
	const current = state.filters[key].filter((v) => v !== value);
	return { ...state, filters: { ...state.filters, [key]: on ? [...current, value] : current } };
}

/**
 * Whether an item passes the filters: values of one facet are alternatives (OR), facets combine (AND).
 * `except` ignores one facet, for counting that facet's values.
 */
export function matches(item: LibraryItem, filters: Filters, except?: FacetKey): boolean {
	return FACET_KEYS.every((key) => {
		if (key === except) return true;
		const wanted = filters[key];
		if (wanted.length === 0) return true;
		const has = facetValues(item, key);
		return wanted.some((v) => has.includes(v));
	});
}

/** The keyword and 只看现行 filters, which apply before the facets (and to the facet counts). */
function passesSearch(item: LibraryItem, state: Pick<LibraryState, 'q' | 'current'>): boolean {
	return (!state.current || isCurrent(item)) && matchesKeywords(item, state.q);
}

/** Filtered and sorted (all pages). */
export function applyState<T extends LibraryItem>(items: readonly T[], state: LibraryState): T[] {
	return sortItems(
		items.filter((item) => passesSearch(item, state) && matches(item, state.filters)),
		state.sort
	);
}

/** Items narrowed by keyword and 只看现行 only: what the facet counts are taken over. */
export function searchItems<T extends LibraryItem>(items: readonly T[], state: Pick<LibraryState, 'q' | 'current'>): T[] {
	return items.filter((item) => passesSearch(item, state));
}

// ---------------------------------------------------------------------------------------------
// Facet counts

export interface FacetCount {
	value: string;
	count: number;
}

/** A facet value as a list offers it: with its count where the page shows counts. */
export interface FacetOption {
	value: string;
	count?: number;
}

/**
 * Fixed display orders of facet values, e.g. `{ level: LEVELS, docType: DOC_TYPES, status: STATUSES }`
 * from the schema. Values not in the list go after it.
 */
export type ValueOrders = Partial<Record<FacetKey, readonly string[]>>;

/**
 * Display order of a facet's values: the given order where there is one, years newest first, else
 * most used first (`totals`) or, without counts, by name.
 */
function orderValues(key: FacetKey, values: string[], orders: ValueOrders, totals?: Map<string, number>): string[] {
	const fixed = orders[key];
	if (fixed) {
		const rank = (v: string) => (fixed.includes(v) ? fixed.indexOf(v) : fixed.length);
		return values.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'));
	}
	if (key === 'year') {
		return values.sort((a, b) => (a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : Number(b) - Number(a)));
	}
	return values.sort((a, b) => (totals ? totals.get(b)! - totals.get(a)! : 0) || a.localeCompare(b, 'zh-CN'));
}

/**
 * Every value of every facet that occurs in the corpus, in display order, with how many texts
 * would be listed if that value were ticked as well: the other facets' filters apply, the facet's
 * own do not (so ticking a second value of the same facet widens the list by that count).
 * Without filters, the counts are simply how many texts have each value.
 */
export function countFacets(
	items: readonly LibraryItem[],
	filters: Filters = emptyFilters(),
	orders: ValueOrders = {}
): Record<FacetKey, FacetCount[]> {
	const out = {} as Record<FacetKey, FacetCount[]>;
	for (const key of FACET_KEYS) {
		const totals = new Map<string, number>();
		const counts = new Map<string, number>();
		for (const item of items) {
			const passes = matches(item, filters, key);
			for (const value of facetValues(item, key)) {
				totals.set(value, (totals.get(value) ?? 0) + 1);
				counts.set(value, (counts.get(value) ?? 0) + (passes ? 1 : 0));
			}
		}
		out[key] = orderValues(key, [...totals.keys()], orders, totals).map((value) => ({ value, count: counts.get(value)! }));
	}
	return out;
}

/**
 * Every value of every facet that occurs, without counts, in an order a new text cannot change
 * (see `orderValues`; only a value no text had before adds a line). Every list page but the
 * 文件库's first offers the facets this way: counts over the whole corpus would change every list
 * page, and so every page's incremental-build cache key, whenever a text is added.
 */
export function facetOptions(items: readonly LibraryItem[], orders: ValueOrders = {}): Record<FacetKey, FacetOption[]> {
	const out = {} as Record<FacetKey, FacetOption[]>;
	for (const key of FACET_KEYS) {
		const values = [...new Set(items.flatMap((item) => facetValues(item, key)))];
		out[key] = orderValues(key, values, orders).map((value) => ({ value }));
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// URL query ⇄ state

/**
 * Reads `?level=省级&level=市级&year=2019&sort=asc`. Unknown keys, empty values and an unknown
 * sort are ignored; repeated values are kept once. Values are not checked against the corpus:
 * a value no text has simply matches nothing.
 */
export function stateFromQuery(query: string | URLSearchParams): LibraryState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state = emptyState();
	for (const [key, raw] of params) {
		const value = raw.trim();
		if (key === 'sort') {
			if ((SORT_ORDERS as readonly string[]).includes(value)) state.sort = value as SortOrder;
			continue;
		}
		if (key === 'q') {
			state.q = value;
			continue;
		}
		if (key === 'current') {
			state.current = value === '1';
			continue;
		}
		if (key === 'page') {
			// Anything but a positive whole number means the first page (a page past the end is clamped when shown).
			state.page = /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
			continue;
		}
		if (!isFacetKey(key) || value === '') continue;
		if (!state.filters[key].includes(value)) state.filters[key].push(value);
	}
	return state;
}

/** The canonical query for a state, with the leading `?`, or '' for the default view: keywords, 只看现行, facets in display order, then sort and page when not the default. */
export function stateToQuery(state: LibraryState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	if (state.current) params.set('current', '1');
	for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
	if (state.sort !== 'desc') params.set('sort', state.sort);
	if (state.page > 1) params.set('page', String(state.page));
	const query = params.toString();
	return query ? `?${query}` : '';
}

// ---------------------------------------------------------------------------------------------
// Static facet pages

/** Site path (without base) of the static listing for one facet value. */
export function facetPath(key: FacetKey, value: string): string {
	return `/library/${key}/${value}/`;
}

/** Facet values that can be a path segment: no slash, dot segment or other URL-structural characters. */
export function isPathSafe(value: string): boolean {
	return value !== '' && value !== '.' && value !== '..' && !/[/\\?#%]/.test(value);
}

export interface FacetPage<T extends LibraryItem> {
	key: FacetKey;
	value: string;
	/** Matching texts, newest first. */
	items: T[];
}

/**
 * One static page per facet value that occurs in the corpus (and is safe as a path segment). For the
 * facets in `complete`, every value of `orders` gets a page even when no text has it yet, so fixed
 * links (the sidebar's 层级) never break.
 */
export function facetPages<T extends LibraryItem>(
	items: readonly T[],
	orders: ValueOrders = {},
	complete: readonly FacetKey[] = []
): FacetPage<T>[] {
	const counts = countFacets(items, emptyFilters(), orders);
	for (const key of complete) {
		const fixed = orders[key] ?? [];
		const found = new Map(counts[key].map((c) => [c.value, c]));
		counts[key] = [
			...fixed.map((value) => found.get(value) ?? { value, count: 0 }),
			...counts[key].filter((c) => !fixed.includes(c.value)),
		];
	}
	// Sorted once and grouped by value in that order: the same lists as sorting each value's texts
	// (the order is a total order by date, title and id, so a subset of the sorted list is sorted),
	// without sorting and filtering the whole corpus for every value (a second per build at 5,000 texts).
	const sorted = sortItems(items);
	return FACET_KEYS.flatMap((key) => {
		const byValue = new Map<string, T[]>();
		for (const item of sorted) {
			for (const value of facetValues(item, key)) {
				const list = byValue.get(value);
				if (list) list.push(item);
				else byValue.set(value, [item]);
			}
		}
		return counts[key].filter(({ value }) => isPathSafe(value)).map(({ value }) => ({ key, value, items: byValue.get(value) ?? [] }));
	});
}

// ---------------------------------------------------------------------------------------------
// Timeline

export interface TimelineYear<T extends LibraryItem> {
	year: number;
	/** That year's texts, newest first. */
	items: T[];
}

/**
 * One page of the 时间线: its dated texts by year (newest year first, as `items` come), and the
 * texts without a date, which come last in the sorted list and so on the last page.
 */
export function timelineGroups<T extends LibraryItem>(items: readonly T[]): { years: TimelineYear<T>[]; unknown: T[] } {
	const years: TimelineYear<T>[] = [];
	const unknown: T[] = [];
	for (const item of items) {
		if (item.issued.kind !== 'date') {
			unknown.push(item);
			continue;
		}
		const last = years[years.length - 1];
		if (last && last.year === item.issued.year) last.items.push(item);
		else years.push({ year: item.issued.year, items: [item] });
	}
	return { years, unknown };
}
