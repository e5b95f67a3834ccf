/**
 * Internal link checker for the built site. Pure: takes the built HTML pages (path relative to the
 * output directory → HTML) and reports every internal `<a href>` whose page or `#anchor` does not exist.
 *
 * External links (any scheme, `//host`), `mailto:`/`tel:`/`javascript:`, and `/pagefind/` assets are
 * ignored. `#top` and a bare `#` always work (HTML scrolls to the top). A text fragment
 * (`#s2-c1:~:text=…`) is checked by its element part only. Links to non-HTML files are checked only
 * when `files` lists the other output files.
 */

export interface BrokenLink {
	/** Page path relative to the output directory, e.g. `policies/x/index.html`. */
	page: string;
	/** The href as written. */
	href: string;
	/** Why it is broken, in Chinese. */
	reason: string;
}

export interface LinkCheckOptions {
	/** Deployment base, e.g. `/` or `/kb/`. */
	base: string;
	/** Paths of the non-HTML output files (assets), relative to the output directory. */
	files?: Iterable<string>;
	/**
	 * `always` (the site's setting): a page link without its trailing slash (`/policies/x`) is broken.
	 * `ignore`: it counts as working (a host that redirects to the slash form).
	 */
	trailingSlash?: 'always' | 'ignore';
}

export interface LinkCheckResult {
	broken: BrokenLink[];
	pages: number;
	/** Internal links checked (ignored ones not counted). */
	links: number;
}

interface Tag {
	name: string;
	attrs: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[e.toLowerCase()] ?? whole;
	});
}

/**
 * Start tags of an HTML document; comments, scripts and styles are skipped. With `only`, the
 * attributes of a tag are read only when its attribute text matches (the others come back with none).
 */
