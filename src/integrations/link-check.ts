/**
 * Fails `astro build` when any internal link or #anchor of the built site is broken, naming the page
 * and the target; the site is then never published (src/integrations/publish-output.ts moves it into
 * place only after this check). `scripts/check-links.ts` runs the same check on a built folder.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
	const code = codeFingerprint('src/lib/links', 'src/integrations/link-check.ts');
	const built = builtPages(dir);
	const paths = siteFiles(dir);
	const pages: [path: string, hash: string][] = [];
	/** Pages hashed here (not by the build's earlier step), kept so the scan below does not read them again. */
	const read = new Map<string, string>();
	for (const f of paths) {
		if (!f.endsWith('.html')) {
			files.push(f);
			continue;
		}
		let hash = built?.get(f)?.hash;
		if (hash === undefined && cacheDir) {
			const html = readFileSync(join(dir, f), 'utf8');
			read.set(f, html);
			hash = contentHash(html);
		}
		pages.push([f, hash ?? '']);
	}
	// The check is a function of these inputs alone: when they are those of the last passing check, so is its result.
	const passFile = cacheDir ? join(cacheDir, 'kb-post-build', 'link-check-pass.json') : undefined;
	const key = passFile ? passKey(pages, files, base, code) : undefined;
	if (passFile) {
		try {
			const last = JSON.parse(readFileSync(passFile, 'utf8')) as StoredPass;
			if (last.key === key) return { broken: [], pages: last.pages, links: last.links };
		} catch {
			// no passing check kept, or a damaged record: check
		}
	}
	const cache = cacheDir ? new ResultCache<StoredScan>(cacheDir, 'link-scan', code) : undefined;
	for (const [f, hash] of pages) {
		// a page already hashed is read only when its scan is not kept (src/integrations/built-pages.ts)
		const kept = cache && hash !== '' ? cache.lookup(hash) : undefined;
		let scan = kept;
		if (!scan) {
			const html = read.get(f) ?? readFileSync(join(dir, f), 'utf8');
			scan = compactScan(html);
			cache?.store(hash || contentHash(html), scan);
		}
		read.delete(f);
		const { ids, links } = scan;
		scans.set(f, { ids: new Set(ids), links });
	}
	const result = checkScans(scans, { base, files });
	cache?.save();
	if (passFile && result.broken.length === 0) {
		mkdirSync(dirname(passFile), { recursive: true });
		writeFileSync(`${passFile}.tmp`, JSON.stringify({ key: key!, pages: result.pages, links: result.links } satisfies StoredPass));
		renameSync(`${passFile}.tmp`, passFile);
	}
	return result;
}

/** The last check that found nothing broken: the key of its inputs and its counts. */
interface StoredPass {
	key: string;
	pages: number;
	links: number;
}

/** A hash of everything the check reads: each page's path and content hash, the other files' paths, the base and the checker's code. */
function passKey(pages: readonly (readonly [string, string])[], files: readonly string[], base: string, code: string): string {
	const hash = createHash('sha256').update(`link-check pass 1\0${code}\0${base}\0`);
	// JSON per entry: no path can run into the next
	for (const entry of pages) hash.update(JSON.stringify(entry));
	hash.update('\0files\0');
	for (const file of files) hash.update(JSON.stringify(file));
	return hash.digest('hex');
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
