/** The compact corpus index (/library/index.json), fetched once per page however many elements ask for it. */
import { decodeIndex, type IndexedItem, type LibraryIndex } from '../lib/library-view';

const loaded = new Map<string, Promise<IndexedItem[]>>();

export function loadLibraryIndex(url: string): Promise<IndexedItem[]> {
	let items = loaded.get(url);
	if (!items) {
		items = fetch(url).then(async (res) => {
			if (!res.ok) throw new Error(`文件目录读取失败（HTTP ${res.status}）`);
			return decodeIndex((await res.json()) as LibraryIndex);
		});
		// A failed fetch may be retried by the next caller.
		items.catch(() => loaded.delete(url));
		loaded.set(url, items);
	}
	return items;
}
