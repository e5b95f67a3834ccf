/**
 * Which search page URLs search at once (and so load the index) and which show the prompt and load
 * nothing of it (src/lib/search/asks-for-search.ts, read through the page's own URL reader).
 */
import { describe, expect, it } from 'vitest';
import { asksForSearch } from '../../src/lib/search/asks-for-search';
import { readSearchParams } from '../../src/lib/search/facets';

describe('a search page URL asks for a search', () => {
	it.each([
		// Boundaries: nothing, empty and blank values, parameters that are no filter.
		['', false],
		['q=', false],
		['q=%20%20', false],
		['q=%E3%80%80', false],
		['level=', false],
		['level=%20', false],
		['topic=换届选举', false],
		['unknown=x', false],
		// One character, one filter, both.
		['q=党', true],
		['level=中央', true],
		['year=2019', true],
		['q=换届&level=中央', true],
		['q=&status=现行有效', true],
		// A filter value the index does not have still searches (it is shown checked, with 0 results).
		['level=__proto__', true],
	])('?%s → %s', (search, expected) => {
		const { query, filters } = readSearchParams(new URLSearchParams(search));
		expect(asksForSearch(query, filters)).toBe(expected);
	});
});
