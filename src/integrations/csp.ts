/**
 * Content-Security-Policy: Astro's `security.csp` (astro.config.mjs) writes a `<meta>` policy into
 * every page with the hashes of every script and style it bundles. It does not see `<script is:inline>`
 * (withastro/astro#16664): Starlight has four (the theme script that runs before paint, the theme
 * pickers' update, the sidebar state before and after the tree), so their hashes are computed here
 * from the Starlight components this site renders. After the build `cspGate()` moves each page's
 * policy to the top of its head (Astro writes it after Starlight's theme script, which it would then
 * not govern), and fails the build, naming page and script, if anything on a page would be blocked —
 * so an inline script added anywhere later cannot silently stop working (the site is then never
 * published: src/integrations/publish-output.ts moves it into place only after this check).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, astroInlineScripts, checkPage, hoistPolicy } from '../lib/csp.ts';
import { codeFingerprint } from '../data/pipeline-fingerprint.ts';
import { ResultCache } from './build-cache.ts';
import { finishPages, guardRestoredPages } from './built-pages.ts';

/** Starlight components with `<script is:inline>` that our pages render (its Search is replaced by ours). */
const STARLIGHT_INLINE = ['ThemeProvider.astro', 'ThemeSelect.astro', 'SidebarPersister.astro'];

export const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export function starlightInlineScriptHashes(): string[] {
	return STARLIGHT_INLINE.flatMap((file) => {
		const source = readFileSync(fileURLToPath(import.meta.resolve(`@astrojs/starlight/components/${file}`)), 'utf8');
		const bodies = astroInlineScripts(source);
		if (bodies.length === 0) throw new Error(`Starlight 的 ${file} 中没有找到内联脚本：Starlight 更新后请检查 src/integrations/csp.ts`);
		return bodies.map(sha256);
	});
}

/** The value of Astro's `security.csp`. */
export function contentSecurityPolicy() {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...CSP_DIRECTIVES],
		scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: starlightInlineScriptHashes() as `sha256-${string}`[] },
		styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }] },
	};
}

/** The code that finishes pages (built-pages.ts): pages finished by other code are not reused. */
const finishCode = () => codeFingerprint('src/lib/csp.ts', 'src/integrations/built-pages.ts');

export default function cspGate(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'kb:csp',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				// Astro restores pages from copies this step finished: only with the record of the code that finished them.
				if (command === 'build' && guardRestoredPages(fileURLToPath(config.cacheDir), finishCode()))
					logger.info('上次构建的页面记录缺失或由其他代码生成：本次重新生成全部页面。');
			},
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Every page gets its policy first in its head; the pages are then what the later steps read (src/integrations/built-pages.ts).
				const pages = finishPages(root, hoistPolicy, { cacheDir, code: finishCode() });
				// A page an incremental build restored unchanged was checked before: its result is reused (src/integrations/build-cache.ts).
				const cache = new ResultCache<string[]>(cacheDir, 'csp-check', codeFingerprint('src/lib/csp.ts', 'src/integrations/csp.ts'));
				// One page in memory at a time: what is kept of it is its problems, as fresh strings (a problem
				// quoting a script is otherwise a substring that keeps the whole page alive).
				const problems = [...pages].flatMap(([page, { hash }]) =>
					cache
						.get(hash, () => checkPage(page, readFileSync(join(root, page), 'utf8'), sha256).map((p) => Buffer.from(p.problem).toString()))
						.map((problem) => ({ page, problem }))
				);
				cache.save();
				if (problems.length > 0) {
					const shown = problems.slice(0, 20).map((p) => `  页面 ${p.page}：${p.problem}`);
					if (problems.length > shown.length) shown.push(`  ……另有 ${problems.length - shown.length} 处`);
					throw new Error(`内容安全策略检查未通过：${problems.length} 处会被浏览器拒绝。\n${shown.join('\n')}`);
				}
				logger.info(`内容安全策略检查通过：${pages.size} 个页面，内联脚本都在各页的 script-src 中。`);
			},
		},
	};
}
