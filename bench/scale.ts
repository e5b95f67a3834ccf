/**
 * npm run bench:scale -- --docs 5000
 *
 * Builds a synthetic corpus (made from the real texts) at 500 texts and at the given size, with our
 * site and with a bare Starlight site holding the same texts, and prints build time per text, peak
 * memory, search index size, and bytes and time for ten queries in headless Chromium.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { writeBareProject, writeCorpus } from './scale/generate.ts';
import { build, type BuildFigures } from './scale/measure.ts';
import type { Browser } from 'playwright-core';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '5000' } } });
const largest = Number(values.docs);
if (!Number.isInteger(largest) || largest < 20) {
	console.error('--docs 应为不小于 20 的整数，例如 --docs 5000');
	process.exit(2);
}
const sizes = [...new Set([Math.min(500, largest), largest])];

const repoRoot = resolve(import.meta.dirname, '..');
const tmp = resolve(repoRoot, 'bench/.tmp');
const QUERIES = ['三会一课', '换届', '党费', '功能型党支部', '示范点', '差额选举', '中办发〔2015〕51号', '学会党建', '联合党支部', '样本42'];

interface QueryFigures {
	meanBytes: number;
	meanMs: number;
}

async function measureQueries(browser: Browser, dist: string, ours: boolean): Promise<QueryFigures> {
	const server = await serveStatic(dist, '/');
	let bytes = 0;
	let ms = 0;
	try {
		for (const q of QUERIES) {
			const context = await browser.newContext();
			const page = await context.newPage();
			let queryBytes = 0;
			page.on('requestfinished', async (request) => {
				const sizes = await request.sizes().catch(() => undefined);
				if (sizes && new URL(request.url()).pathname.includes('/pagefind/')) queryBytes += sizes.responseBodySize + sizes.responseHeadersSize;
			});
			const started = Date.now();
			if (ours) {
				await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
				await page.locator('kb-search[data-search-state="done"]').waitFor({ timeout: 120_000 });
			} else {
				await page.goto(server.url);
				await page.evaluate(async (query) => {
					const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
					const search = await pagefind.search(query);
					await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
				}, q);
			}
			ms += Date.now() - started;
			await page.waitForLoadState('networkidle');
			bytes += queryBytes;
			await context.close();
		}
	} finally {
		await server.close();
	}
	return { meanBytes: bytes / QUERIES.length, meanMs: ms / QUERIES.length };
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

interface Row {
	site: string;
	docs: number;
	build: BuildFigures;
	queries: QueryFigures;
}

const rows: Row[] = [];
const browser = await launchBrowser();
try {
	for (const docs of sizes) {
		const corpus = resolve(tmp, `corpus-${docs}`);
		writeCorpus(resolve(repoRoot, 'content'), corpus, docs);
		const oursDist = resolve(tmp, `dist-ours-${docs}`);
		console.error(`[bench:scale] 构建本站，${docs} 篇……`);
		// A fresh cache per build: every run measures a cold build.
		const oursCache = resolve(tmp, `cache-ours-${docs}`);
		rmSync(oursCache, { recursive: true, force: true });
		const ours = await build(repoRoot, oursDist, { KB_CONTENT_DIR: corpus, KB_CACHE_DIR: oursCache });
		if (!ours.ok) throw new Error(`本站构建失败（${docs} 篇）：\n${ours.output.slice(-3000)}`);
		rows.push({ site: '本站', docs, build: ours, queries: await measureQueries(browser, oursDist, true) });

		const bare = resolve(tmp, `bare-${docs}`);
		writeBareProject(resolve(repoRoot, 'content'), bare, docs);
		const bareDist = resolve(tmp, `dist-bare-${docs}`);
		console.error(`[bench:scale] 构建空白 Starlight 站点，${docs} 篇……`);
		const bareCache = resolve(tmp, `cache-bare-${docs}`);
		rmSync(bareCache, { recursive: true, force: true });
		const bareBuild = await build(bare, bareDist, { KB_CACHE_DIR: bareCache });
		if (!bareBuild.ok) throw new Error(`空白 Starlight 构建失败（${docs} 篇）：\n${bareBuild.output.slice(-3000)}`);
		rows.push({ site: '空白 Starlight', docs, build: bareBuild, queries: await measureQueries(browser, bareDist, false) });
	}
} finally {
	await browser.close();
}

console.log('站点\t篇数\t构建(s)\t每篇(ms)\t峰值内存\t索引\t每次查询流量\t每次查询耗时');
for (const r of rows) {
	console.log(
		[r.site, r.docs, r.build.seconds.toFixed(1), ((r.build.seconds * 1000) / r.docs).toFixed(1), `${r.build.peakRssMiB.toFixed(0)} MiB`, mib(r.build.indexBytes), kib(r.queries.meanBytes), `${r.queries.meanMs.toFixed(0)} ms`].join('\t')
	);
}
const perText = (site: string, docs: number) => {
	const r = rows.find((x) => x.site === site && x.docs === docs)!;
	return r.build.seconds / r.docs;
};
if (sizes.length === 2) {
	const [small, large] = sizes as [number, number];
	console.log(`本站每篇构建成本：${large} 篇 / ${small} 篇 = ${(perText('本站', large) / perText('本站', small)).toFixed(2)}（目标 ≤ 1.3）`);
}
for (const docs of sizes) {
	console.log(`${docs} 篇：本站 / 空白 Starlight 构建时间 = ${(perText('本站', docs) / perText('空白 Starlight', docs)).toFixed(2)}（目标 ≤ 1.5）`);
}
