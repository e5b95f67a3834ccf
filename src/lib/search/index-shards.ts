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

/** An opening or closing tag; attribute values in quotes may hold `>`. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** `data-pagefind-ignore` as Pagefind reads it for "do not index this": bare, empty, `index` or `true`. */
const IGNORE = /(?:^|\s)data-pagefind-ignore(?:\s*=\s*(?:"(?:index|true)?"|'(?:index|true)?'|(?:index|true)(?=\s|\/|$)))?(?=\s|\/|$)/i;
const ID = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * What Pagefind reads even inside an ignored element: filters, metadata, sort keys, indexed
 * attributes (any `data-pagefind-` attribute), the first h1 and the title as the page's title, and
 * the text of scripts, styles and comments, which a tag scanner cannot see through.
 */
const READ_INSIDE = /\sdata-pagefind-(?!ignore)|<h1[\s>]|<title[\s>]|<script[\s>]|<style[\s>]|<!--/i;

/**
 * What Pagefind indexes of a page, for the key of its shard: the page with the content of every
 * element marked `data-pagefind-ignore` cut out (Pagefind drops the text of such an element, and the
 * anchors in it; pagefind/src/fossick/parser.rs). A text's backlinks, its status notices and its
 * metadata block are such elements, so a page whose only change is a new text citing it keeps its
 * shard. Kept, to be safe: the element's own tag, the ids inside it in order (Pagefind numbers
 * anchors across the page, ignored ones included), and the whole element when anything in it is
 * read regardless (READ_INSIDE) or it does not close.
 * Pure string scanning: the pages are the site's own, well-formed output.
 */
export function indexedContent(html: string): string {
	let out = '';
	let from = 0;
	TAG.lastIndex = 0;
	for (let open = TAG.exec(html); open; open = TAG.exec(html)) {
		const [tag, closing, rawName, attributes] = open;
		const name = rawName!.toLowerCase();
		if (closing || VOID.has(name) || attributes!.endsWith('/') || !IGNORE.test(attributes!)) continue;
		// The matching end tag: same name, counting nested ones.
		let depth = 1;
		const ids: string[] = [];
		let end: RegExpExecArray | null = null;
		for (let inner = TAG.exec(html); inner; inner = TAG.exec(html)) {
			if (inner[2]!.toLowerCase() === name) depth += inner[1] ? -1 : 1;
			if (depth === 0) {
				end = inner;
				break;
			}
			const id = inner[1] ? undefined : ID.exec(inner[3]!);
			if (id) ids.push(id[1] ?? id[2] ?? id[3]!);
		}
		const start = open.index + tag.length;
		if (!end || READ_INSIDE.test(html.slice(open.index, end.index))) {
			// Scan on inside it: an ignored element nested in it may still be cut.
			TAG.lastIndex = start;
			continue;
		}
		out += `${html.slice(from, start)}${ids.map((id) => `<i id="${id}"></i>`).join('')}`;
		from = end.index;
		TAG.lastIndex = end.index + end[0].length;
	}
	return out + html.slice(from);
}
