/**
 * Page weight: which scripts and stylesheets a built page loads, and how many bytes it ships.
 * Pure: the caller reads dist/ and passes the page's HTML plus the sizes (and static imports) of the
 * assets; nothing here touches the file system.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export type ScriptRef =
	{ kind: 'external'; path: string; module: boolean } | { kind: 'inline'; key: string; bytes: number; module: boolean; code: string };

export type StyleRef = { kind: 'external'; path: string; media: string | null } | { kind: 'inline'; bytes: number };

export interface PageAssets {
	scripts: ScriptRef[];
	styles: StyleRef[];
}

export interface AssetWeight {
	path: string;
	bytes: number;
}

export interface PageWeight {
	htmlBytes: number;
	/** External scripts the page loads, including modules they import statically (dynamic imports excluded). */
	scripts: AssetWeight[];
	/** External stylesheets (print stylesheets included: the browser downloads them too). */
	styles: AssetWeight[];
	/** Bytes of inline scripts; already part of htmlBytes. */
	inlineScriptBytes: number;
	jsBytes: number;
	cssBytes: number;
	/** HTML + external CSS + external JS. */
	totalBytes: number;
	/** Referenced same-site assets not found in the size map. */
	missing: string[];
}

export type SizeMap = ReadonlyMap<string, number> | Readonly<Record<string, number>>;
export type ImportMap = ReadonlyMap<string, readonly string[]> | Readonly<Record<string, readonly string[]>>;

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** FNV-1a, 32 bit, hex: a stable identity for inline scripts. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Resolves an asset reference against the page's path; null for other origins and data: URLs. */
export function resolveAssetPath(ref: string, pagePath = '/'): string | null {
	const origin = 'http://page.invalid';
	let url: URL;
	try {
		url = new URL(ref, origin + pagePath);
	} catch {
		return null;
	}
	if (url.origin !== origin) return null;
	return decodeURI(url.pathname);
}

function attr(node: Element, name: string): string | null {
	const value = node.properties[name];
	if (value === undefined || value === null || value === false) return null;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The scripts and stylesheets a page references, in document order. */
export function listPageAssets(html: string, pagePath = '/'): PageAssets {
	const tree: Root = fromHtml(html);
	const scripts: ScriptRef[] = [];
	const styles: StyleRef[] = [];
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'script') {
			const type = (attr(node, 'type') ?? '').trim().toLowerCase();
			if (!JS_TYPES.has(type)) return;
			const module = type === 'module';
			const src = attr(node, 'src');
			if (src !== null) {
				const path = resolveAssetPath(src, pagePath);
				scripts.push({ kind: 'external', path: path ?? src, module });
			} else {
				const code = toString(node);
				scripts.push({ kind: 'inline', key: `inline:${fnv1a(code)}`, bytes: byteLength(code), module, code });
			}
		} else if (node.tagName === 'link') {
			const rel = (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/);
			const href = attr(node, 'href');
			if (!href) return;
			if (rel.includes('stylesheet')) {
				styles.push({ kind: 'external', path: resolveAssetPath(href, pagePath) ?? href, media: attr(node, 'media') });
			} else if (rel.includes('modulepreload')) {
				scripts.push({ kind: 'external', path: resolveAssetPath(href, pagePath) ?? href, module: true });
			}
		} else if (node.tagName === 'style') {
			styles.push({ kind: 'inline', bytes: byteLength(toString(node)) });
		}
	});
	return { scripts, styles };
}

/** The page's script set: external script paths and inline-script identities, sorted, deduplicated. */
export function scriptSet(html: string, pagePath = '/'): string[] {
	const keys = listPageAssets(html, pagePath).scripts.map((s) => (s.kind === 'external' ? s.path : s.key));
	return [...new Set(keys)].sort();
}

/**
 * Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), resolved
 * against the module's own path. Dynamic `import("x")` is left out: it is not loaded with the page.
 */
export function staticImports(code: string, modulePath: string): string[] {
	const found = new Set<string>();
	const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
	for (const match of code.matchAll(pattern)) {
		const specifier = match[1]!;
		if (!/^(\.{1,2}\/|\/)/.test(specifier)) continue;
		const path = resolveAssetPath(specifier, modulePath);
		if (path) found.add(path);
	}
	return [...found].sort();
}

