/**
 * Waiting for *this* search in a browser test (never for an earlier one's "done"): both search
 * elements count the searches asked for in `data-search-seq` (it goes up as soon as an input or a
 * filter asks) and say `data-search-state="done"` once the latest one is shown.
 */
import type { Page } from 'playwright-core';

export const SEARCH_PAGE = 'kb-search-page';
export const HEADER_SEARCH = 'kb-header-search';

/** How many searches `scope` has been asked for so far. */
export async function searchSeq(page: Page, scope: string): Promise<number> {
	return page.evaluate((scope) => Number(document.querySelector(scope)?.getAttribute('data-search-seq') ?? 0), scope);
}

/** Waits until a search asked for after `after` (a `searchSeq` reading) is shown. */
export async function searchDone(page: Page, scope: string, after = 0, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		({ scope, after }) => {
			const root = document.querySelector(scope);
			return root?.getAttribute('data-search-state') === 'done' && Number(root.getAttribute('data-search-seq') ?? 0) > after;
		},
		{ scope, after },
		{ timeout }
	);
}

/** Runs `action` (typing, ticking a filter) and waits until the search it asked for is shown. */
export async function afterSearch(page: Page, scope: string, action: () => Promise<unknown>): Promise<void> {
	const before = await searchSeq(page, scope);
	await action();
	await searchDone(page, scope, before);
}
