/**
 * npm run bench:scale -- --docs 5000 [--repeat 3] [--pages-only] [--ours-only]
 * npm run bench:scale -- --incremental [--docs 5000]   (cold build, then one text changed, then one added: bench/scale/incremental.ts)
 *
 * Builds a synthetic corpus (made from the real texts) at 500 texts and at the given size, with our
 * site and with a bare Starlight site holding the same texts, and prints build time per text, peak
 * memory, search index size, and bytes and time for ten queries in headless Chromium.
 *
 * Every build is cold (fresh cache). Builds of the two sites alternate, so load on the machine
 * falls on both; the 500-text builds run `--repeat` times and the median counts (the large size is
 * built once: its builds take minutes, so noise weighs less).
 */
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { writeBareProject, writeCorpus } from './scale/generate.ts';
import { runIncremental } from './scale/incremental.ts';
import { build, largestByType, largestPages, type BuildFigures } from './scale/measure.ts';
import type { Browser } from 'playwright-core';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '5000' },
		repeat: { type: 'string', default: '3' },
		'pages-only': { type: 'boolean', default: false },
		incremental: { type: 'boolean', default: false },
		'ours-only': { type: 'boolean', default: false },
	},
});
/**
 * --ours-only: no bare Starlight builds (its sidebar grows with the square of the texts: 609 s at
 * 5,000 on 11-30, hours at 20,000), for the per-text cost and memory of our site at a large size.
 */
const oursOnly = values['ours-only'];
const SITES = oursOnly ? (['本站'] as const) : (['本站', '空白 Starlight'] as const);
/** --pages-only: build only our site, once, at --docs texts, and print the page figures (no baseline, no queries): the quick check of page weights on a busy machine. */
const pagesOnly = values['pages-only'];
const largest = Number(values.docs);
const repeat = Number(values.repeat);
if (!Number.isInteger(largest) || largest < 20) {
	console.error('--docs 应为不小于 20 的整数，例如 --docs 5000');
	process.exit(2);
}
if (!Number.isInteger(repeat) || repeat < 1 || repeat > 9) {
	console.error('--repeat 应为 1 到 9 之间的整数（500 篇的构建重复次数，取中位数）');
	process.exit(2);
}
const small = Math.min(500, largest);
const sizes = pagesOnly ? [largest] : [...new Set([small, largest])];

