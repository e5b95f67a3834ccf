/**
 * Which texts and clauses are starred, read without the full store (and its schema library), so a
 * text page can mark its stars at no cost; anything unreadable simply counts as not starred. Writes
 * go through store.ts, loaded when the reader stars something.
 */
export const STORAGE_KEY = 'kb:favorites';

export function starredKeys(): Set<string> {
	try {
		const items = (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { items?: unknown }).items;
		if (!Array.isArray(items)) return new Set();
		return new Set(
			items.flatMap((f: { path?: unknown; anchor?: unknown }) =>
				typeof f?.path === 'string' ? [`${f.path}#${typeof f.anchor === 'string' ? f.anchor : ''}`] : []
			)
		);
	} catch {
		return new Set();
	}
}

/** Calls `listener` when another tab (or the 我的收藏 page) changes the favourites. */
export function onFavoritesChange(listener: () => void): void {
	addEventListener('storage', (e) => {
		if (e.key === STORAGE_KEY || e.key === null) listener();
	});
	addEventListener('kb-favorites-change', listener);
}
