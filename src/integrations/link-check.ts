/**
 * Fails `astro build` when any internal link or #anchor of the built site is broken, naming the page
 * and the target; the site is then never published (src/integrations/publish-output.ts moves it into
 * place only after this check). `scripts/check-links.ts` runs the same check on a built folder.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScans, scanPage, type BrokenLink, type LinkCheckResult, type PageScan } from '../lib/links/link-check.ts';
import { codeFingerprint } from '../data/pipeline-fingerprint.ts';
import { ResultCache, contentHash } from './build-cache.ts';
import { builtPages } from './built-pages.ts';
import { siteFiles } from './site-files.ts';

/** What the check keeps of a page (and caches by its content): anchors, and link targets without repeats, in order. */
interface StoredScan {
	ids: string[];
	links: string[];
}

/**
 * A page's scan as fresh strings. The substrings `scanPage` returns share the page's memory and would
 * keep every page of the site alive (20,000 pages are gigabytes of HTML); a link repeated on the page
 * is checked once anyway (`checkScans`), so it is kept once.
 */
function compactScan(html: string): StoredScan {
	const { ids, links } = scanPage(html);
	return JSON.parse(JSON.stringify({ ids: [...ids], links: [...new Set(links)] })) as StoredScan;
}

/**
 * Reads a built site from disk and checks its internal links (the fs side of `checkScans`). Pages are
 * read one at a time and only their anchors and links are kept, so memory grows with the links of the
 * site, not with its HTML. With `cacheDir`, a page unchanged since an earlier build is not scanned
 * again (src/integrations/build-cache.ts).
 */
export function checkBuiltSite(dir: string, base: string, cacheDir?: string): LinkCheckResult {
	const scans = new Map<string, PageScan>();
	const files: string[] = [];
	const cache = cacheDir
		? new ResultCache<StoredScan>(cacheDir, 'link-scan', codeFingerprint('src/lib/links', 'src/integrations/link-check.ts'))
		: undefined;
	const built = builtPages(dir);
	for (const f of siteFiles(dir)) {
		if (!f.endsWith('.html')) {
			files.push(f);
			continue;
		}
		// a page the build's earlier step already hashed is read only when its scan is not kept (src/integrations/built-pages.ts)
		const hash = built?.get(f)?.hash;
		const kept = cache && hash !== undefined ? cache.lookup(hash) : undefined;
		let scan = kept;
		if (!scan) {
			const html = readFileSync(join(dir, f), 'utf8');
			scan = compactScan(html);
			cache?.store(hash ?? contentHash(html), scan);
		}
		const { ids, links } = scan;
		scans.set(f, { ids: new Set(ids), links });
	}
	const result = checkScans(scans, { base, files });
	cache?.save();
	return result;
}

/** One line per broken link, in Chinese, naming the page and the target. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string[] {
	return broken.map((b) => `页面 ${b.page} → ${b.href}：${b.reason}`);
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	let cacheDir: string | undefined;
	return {
		name: 'kb:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': ({ dir, logger }) => {
				const { broken, pages, links } = checkBuiltSite(fileURLToPath(dir), base, cacheDir);
				if (broken.length > 0) {
					throw new Error(`链接检查未通过：发现 ${broken.length} 处失效的内部链接或锚点。\n${formatBrokenLinks(broken).join('\n')}`);
				}
				logger.info(`链接检查通过：${pages} 个页面、${links} 个内部链接。`);
			},
		},
	};
}