const repoRoot = resolve(import.meta.dirname, '..');
const tmp = resolve(repoRoot, 'bench/.tmp');
const QUERIES = [
	'三会一课',
	'换届',
	'党费',
	'功能型党支部',
	'示范点',
	'差额选举',
	'中办发〔2015〕51号',
	'学会党建',
	'联合党支部',
	'样本42',
];

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
			// A new context per query: a visitor with an empty cache.
			const context = await browser.newContext();
			const page = await context.newPage();
			let queryBytes = 0;
			page.on('requestfinished', async (request) => {
				const sizes = await request.sizes().catch(() => undefined);
				if (sizes && new URL(request.url()).pathname.includes('/pagefind/'))
					queryBytes += sizes.responseBodySize + sizes.responseHeadersSize;
			});
			const started = Date.now();
			if (ours) {
				await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
				await page.locator('kb-search-page[data-search-state="done"]').waitFor({ timeout: 120_000 });
			} else {
				await page.goto(server.url);
				await page.evaluate(async (query) => {
					// Runs in the page: the bare site's own Pagefind bundle.
					const bundle: string = '/pagefind/pagefind.js';
					const pagefind = await import(/* @vite-ignore */ bundle);
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
const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Site = '本站' | '空白 Starlight';

interface Row {
	site: Site;
	docs: number;
	/** Wall time of every build, in the order run. */
	runs: number[];
	build: BuildFigures;
	queries: QueryFigures;
}

/** Output or cache directory of one site at one size, below bench/.tmp. */
const siteDir = (kind: 'dist' | 'cache', site: Site, docs: number) => resolve(tmp, `${kind}-${site === '本站' ? 'ours' : 'bare'}-${docs}`);

async function buildOnce(site: Site, docs: number, corpus: string, bare: string): Promise<BuildFigures> {
	const dist = siteDir('dist', site, docs);
	const cache = siteDir('cache', site, docs);
	rmSync(cache, { recursive: true, force: true });
	console.error(`[bench:scale] 构建${site}，${docs} 篇……`);
	const figures =
		site === '本站'
			? await build(repoRoot, dist, { KB_CONTENT_DIR: corpus, KB_CACHE_DIR: cache })
			: await build(bare, dist, { KB_CACHE_DIR: cache });
	if (!figures.ok) throw new Error(`${site}构建失败（${docs} 篇）：\n${figures.output.slice(-3000)}`);
	console.error(`[bench:scale]   ${figures.seconds.toFixed(1)} s`);
	return figures;
}

function machine(): string {
	const chromium = (() => {
		try {
			return execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		} catch {
			return 'Chromium ?';
		}
	})();
	return `${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}，${chromium}`;
}

/** Targets for every page type at the largest size (issue 16): HTML ≤ 300 KB, everything a first visit downloads ≤ 500 KB. */
const HTML_TARGET = 300 * 1024;
const FIRST_LOAD_TARGET = 500 * 1024;

interface FirstLoad {
	type: string;
	pages: number;
	path: string;
	htmlBytes: number;
	/** Bytes of every response (bodies and headers, uncompressed: the test server sends files as they are) until the network is idle. */
	transferBytes: number;
	requests: number;
}

/** Opens the largest page of each type with an empty cache and adds up what it downloads. */
async function measureFirstLoads(browser: Browser, dist: string): Promise<FirstLoad[]> {
	const server = await serveStatic(dist, '/');
	const out: FirstLoad[] = [];
	try {
		for (const t of largestByType(dist)) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const pending: Promise<number>[] = [];
			page.on('requestfinished', (request) => {
				pending.push(
					request.sizes().then(
						(s) => s.responseBodySize + s.responseHeadersSize,
						() => 0
					)
				);
			});
			await page.goto(server.url + t.largest[0].slice(1), { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			const sizes = await Promise.all(pending);
			out.push({
				type: t.type,
				pages: t.pages,
				path: t.largest[0],
				htmlBytes: t.largest[1],
				transferBytes: sizes.reduce((a, b) => a + b, 0),
				requests: sizes.length,
			});
			await context.close();
		}
	} finally {
		await server.close();
	}
	return out;
}

if (values.incremental) {
	await runIncremental(repoRoot, tmp, largest);
	process.exit(0);
}

const rows: Row[] = [];
let firstLoads: FirstLoad[] = [];
const browser = await launchBrowser();
try {
	if (pagesOnly) {
		const corpus = resolve(tmp, `corpus-${largest}`);
		writeCorpus(resolve(repoRoot, 'content'), corpus, largest);
		const figures = await buildOnce('本站', largest, corpus, '');
		console.log(`本站 ${largest} 篇：${figures.pages ?? '?'} 个页面，构建 ${figures.seconds.toFixed(1)} s`);
		firstLoads = await measureFirstLoads(browser, siteDir('dist', '本站', largest));
	}
	for (const docs of pagesOnly ? [] : sizes) {
		const corpus = resolve(tmp, `corpus-${docs}`);
		writeCorpus(resolve(repoRoot, 'content'), corpus, docs);
		const bare = resolve(tmp, `bare-${docs}`);
		if (!oursOnly) writeBareProject(resolve(repoRoot, 'content'), bare, docs);
		const times = docs === small ? repeat : 1;
		const runs: Record<Site, BuildFigures[]> = { 本站: [], '空白 Starlight': [] };
		for (let r = 0; r < times; r++) {
			for (const site of SITES) runs[site].push(await buildOnce(site, docs, corpus, bare));
		}
		for (const site of SITES) {
			const all = runs[site];
			const seconds = all.map((b) => b.seconds);
			const peaks = all.flatMap((b) => (b.peakRssMiB === undefined ? [] : [b.peakRssMiB]));
			const last = all[all.length - 1]!;
			rows.push({
				site,
				docs,
				runs: seconds,
				build: {
					...last,
					seconds: median(seconds),
					cpuSeconds: all.every((b) => b.cpuSeconds !== undefined) ? median(all.map((b) => b.cpuSeconds!)) : undefined,
					peakRssMiB: peaks.length ? Math.max(...peaks) : undefined,
				},
				queries: await measureQueries(browser, siteDir('dist', site, docs), site === '本站'),
			});
		}
		if (docs === largest) firstLoads = await measureFirstLoads(browser, siteDir('dist', '本站', docs));
	}
} finally {
	await browser.close();
}

console.log(`机器：${machine()}`);
console.log(
	pagesOnly
		? `命令：npm run bench:scale -- --docs ${largest} --pages-only（只构建本站一次）`
		: `命令：npm run bench:scale -- --docs ${largest} --repeat ${repeat}${oursOnly ? ' --ours-only' : ''}（${small} 篇构建 ${repeat} 次取中位数）`
);
if (rows.length) console.log('站点\t篇数\t页面\t构建(s)\t每篇(ms)\tCPU(s)\t峰值内存\t索引\t每次查询流量\t每次查询耗时\t各次构建(s)');
for (const r of rows) {
	console.log(
		[
			r.site,
			r.docs,
			r.build.pages ?? '—',
			r.build.seconds.toFixed(1),
			((r.build.seconds * 1000) / r.docs).toFixed(1),
			r.build.cpuSeconds === undefined ? '—' : r.build.cpuSeconds.toFixed(1),
			r.build.peakRssMiB === undefined ? '未测（需要 /usr/bin/time）' : `${r.build.peakRssMiB.toFixed(0)} MiB`,
			mib(r.build.indexBytes),
			kib(r.queries.meanBytes),
			`${r.queries.meanMs.toFixed(0)} ms`,
			r.runs.map((s) => s.toFixed(1)).join(' / '),
		].join('\t')
	);
}
const perText = (site: Site, docs: number, cpu = false) => {
	const r = rows.find((x) => x.site === site && x.docs === docs)!;
	return (cpu ? (r.build.cpuSeconds ?? NaN) : r.build.seconds) / r.docs;
};
if (sizes.length === 2 && !pagesOnly) {
	for (const site of SITES) {
		const ratio = perText(site, largest) / perText(site, small);
		// CPU seconds as well: on a busy machine wall time measures the other work too
		const cpu = perText(site, largest, true) / perText(site, small, true);
		console.log(
			`${site}每篇构建成本：${largest} 篇 / ${small} 篇 = ${ratio.toFixed(2)}（墙钟），${Number.isNaN(cpu) ? '—' : cpu.toFixed(2)}（CPU）${site === '本站' ? '（目标 ≤ 1.3）' : ''}`
		);
	}
}
for (const docs of sizes) {
	const pages = largestPages(siteDir('dist', '本站', docs), 5).map(([p, bytes]) => `${p} ${kib(bytes)}`);
	console.log(`${docs} 篇：本站最大的页面：${pages.join('，')}`);
}
for (const docs of pagesOnly || oursOnly ? [] : sizes) {
	console.log(
		`${docs} 篇：本站 / 空白 Starlight 构建时间 = ${(perText('本站', docs) / perText('空白 Starlight', docs)).toFixed(2)}（目标 ≤ 1.5）`
	);
}

console.log(`${largest} 篇：本站各类页面中最大的一页，及其首次加载（空缓存）的全部下载量（未压缩）：`);
console.log('页面类型\t页数\t最大的页面\tHTML\t首次加载\t请求数');
for (const f of firstLoads) {
	const flag = (bytes: number, target: number) => (bytes > target ? '（超标）' : '');
	console.log(
		[
			f.type,
			f.pages,
			f.path,
			kib(f.htmlBytes) + flag(f.htmlBytes, HTML_TARGET),
			kib(f.transferBytes) + flag(f.transferBytes, FIRST_LOAD_TARGET),
			f.requests,
		].join('\t')
	);
}
if (firstLoads.length) {
	const maxHtml = firstLoads.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a));
	const maxLoad = firstLoads.reduce((a, b) => (b.transferBytes > a.transferBytes ? b : a));
	console.log(
		`${largest} 篇：最大的 HTML 页面 ${kib(maxHtml.htmlBytes)}（${maxHtml.path}，目标 ≤ ${kib(HTML_TARGET)}）；首次加载最多 ${kib(maxLoad.transferBytes)}（${maxLoad.path}，目标 ≤ ${kib(FIRST_LOAD_TARGET)}）`
	);
}
