/**
 * The full-text index in shards. Pagefind builds its index from every page at once and cannot add
 * or replace one page, and its cost grows faster than the corpus (at 2,000 texts 84 s of CPU, a
 * third of a cold build). Above `SHARD_THRESHOLD` indexed pages the pages are split into shards by
 * a hash of their path, each its own Pagefind index: a build re-indexes only the shards whose pages
 * changed, and the browser merges them (Pagefind's `mergeIndex`; results are ranked together by
 * score). At or below the threshold — this site's own corpus — there is one index, exactly as before.
 *
 * Pure: the integration (src/integrations/search-index.ts) reads the pages and runs Pagefind.
 */

/** Indexed pages up to which the site has a single index. */
export const SHARD_THRESHOLD = 1000;
/** Indexed pages a shard aims at (a power of two of shards is used, so growth splits shards). */
export const SHARD_PAGES = 500;
/** At most this many shards: each is a few more requests when search starts. */
export const MAX_SHARDS = 16;

/** The list of the secondary shards' folders (below /pagefind/), fetched by the search before it merges them. */
export const SHARD_LIST = 'kb-shards.json';

export function shardCount(pages: number): number {
	if (pages <= SHARD_THRESHOLD) return 1;
	return Math.min(MAX_SHARDS, 2 ** Math.ceil(Math.log2(pages / SHARD_PAGES)));
}

/** FNV-1a over the UTF-16 code units: stable across builds and platforms. */
function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** The shard of a page (its path below the site, e.g. `policies/x/index.html`). */
export function shardOf(path: string, count: number): number {
	return count <= 1 ? 0 : fnv1a(path) % count;
}

/** Folder of a shard below /pagefind/: the first shard is Pagefind's own folder, with its script. */
export function shardFolder(shard: number): string {
	return shard === 0 ? '' : `shard-${shard}/`;
}
