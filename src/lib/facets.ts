/**
 * The facets a reader can narrow the corpus by, in display order: one definition for the 文件库
 * (src/lib/library.ts) and the search page (src/lib/search/facets.ts). The key is used in URLs.
 * `search` marks the facets that are also Pagefind filters on the policy pages.
 */
export const FACETS = [
	{ key: 'level', label: '层级', search: true },
	{ key: 'docType', label: '文种', search: true },
	{ key: 'issuer', label: '发文机关', search: true },
	{ key: 'year', label: '年份', search: true },
	{ key: 'status', label: '状态', search: true },
	{ key: 'topic', label: '主题', search: false },
] as const;

export type Facet = (typeof FACETS)[number];
export type FacetKey = Facet['key'];
export type SearchFacet = Extract<Facet, { search: true }>;
export type SearchFacetKey = SearchFacet['key'];

/** The facets the search page filters by. */
export const SEARCH_FACETS: readonly SearchFacet[] = FACETS.filter((f): f is SearchFacet => f.search);