function scanTags(html: string, only?: RegExp): Tag[] {
	const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
	const tags: Tag[] = [];
	for (const m of body.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
		const attrs = new Map<string, string>();
		if (only && !only.test(m[2]!)) {
			tags.push({ name: m[1]!.toLowerCase(), attrs });
			continue;
		}
		for (const a of m[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
			const name = a[1]!.toLowerCase();
			if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
		}
		tags.push({ name: m[1]!.toLowerCase(), attrs });
	}
	return tags;
}

/** What the check needs of a page: its anchors (element ids and `<a name>`) and link targets (`<a>`/`<area>` hrefs, in order). */
export interface PageScan {
	ids: ReadonlySet<string>;
	links: readonly string[];
}

/** The anchors and link targets of a page, in one scan. */
export function scanPage(html: string): { ids: Set<string>; links: string[] } {
	const ids = new Set<string>();
	const links: string[] = [];
	// Most tags carry only classes and data-*: parsing their attributes is most of the work.
	for (const t of scanTags(html, /\b(?:id|name|href)\s*=/i)) {
		const id = t.attrs.get('id');
		if (id) ids.add(id);
		if (t.name !== 'a' && t.name !== 'area') continue;
		const name = t.name === 'a' ? t.attrs.get('name') : undefined;
		if (name) ids.add(name);
		const href = t.attrs.get('href');
		if (href !== undefined) links.push(href.trim());
	}
	return { ids, links };
}

const normPath = (p: string) => p.replace(/\\/g, '/').replace(/^\.?\//, '');

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** The URL path a page is served at: `policies/x/index.html` → `/kb/policies/x/`. */
export function pageUrl(page: string, base: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	const p = normPath(page);
	return b + (p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p);
}

export type BuiltPages = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** Every broken internal link or anchor of the built pages, with the counts for a summary line. */
export function checkSite(pages: BuiltPages, options: LinkCheckOptions): LinkCheckResult {
	const entries: [string, string][] = pages instanceof Map ? [...pages] : Object.entries(pages);
	return checkScans(new Map(entries.map(([p, h]) => [p, scanPage(h)] as const)), options);
}

/**
 * The same check from what it needs of each page, its scan (path relative to the output directory →
 * anchors and links): a large site is read one page at a time and only the scans are kept
 * (src/integrations/link-check.ts), never all the HTML at once.
 */
export function checkScans(pages: ReadonlyMap<string, PageScan>, options: LinkCheckOptions): LinkCheckResult {
	const scans = new Map([...pages].map(([p, s]) => [normPath(p), s] as const));
	const files = new Set([...(options.files ?? [])].map(normPath));
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const idsOf = (page: string) => scans.get(page)!.ids;

	/** Output path serving `rest` (path below the base), or undefined. */
	const target = (rest: string): { page?: string; file?: string; slashless?: boolean } | undefined => {
		if (rest === '' || rest.endsWith('/')) {
			const p = `${rest}index.html`;
			return scans.has(p) ? { page: p } : undefined;
		}
		if (scans.has(rest)) return { page: rest };
		if (files.has(rest)) return { file: rest };
		if (scans.has(`${rest}/index.html`)) return { page: `${rest}/index.html`, slashless: true };
		if (scans.has(`${rest}.html`)) return { page: `${rest}.html`, slashless: true };
		// a non-HTML asset is only checked when the asset list was given
		if (!options.files && /\.[a-z0-9]+$/i.test(rest) && !/\.html?$/i.test(rest)) return { file: rest };
		return undefined;
	};

	/**
	 * What `new URL(href, page)` gives, decoded. A path-absolute href (`/x/#a`, not `//host`) resolves
	 * the same from every page, so it is worked out once per check: the same targets (the sidebar's,
	 * a text's citations) are linked from thousands of pages.
	 */
	const absolute = new Map<string, { path: string; fragment: string } | undefined>();
	const resolve = (href: string, here: string): { path: string; fragment: string } | undefined => {
		// every page is under the same scheme and host, so only the href decides (a `/\\host` one included)
		const shared = href.startsWith('/') && !href.startsWith('//');
		if (shared && absolute.has(href)) return absolute.get(href);
		let resolved: { path: string; fragment: string } | undefined;
		try {
			const url = new URL(href, here);
			resolved = { path: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)).split(':~:')[0]! };
		} catch {
			resolved = undefined;
		}
		if (shared) absolute.set(href, resolved);
		return resolved;
	};
	const targets = new Map<string, ReturnType<typeof target>>();

	const broken: BrokenLink[] = [];
	let links = 0;
	for (const [page, scan] of scans) {
		const here = `http://site.invalid${pageUrl(page, base)}`;
		const seen = new Set<string>();
		for (const href of scan.links) {
			if (seen.has(href)) continue;
			seen.add(href);
			if (href === '' || href === '#') continue;
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const url = resolve(href, here);
			if (!url) {
				broken.push({ page, href, reason: '无法解析的链接地址' });
				continue;
			}
			const { path } = url;
			if (!path.startsWith(base) && `${path}/` !== base) {
				links++;
				broken.push({ page, href, reason: `不在站点路径 ${base} 之下（缺少 base 前缀？）` });
				continue;
			}
			const rest = path.slice(base.length);
			if (rest.startsWith('pagefind/')) continue;
			links++;
			if (!targets.has(rest)) targets.set(rest, target(rest));
			const t = targets.get(rest);
			if (!t) {
				broken.push({ page, href, reason: '目标页面不存在' });
				continue;
			}
			if (t.slashless && options.trailingSlash !== 'ignore') {
				broken.push({ page, href, reason: '缺少结尾斜杠（站点设置 trailingSlash: always）' });
				continue;
			}
			const { fragment } = url;
			if (!fragment || fragment === 'top' || !t.page) continue;
			if (!idsOf(t.page).has(fragment)) {
				broken.push({ page, href, reason: t.page === page ? `本页没有锚点 #${fragment}` : `目标页面没有锚点 #${fragment}` });
			}
		}
	}
	broken.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
	return { broken, pages: scans.size, links };
}
