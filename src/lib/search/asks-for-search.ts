/**
 * When the search page searches (pure). Searching is what loads Pagefind and every shard of the index
 * (src/lib/search/index-shards.ts): a page with nothing to search for shows its prompt and loads none
 * of it, so its first load does not grow with the corpus.
 */
import { hasFilters, type SelectedFilters } from './facets';

/** A query (not only spaces) or a chosen filter: the page searches (at once when the URL has one). */
export function asksForSearch(query: string, filters: SelectedFilters): boolean {
	return query.trim() !== '' || hasFilters(filters);
}
