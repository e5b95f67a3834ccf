/**
 * Fails `astro build` when any internal link or #anchor of the built site is broken, naming the page
 * and the target; the site is then never published (src/integrations/publish-output.ts moves it into
 * place only after this check). `scripts/check-links.ts` runs the same check on a built folder.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite, scanPage, type BrokenLink, type LinkCheckResult } from '../lib/links/link-check.ts';
import { codeFingerprint } from '../data/pipeline-fingerprint.ts';
import { ResultCache, contentHash } from './build-cache.ts';
import { siteFiles } from './site-files.ts';

/**
 * Reads a built site from disk and checks its internal links (the fs side of `checkSite`). With
 * `cacheDir`, a page unchanged since an earlier build is not scanned again (src/integrations/build-cache.ts).
 */
export function checkBuiltSite(dir: string, base: string, cacheDir?: string): LinkCheckResult {
	const pages = new Map<string, string>();
	const files: string[] = [];
	for (const f of siteFiles(dir)) {
		if (f.endsWith('.html')) pages.set(f, readFileSync(join(dir, f), 'utf8'));
		else files.push(f);
	}
	if (!cacheDir) return checkSite(pages, { base, files });
	const cache = new ResultCache<{ ids: string[]; links: string[] }>(cacheDir, 'link-scan', codeFingerprint('src/lib/links'));
	const scan = (_: string, html: string) => {
		const found = cache.get(contentHash(html), () => {
			const { ids, links } = scanPage(html);
			return { ids: [...ids], links };
		});
		return { ids: new Set(found.ids), links: found.links };
	};
	const result = checkSite(pages, { base, files, scan });
	cache.save();
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