function lookup<T>(map: ReadonlyMap<string, T> | Readonly<Record<string, T>>, key: string): T | undefined {
	if (map instanceof Map) return map.get(key);
	return Object.hasOwn(map, key) ? (map as Record<string, T>)[key] : undefined;
}

/** Sizes a page: its HTML, the external CSS and JS it loads (JS with its static imports), and the total. */
export function pageWeight(html: string, sizes: SizeMap, options: { pagePath?: string; imports?: ImportMap } = {}): PageWeight {
	const { scripts, styles } = listPageAssets(html, options.pagePath ?? '/');
	const missing = new Set<string>();

	const jsSeen = new Set<string>();
	const jsQueue = scripts.flatMap((s) => (s.kind === 'external' && s.path.startsWith('/') ? [s.path] : []));
	const jsWeights: AssetWeight[] = [];
	while (jsQueue.length) {
		const path = jsQueue.shift()!;
		if (jsSeen.has(path)) continue;
		jsSeen.add(path);
		const bytes = lookup(sizes, path);
		if (bytes === undefined) missing.add(path);
		jsWeights.push({ path, bytes: bytes ?? 0 });
		if (options.imports) jsQueue.push(...(lookup(options.imports, path) ?? []));
	}

	const cssWeights: AssetWeight[] = [];
	for (const style of styles) {
		if (style.kind !== 'external' || !style.path.startsWith('/')) continue;
		if (cssWeights.some((w) => w.path === style.path)) continue;
		const bytes = lookup(sizes, style.path);
		if (bytes === undefined) missing.add(style.path);
		cssWeights.push({ path: style.path, bytes: bytes ?? 0 });
	}

	const htmlBytes = byteLength(html);
	const jsBytes = jsWeights.reduce((sum, w) => sum + w.bytes, 0);
	const cssBytes = cssWeights.reduce((sum, w) => sum + w.bytes, 0);
	const inlineScriptBytes = scripts.reduce((sum, s) => sum + (s.kind === 'inline' ? s.bytes : 0), 0);
	return {
		htmlBytes,
		scripts: jsWeights,
		styles: cssWeights,
		inlineScriptBytes,
		jsBytes,
		cssBytes,
		totalBytes: htmlBytes + jsBytes + cssBytes,
		missing: [...missing].sort(),
	};
}

/**
 * Page types: the route a built page comes from. `routes` are route patterns as Astro writes them
 * from the files of src/pages (`/policies/[id]/`, `/library/[...page]/`, `/tools/org-type/`); a page
 * is of the static route equal to it, else of the most specific dynamic route that matches it, else
 * `other` (Starlight's own pages, from src/content/docs).
 */
export function routePattern(pageFile: string): string {
	const route = pageFile.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/(^|\/)index$/, '');
	return `/${route}${route ? '/' : ''}`;
}

function routeRegExp(pattern: string): RegExp {
	const body = pattern
		.split('/')
		.filter(Boolean)
		.map((seg) =>
			/^\[\.\.\.[^\]]+\]$/.test(seg) ? '(?:.+/)?' : /^\[[^\]]+\]$/.test(seg) ? '[^/]+/' : `${seg.replace(/[.*+?^${}()|\\]/g, '\\$&')}/`
		)
		.join('');
	return new RegExp(`^/${body}$`);
}

export function pageType(page: string, routes: readonly string[], other = 'other'): string {
	if (routes.includes(page)) return page;
	// as Astro ranks routes: more static segments first, then more single dynamic segments, rest parameters last
	const count = (r: string, test: (seg: string) => boolean) => r.split('/').filter((seg) => seg && test(seg)).length;
	const rank = (r: string) => [count(r, (s) => !s.startsWith('[')), count(r, (s) => s.startsWith('[') && !s.startsWith('[...'))];
	const dynamic = routes.filter((r) => r.includes('[')).sort((a, b) => rank(b)[0]! - rank(a)[0]! || rank(b)[1]! - rank(a)[1]!);
	return dynamic.find((r) => routeRegExp(r).test(page)) ?? other;
}
