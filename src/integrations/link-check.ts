/**
 * Fails `astro build` when any internal link or #anchor of the built site is broken, naming the page
 * and the target; the site is then never published (src/integrations/publish-output.ts moves it into
 * place only after this check). `scripts/check-links.ts` runs the same check on a built folder.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite, type BrokenLink, type LinkCheckResult } from '../lib/links/link-check.ts';
import { discardOutput } from './discard-output.ts';
import { outputFiles } from './output-files.ts';

/** Reads a built site from disk and checks its internal links (the fs side of `checkSite`). */
export function checkBuiltSite(dir: string, base: string): LinkCheckResult {
	const pages = new Map<string, string>();
	const files: string[] = [];
	for (const f of outputFiles(dir)) {
		if (f.endsWith('.html')) pages.set(f, readFileSync(join(dir, f), 'utf8'));
		else files.push(f);
	}
	return checkSite(pages, { base, files });
}

/** One line per broken link, in Chinese, naming the page and the target. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string[] {
	return broken.map((b) => `页面 ${b.page} → ${b.href}：${b.reason}`);
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { broken, pages, links } = checkBuiltSite(fileURLToPath(dir), base);
				if (broken.length > 0) {
					throw new Error(`链接检查未通过：发现 ${broken.length} 处失效的内部链接或锚点。\n${formatBrokenLinks(broken).join('\n')}`);
				}
				logger.info(`链接检查通过：${pages} 个页面、${links} 个内部链接。`);
			},
		},
	};
}
