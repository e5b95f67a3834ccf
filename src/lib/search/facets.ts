/**
 * Search filters: their names, labels and URL form (pure).
 */
import { SEARCH_FACETS, type SearchFacetKey } from '../facets';

/** Values chosen per filter; the filters are the shared facet definition's SEARCH_FACETS (src/lib/facets.ts). */
export type SelectedFilters = Partial<Record<SearchFacetKey, string[]>>;
/** Pagefind's counts: facet key → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The count of a facet value, from the counts' own entries only: a value from the URL such as
 * `__proto__` or `constructor` is a value like any other (0 results), never a property of Object.
 */
export function facetCount(counts: FilterCounts, key: string, value: string): number {
	const values = Object.hasOwn(counts, key) ? counts[key] : undefined;
	const n = values && Object.hasOwn(values, value) ? values[value] : undefined;
	return typeof n === 'number' ? n : 0;
}

/** The values of a facet that have results, plus those selected (shown checked even with none). */
export function facetValues(counts: FilterCounts, key: SearchFacetKey, selected: SelectedFilters): string[] {
	const values = Object.hasOwn(counts, key) ? Object.keys(counts[key]!).filter((v) => facetCount(counts, key, v) > 0) : [];
	for (const v of selected[key] ?? []) if (!values.includes(v)) values.push(v);
	return sortFacetValues(key, values);
}

/** `?q=…&level=省级&level=市级` → query and filters; unknown parameters are ignored. */
export function readSearchParams(params: URLSearchParams): { query: string; filters: SelectedFilters } {
	const filters: SelectedFilters = {};
	for (const { key } of SEARCH_FACETS) {
		const values = params.getAll(key).filter((v) => v.trim() !== '');
		if (values.length) filters[key] = [...new Set(values)];
	}
	return { query: params.get('q') ?? '', filters };
}

export function writeSearchParams(query: string, filters: SelectedFilters): URLSearchParams {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	for (const { key } of SEARCH_FACETS) for (const value of filters[key] ?? []) params.append(key, value);
	return params;
}

export function hasFilters(filters: SelectedFilters): boolean {
	return SEARCH_FACETS.some(({ key }) => (filters[key]?.length ?? 0) > 0);
}

/** Years sort newest first; other values in Chinese collation order. */
export function sortFacetValues(key: SearchFacetKey, values: string[]): string[] {
	return key === 'year' ? [...values].sort((a, b) => b.localeCompare(a)) : [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Text-fragment link (`#id:~:text=…`): the browser scrolls to the words and highlights them, no script needed. */
export function withTextFragment(url: string, text: string): string {
	if (!text) return url;
	const encoded = encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
	return `${url}${url.includes('#') ? '' : '#'}:~:text=${encoded}`;
}

/**
 * Glossary terms that share a two-character run with the query, most shared runs first, for the
 * state where no text holds the words. Runs are taken within each space-separated word, so a query
 * passed as its content words (主题党日 制度) never pairs the end of one with the start of the next.
 */
export function relatedTerms(query: string, terms: readonly { term: string; id: string }[], limit = 6) {
	const pairs = new Set<string>();
	for (const word of query.split(/\s+/)) for (let i = 0; i + 2 <= word.length; i++) pairs.add(word.slice(i, i + 2));
	const shared = (term: string) => [...pairs].filter((p) => term.includes(p)).length;
	return terms
		.map((t, i) => ({ t, i, n: shared(t.term) }))
		.filter((x) => x.n > 0)
		.sort((a, b) => b.n - a.n || a.i - b.i)
		.slice(0, limit)
		.map((x) => x.t);
}
