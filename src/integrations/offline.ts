/**
 * The last step of the build, on the finished site (after Pagefind, the link check and the CSP
 * gate): writes the service worker (/sw.js), the gzip and brotli copies of every text file, and the
 * list of the 离线使用 pack with each file's size, compressed size and revision
 * (/offline-pack.json: summary; /offline-pack-files.json: files). It reads the pages as they will be
 * served, so it must run after every step that changes them.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	PACK_FILES,
	PACK_SUMMARY,
	formatBytes,
	packKind,
	packTotals,
	urlOf,
	type PackEntry,
	type PackFiles,
	type PackSummary,
} from '../lib/offline/pack.ts';
import { builtData, builtPages } from './built-pages.ts';
import { siteFiles } from './site-files.ts';
import { precompress, type KnownFile } from './precompress.ts';
import { indexFiles } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';

/** Writes the service worker, the compressed copies and the pack list into the built site at `root`. */
/** `cacheDir`: reuse what earlier builds compressed (src/integrations/precompress.ts). */
export async function finishOfflineSite(root: string, base: string, built = new Date(), cacheDir?: string) {
	const sw = await writeServiceWorker(root, base);
	const files = siteFiles(root).filter((f) => !/\.(?:gz|br)$/.test(f));
	// pages the CSP step finished are known by their hash: those compressed before are not read again
	const known = new Map<string, KnownFile>();
	for (const [page, { hash, bytes }] of builtPages(root) ?? []) known.set(join(root, page), { hash, bytes });
	// so are the endpoints' files Astro kept (compare texts…), hashed only when Astro rendered them again
	for (const [path, file] of builtData(root) ?? []) known.set(join(root, path), file);
	// the search index's files by their hashes and revisions, worked out once per cached shard
	for (const [path, file] of indexFiles(root) ?? []) known.set(join(root, path), file);
	const compressed = await precompress(
		files.map((f) => join(root, f)),
		{ ...(cacheDir ? { cacheDir } : {}), revisions: true, known }
	);

	const entries: PackEntry[] = [];
	files.forEach((file, i) => {
		const kind = packKind(file);
		if (!kind) return;
		const { bytes, gzip, revision } = compressed[i]!;
		entries.push({ url: urlOf(file), kind, bytes, transfer: gzip ?? bytes, revision: revision! });
	});
	const version = createHash('md5')
		.update(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))
		.digest('hex')
		.slice(0, 12);
	const list: PackFiles = { version, files: entries };
	const summary: PackSummary = { version, built: built.toISOString(), ...packTotals(entries) };
	writeFileSync(join(root, PACK_FILES), JSON.stringify(list));
	writeFileSync(join(root, PACK_SUMMARY), JSON.stringify(summary));
	await precompress([join(root, PACK_FILES), join(root, PACK_SUMMARY)]);
	return { sw, compressed: compressed.filter((c) => c.gzip !== undefined).length, summary };
}

export default function offline(): AstroIntegration {
	let base = '/';
	let cacheDir: string | undefined;
	return {
		name: 'kb:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					const started = performance.now();
					const { sw, compressed, summary } = await finishOfflineSite(fileURLToPath(dir), base, new Date(), cacheDir);
					logger.info(
						`离线使用：service worker 预缓存 ${sw.count} 个文件（${formatBytes(sw.size)}）；离线副本 ${summary.files} 个文件，` +
							`下载约 ${formatBytes(summary.transfer)}，占用 ${formatBytes(summary.bytes)}；${compressed} 个文件已预压缩（.gz、.br）；` +
							`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`
					);
				} catch (error) {
					throw new Error(`生成离线文件（service worker、压缩文件、离线副本清单）失败：${(error as Error).message}`, { cause: error });
				}
			},
		},
	};
}
