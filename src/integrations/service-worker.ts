/**
 * Writes /sw.js into a built site: src/client/offline/service-worker.ts bundled with esbuild (the
 * bundler Astro itself ships), then workbox-build's injectManifest gives it the precache list of the
 * shell with a revision per file, so every build that changes the shell changes sw.js and the
 * browser installs the new worker (which the page announces as 网站已更新).
 *
 * The shell is what the offline page, 我的收藏 and 离线使用 need (their HTML, and the styles and
 * modules they load, followed through static imports), the manifest and the icons: the same few
 * dozen files at 15 or 5,000 texts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// The module itself, not the package's index: the index also loads generateSW and its bundler
// (Rollup, Babel's preset-env), about 0.35 CPU s of module loading on every build, never used here.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { ICONS, APPLE_TOUCH_ICON } from '../lib/web-manifest.ts';
import { OFFLINE_PAGE, pageAssets, staticImports, urlOf } from '../lib/offline/pack.ts';

const SOURCE = fileURLToPath(new URL('../client/offline/service-worker.ts', import.meta.url));

/** Pages of the shell, as output files. */
const SHELL_PAGES = [`${OFFLINE_PAGE}index.html`, 'offline/index.html', 'favorites/index.html'];
const SHELL_FILES = ['manifest.webmanifest', 'favicon.svg', ...ICONS.map((i) => i.file), APPLE_TOUCH_ICON.file];

/** Output files the shell pages need, relative to `dir`: the pages, their assets and those assets' static imports. */
export function shellFiles(dir: string, base: string): string[] {
	const files = new Set<string>([...SHELL_PAGES, ...SHELL_FILES]);
	const queue: string[] = [];
	const add = (path: string) => {
		if (files.has(path)) return;
		files.add(path);
		if (path.endsWith('.js')) queue.push(path);
	};
	for (const page of SHELL_PAGES) {
		for (const url of pageAssets(readFileSync(join(dir, page), 'utf8'))) {
			if (url.startsWith(base)) add(url.slice(base.length));
		}
	}
	while (queue.length > 0) {
		const module = queue.pop()!;
		for (const spec of staticImports(readFileSync(join(dir, module), 'utf8'))) {
			if (spec.startsWith('.')) add(posix.normalize(posix.join(posix.dirname(module), spec)));
		}
	}
	return [...files].sort();
}

/** A file name as a glob that matches only itself. */
const literalGlob = (path: string) => path.replace(/[*?[\]{}()!+@]/g, '\\$&');

export interface ServiceWorkerResult {
	/** Files precached, and their total bytes. */
	count: number;
	size: number;
}

export async function writeServiceWorker(dir: string, base: string): Promise<ServiceWorkerResult> {
	const work = mkdtempSync(join(tmpdir(), 'kb-sw-'));
	try {
		const bundled = join(work, 'sw.js');
		await build({
			entryPoints: [SOURCE],
			outfile: bundled,
			bundle: true,
			format: 'iife',
			target: 'es2020',
			minify: true,
			legalComments: 'none',
			// Workbox's modules log in development builds only.
			define: { 'process.env.NODE_ENV': '"production"' },
			logLevel: 'error',
		});
		const { count, size, warnings } = await injectManifest({
			swSrc: bundled,
			swDest: join(dir, 'sw.js'),
			globDirectory: dir,
			globPatterns: shellFiles(dir, base).map(literalGlob),
			// Hashed names are their own revision.
			dontCacheBustURLsMatching: /^_astro\//,
			// Pages are requested as /x/, not /x/index.html.
			manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: urlOf(e.url) })), warnings: [] })],
		});
		if (warnings.length > 0) throw new Error(`生成 service worker 时出现问题：\n${warnings.join('\n')}`);
		return { count, size };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
