/**
 * Content-Security-Policy of the site: the directives every page carries (Astro's `security.csp`
 * writes them into a `<meta http-equiv>` with the hashes of the scripts and styles it bundles) and
 * the check the build runs on every page it wrote. Pure: the caller hashes (node:crypto at build time).
 *
 * Why each source is there:
 * - `'wasm-unsafe-eval'`: Pagefind runs its search index in WebAssembly (no JavaScript eval).
 * - `style-src-attr 'unsafe-inline'`: Starlight writes custom properties in `style` attributes
 *   (`--depth`, `--sl-icon-size`); CSS cannot run script, and with `img-src`/`font-src`/`connect-src`
 *   limited to the site nothing a style names can leave it. Style elements stay hash-only.
 * - `img-src data:`: Starlight's and our stylesheets draw small icons as data: SVGs.
 * `frame-ancestors` cannot be set from a `<meta>` (browsers ignore it there): the server sends it
 * (deploy/nginx).
 */

/** Directives besides script-src and style-src (Astro writes those two from what it bundles). */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** An inline script the browser would run (`<script>` without `src` whose type is JavaScript). */
export interface InlineScript {
	body: string;
	/** The first characters, to name the script in a message. */
	start: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function inlineScripts(html: string): InlineScript[] {
	const out: InlineScript[] = [];
	for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') continue;
		const type = (TYPE.exec(attrs)?.[1] ?? '').toLowerCase();
		if (!JS_TYPES.has(type)) continue; // data blocks (application/json, speculationrules) are not run
		out.push({ body, start: body.trim().slice(0, 60) });
	}
	return out;
}

/** `<script is:inline>` bodies of an .astro component source, as the compiler writes them out. */
export function astroInlineScripts(source: string): string[] {
	return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

const META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const CHARSET = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/** The policy a page declares in `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = META.exec(html)?.[0];
	if (!tag) return undefined;
	const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
	return (content?.[1] ?? content?.[2])
		?.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/**
 * A `<meta>` policy governs only what comes after it. Astro writes it where it injects head content,
 * after Starlight's head (whose theme script runs before paint): moved to just after
 * `<meta charset>` it covers every script of the page. Unchanged when already there or absent.
 */
export function hoistPolicy(html: string): string {
	const tag = META.exec(html);
	const charset = CHARSET.exec(html);
	if (!tag || !charset || charset.index > tag.index) return html;
	const at = charset.index + charset[0].length;
	if (tag.index === at) return html;
	const without = html.slice(0, tag.index) + html.slice(tag.index + tag[0].length);
	return without.slice(0, at) + tag[0] + without.slice(at);
}

/** Directive name → its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
	}
	return map;
}

/** Inline event-handler attributes (`onclick=` …) and `javascript:` URLs: a hash-only policy blocks both. */
export function inlineHandlers(html: string): string[] {
	const found = new Set<string>();
	const withoutScripts = html.replace(SCRIPT, '');
	for (const m of withoutScripts.matchAll(/<[a-z][\w-]*[^>]*?\s(on[a-z]+)\s*=/gi)) found.add(m[1]!.toLowerCase());
	for (const m of withoutScripts.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*(javascript:)/gi)) found.add(m[1]!.toLowerCase());
	return [...found];
}

export interface PageProblem {
	page: string;
	problem: string;
}

/**
 * Everything on one built page that its policy would block: no policy at all, an inline script
 * whose hash the policy does not list, an inline event handler. `hash` gives 'sha256-…' for a text.
 */
export function checkPage(page: string, html: string, hash: (text: string) => string): PageProblem[] {
	const policy = metaPolicy(html);
	if (!policy) return [{ page, problem: '页面没有 Content-Security-Policy（<meta http-equiv="content-security-policy">）' }];
	const scriptSrc = parsePolicy(policy).get('script-src') ?? [];
	const problems: PageProblem[] = [];
	const before = html.slice(0, html.search(META));
	if (/<script\b/i.test(before)) problems.push({ page, problem: '页面在内容安全策略的 <meta> 之前就有脚本，该脚本不受策略约束' });
	for (const script of inlineScripts(html)) {
		const digest = hash(script.body);
		if (!scriptSrc.includes(`'${digest}'`)) {
			problems.push({ page, problem: `内联脚本“${script.start}…”的哈希 '${digest}' 不在 script-src 中，浏览器会拒绝执行它` });
		}
	}
	for (const handler of inlineHandlers(html)) {
		problems.push({
			page,
			problem: `页面使用了 ${handler}（内联事件或 javascript: 链接），内容安全策略不允许；请改用脚本模块中的 addEventListener`,
		});
	}
	return problems;
}
