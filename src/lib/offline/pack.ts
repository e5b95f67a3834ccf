/**
 * What the site keeps for offline use, shared by the build (which lists it) and the service worker
 * and the 离线使用 control (which store and serve it). Pure: paths are relative to the site's base,
 * with forward slashes (`policies/x/index.html`, `_astro/a.1b2c.js`).
 *
 * - The **shell** is precached by the service worker on the first visit: the offline page, 我的收藏,
 *   离线使用, the manifest and icons, and the code and styles those pages load. It does not grow with
 *   the corpus.
 * - Pages and search files a reader opens are kept as they are fetched (see `routeOf`).
 * - The **pack** is what 离线使用 downloads on request: every text, tool and template page, the
 *   whole search index and all the code, plus the pages that lead to them. Listing pages that only
 *   slice the corpus differently (library pages 2…, facet pages, timeline pages) are left out: offline,
 *   the library's first page filters the whole corpus from its index, and search finds every text.
 */

/** Cache names (one place: the service worker and the page both open them). */
export const CACHES = {
	pages: 'kb-pages',
	assets: 'kb-assets',
	data: 'kb-data',
	pack: 'kb-pack',
} as const;

/** The pack's summary (size, counts, version) and its list of files, written by the build at the site root. */
export const PACK_SUMMARY = 'offline-pack.json';
export const PACK_FILES = 'offline-pack-files.json';
/** Request header of the 离线使用 download: the service worker lets these through to the network. */
export const PACK_HEADER = 'x-kb-pack';
/** Header on a stored pack response: the revision it was stored at, to skip unchanged files on update. */
export const REVISION_HEADER = 'x-kb-revision';
/** The page served for a navigation that fails offline and was never stored. */
export const OFFLINE_PAGE = 'offline/fallback/';

export type PackKind = 'text' | 'tool' | 'template' | 'search' | 'page' | 'code';

export const KIND_LABELS: Record<PackKind, string> = {
	text: '文件',
	tool: '工具',
	template: '文书模板',
	search: '检索索引',
	page: '其他页面',
	code: '程序和样式',
};

/** Pagefind's own user interfaces: this site uses its API only. */
const PAGEFIND_UI = /^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;
/** Listing pages that only slice the corpus another way. */
const LISTING_SLICES = /^(?:library\/(?:\d+|docType|issuer|level|status|topic|year)\/|timeline\/(?:\d+|level)\/)/;

/** The pack's kind of a built file, or undefined when the pack leaves it out. */
export function packKind(path: string): PackKind | undefined {
	if (/\.(?:gz|br)$/.test(path) || path === PACK_SUMMARY || path === PACK_FILES || path === 'sw.js' || /^sitemap/.test(path))
		return undefined;
	if (path.startsWith('_astro/')) return 'code';
	if (path.startsWith('pagefind/')) return PAGEFIND_UI.test(path) ? undefined : 'search';
	if (/^search-(?:dictionary|glossary|pinyin|vocabulary(?:-reverse)?)(?:\.json|\/)/.test(path)) return 'search';
	if (LISTING_SLICES.test(path)) return undefined;
	if (/^policies\/[^/]+\/index\.html$/.test(path)) return 'text';
	if (/^templates\/[^/]+\/index\.html$/.test(path)) return 'template';
	if (/^tools\/[^/]+\/index\.html$/.test(path)) return 'tool';
	return 'page';
}

export interface PackEntry {
	/** Path under the base, as a URL path: `policies/x/` for `policies/x/index.html`. */
	url: string;
	kind: PackKind;
	/** Bytes stored (uncompressed). */
	bytes: number;
	/** Bytes sent by a server that serves the build's .gz files (the pre-compressed size, or `bytes`). */
	transfer: number;
	/** Changes when the file does. */
	revision: string;
}

export interface PackFiles {
	/** Changes with every build that changes any file of the pack. */
	version: string;
	files: PackEntry[];
}

export interface PackSummary extends PackTotals {
	version: string;
	/** ISO date and time of the build. */
	built: string;
}

/** The URL path a file is served at: directories' index.html by their slash form. */
export function urlOf(path: string): string {
	if (path === 'index.html') return '';
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface PackTotals {
	files: number;
	bytes: number;
	transfer: number;
	byKind: Partial<Record<PackKind, number>>;
}

export function packTotals(files: readonly PackEntry[]): PackTotals {
	const totals: PackTotals = { files: files.length, bytes: 0, transfer: 0, byKind: {} };
	for (const f of files) {
		totals.bytes += f.bytes;
		totals.transfer += f.transfer;
		totals.byKind[f.kind] = (totals.byKind[f.kind] ?? 0) + 1;
	}
	return totals;
}

/** Entries of `next` not stored at their revision in `stored` (what an update downloads), and URLs no longer in the pack. */
export function packChanges(stored: readonly PackEntry[], next: readonly PackEntry[]): { download: PackEntry[]; remove: string[] } {
	const old = new Map(stored.map((f) => [f.url, f.revision]));
	const keep = new Set(next.map((f) => f.url));
	return {
		download: next.filter((f) => old.get(f.url) !== f.revision),
		remove: stored.filter((f) => !keep.has(f.url)).map((f) => f.url),
	};
}

/** 1.2 GB / 12.3 MB / 456 KB / 789 字节, for the reader. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} 字节`;
}

/**
 * How the service worker handles a same-origin GET, by its path under the base:
 * - `immutable`: the file name carries a hash of its content (Astro's `_astro/`, Pagefind's index,
 *   fragments, filters and metadata): served from the cache once stored, never stale.
 * - `data`: other files (search dictionary, Pagefind's entry, JSON): network first, the stored copy offline.
 * Pages (navigations) are network first too; the service worker tells them apart by request mode.
 */
export function routeOf(path: string): 'immutable' | 'data' {
	if (path.startsWith('_astro/')) return 'immutable';
	if (/^pagefind\/(?:shard-\d+\/)?(?:fragment|index|filter)\//.test(path) || /^pagefind\/(?:shard-\d+\/)?[^/]+\.pf_meta$/.test(path))
		return 'immutable';
	return 'data';
}

/** The key a page is stored under: its URL without query or hash (a calculator's `?formal=12` is the same page). */
export function pageKey(url: string): string {
	const u = new URL(url);
	u.search = '';
	u.hash = '';
	return u.href;
}

/** Module and stylesheet URLs a page loads (`<script src>`, `<link rel=stylesheet|modulepreload>`). */
export function pageAssets(html: string): string[] {
	const out = new Set<string>();
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.add(m[1]!);
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		if (!/\brel="(?:stylesheet|modulepreload)"/.test(tag)) continue;
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href) out.add(href);
	}
	return [...out];
}

/** Static imports of a bundled module (`import"./a.js"`, `from"./b.js"`), not dynamic `import()`. */
export function staticImports(js: string): string[] {
	return [...js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}
