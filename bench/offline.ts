/**
 * npm run bench:offline -- [--docs 15,500] [--baseline <commit>]
 *
 * For each corpus size (15 = the real corpus; more = the scale benchmark's synthetic corpus, made
 * from the real texts), builds the site once and prints:
 * - the 离线使用 pack: files, bytes stored, bytes sent as gzip (what the build's .gz copies weigh, as
 *   nginx's gzip_static sends them) and as brotli, by kind, and the size of the pack's file list;
 * - the service worker: its size and the precached shell;
 * - first-visit bytes of the home page and of a text page in headless Chromium (the test server sends
 *   files uncompressed): up to the `load` event (the page is usable) and after it, until the service
 *   worker controls the page and the network is idle (registration, sw.js, precache).
 * With --baseline, the same first visit is measured on a build of that commit (a temporary git
 * worktree), the site before the service worker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { writeCorpus } from './scale/generate.ts';
import { build } from './scale/measure.ts';
import { KIND_LABELS, formatBytes, type PackFiles, type PackKind, type PackSummary } from '../src/lib/offline/pack.ts';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '15,500' },
		baseline: { type: 'string' },
	},
});
const sizes = values.docs.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 15)) {
	console.error('--docs 应为逗号分隔的篇数（15 表示真实语料），例如 --docs 15,500,5000');
	process.exit(2);
}

const repoRoot = resolve(import.meta.dirname, '..');
const tmp = resolve(repoRoot, 'bench/.tmp/offline');
const KiB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

interface Visit {
	beforeLoad: number;
	beforeLoadRequests: number;
	afterLoad: number;
	afterLoadRequests: number;
}

/** A first visit with an empty cache: bytes (headers + bodies) until `load`, and after it until the worker controls the page and the network is idle. */
async function firstVisit(browser: Browser, url: string, expectWorker: boolean): Promise<Visit> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	let loaded = false;
	const visit: Visit = { beforeLoad: 0, beforeLoadRequests: 0, afterLoad: 0, afterLoadRequests: 0 };
	const pending: Promise<void>[] = [];
	context.on('requestfinished', (request) => {
		const before = !loaded;
		pending.push(
			request
				.sizes()
				.then((s) => {
					const bytes = s.responseBodySize + s.responseHeadersSize;
					if (before) {
						visit.beforeLoad += bytes;
						visit.beforeLoadRequests += 1;
					} else {
						visit.afterLoad += bytes;
						visit.afterLoadRequests += 1;
					}
				})
				.catch(() => undefined)
		);
	});
	await page.goto(url, { waitUntil: 'load' });
	loaded = true;
	if (expectWorker)
		await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return visit;
}

function fileSize(path: string): number {
	return existsSync(path) ? statSync(path).size : 0;
}

async function measure(browser: Browser, dist: string, label: string, worker: boolean): Promise<void> {
	const server = await serveStatic(dist, '/');
	try {
		for (const [name, path] of [
			['首页', ''],
			['文件页', 'policies/qinghai-guide/'],
		] as const) {
			const v = await firstVisit(browser, server.url + path, worker);
			console.log(
				`  ${label} ${name}首次访问：load 之前 ${KiB(v.beforeLoad)}（${v.beforeLoadRequests} 个请求）；load 之后 ${KiB(v.afterLoad)}（${v.afterLoadRequests} 个请求）`
			);
		}
	} finally {
		await server.close();
	}
}

function report(dist: string, seconds: number, log: string): void {
	const summary = JSON.parse(readFileSync(join(dist, 'offline-pack.json'), 'utf8')) as PackSummary;
	const list = JSON.parse(readFileSync(join(dist, 'offline-pack-files.json'), 'utf8')) as PackFiles;
	let brotli = 0;
	for (const f of list.files) {
		const path = join(dist, f.url === '' || f.url.endsWith('/') ? `${f.url}index.html` : f.url);
		brotli += fileSize(`${path}.br`) || f.transfer;
	}
	const byKind = (Object.keys(summary.byKind) as PackKind[]).map((k) => `${KIND_LABELS[k]} ${summary.byKind[k]}`).join('、');
	console.log(`  构建 ${seconds.toFixed(1)} s；${/离线使用：[^\n]*/.exec(log)?.[0] ?? ''}`);
	console.log(
		`  离线副本：${summary.files} 个文件（${byKind}）；占用 ${formatBytes(summary.bytes)}；下载 gzip ${formatBytes(summary.transfer)}，brotli ${formatBytes(brotli)}；` +
			`清单 offline-pack-files.json ${formatBytes(fileSize(join(dist, 'offline-pack-files.json')))}（gzip ${formatBytes(fileSize(join(dist, 'offline-pack-files.json.gz')))}）`
	);
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	console.log(
		`  service worker：sw.js ${KiB(sw.length)}（gzip ${KiB(fileSize(join(dist, 'sw.js.gz')))}），预缓存 ${(sw.match(/"url":"/g) ?? []).length} 个文件`
	);
}

const browser = await launchBrowser();
try {
	console.log(
		`机器：${execFileSync('nproc').toString().trim()} 核，负载 ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
	);
	for (const docs of sizes) {
		const dist = join(tmp, `dist-${docs}`);
		const env: Record<string, string> = { KB_CACHE_DIR: join(tmp, `cache-${docs}`) };
		rmSync(env.KB_CACHE_DIR!, { recursive: true, force: true });
		if (docs > 15) {
			const corpus = join(tmp, `corpus-${docs}`);
			writeCorpus(resolve(repoRoot, 'content'), corpus, docs);
			env.KB_CONTENT_DIR = corpus;
		}
		console.log(`\n${docs} 篇：`);
		const figures = await build(repoRoot, dist, env);
		if (!figures.ok) throw new Error(`${docs} 篇构建失败：\n${figures.output.slice(-3000)}`);
		report(dist, figures.seconds, figures.output);
		await measure(browser, dist, '本站', true);
	}
	if (values.baseline) {
		const worktree = join(tmp, 'baseline');
		rmSync(worktree, { recursive: true, force: true });
		execFileSync('git', ['worktree', 'prune'], { cwd: repoRoot });
		execFileSync('git', ['worktree', 'add', '--detach', worktree, values.baseline], { cwd: repoRoot, stdio: 'ignore' });
		try {
			symlinkSync(join(repoRoot, 'node_modules'), join(worktree, 'node_modules'));
			const dist = join(worktree, 'dist');
			const figures = await build(worktree, dist, { KB_CACHE_DIR: join(tmp, 'cache-baseline') });
			if (!figures.ok) throw new Error(`${values.baseline} 构建失败：\n${figures.output.slice(-3000)}`);
			console.log(`\n基线 ${values.baseline}（15 篇，没有 service worker）：`);
			await measure(browser, dist, '基线', false);
		} finally {
			execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot });
		}
	}
} finally {
	await browser.close();
}
