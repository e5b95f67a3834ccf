/**
 * The full-text index in shards (src/integrations/search-index.ts): a rebuild re-indexes only the
 * shard whose page changed and gives the files a fresh build gives, and the browser finds pages of
 * every shard once the search has merged them as src/client/search/engine.ts does.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { SHARD_LIST, shardOf } from '../../src/lib/search/index-shards';
import { launchBrowser } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';
import { repoRoot } from '../support/astro-build';

const tmp = resolve(repoRoot, 'tests/.tmp/search-index');
const PAGES = 12;
const SHARDS = 4;

/** `changed`: a page whose indexed text changes; `cited`: a page whose backlinks (ignored by Pagefind) change. */
function writeSite(dir: string, changed?: number, cited?: number): void {
	rmSync(dir, { recursive: true, force: true });
	for (let i = 0; i < PAGES; i++) {
		mkdirSync(join(dir, 'p', String(i)), { recursive: true });
		const words = i === changed ? `修改后的第${i}页` : `第${i}页`;
		writeFileSync(
			join(dir, 'p', String(i), 'index.html'),
			`<!doctype html><html lang="zh-CN"><head><title>页面${i}</title></head><body><nav>导航</nav><main data-pagefind-body><h1>页面${i}</h1><p>换届选举 ${words} 编号${i}号文件</p><section data-pagefind-ignore><h2 id="backlinks-heading">引用本文的文件</h2><p>${i === cited ? '《新文件》' : '暂无'}</p></section></main></body></html>`
		);
	}
	// A page without data-pagefind-body is not indexed, as with Pagefind's own rule.
	writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><title>首页</title></head><body>换届选举</body></html>');
}

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();

let first: Awaited<ReturnType<typeof buildSearchIndex>>;
let warm: Awaited<ReturnType<typeof buildSearchIndex>>;
let citedOnly: Awaited<ReturnType<typeof buildSearchIndex>>;

beforeAll(async () => {
	rmSync(tmp, { recursive: true, force: true });
	writeSite(join(tmp, 'site'));
	first = await buildSearchIndex(join(tmp, 'site'), join(tmp, 'cache'), { shards: SHARDS });
	// The next build: a new output folder (Astro empties it), one page changed, the same cache.
	writeSite(join(tmp, 'site'), 5);
	warm = await buildSearchIndex(join(tmp, 'site'), join(tmp, 'cache'), { shards: SHARDS });
	writeSite(join(tmp, 'cold'), 5);
	await buildSearchIndex(join(tmp, 'cold'), join(tmp, 'cache-cold'), { shards: SHARDS });
	// Then a new text cites page 7: only its backlinks change, which Pagefind does not index.
	writeSite(join(tmp, 'cited'), 5, 7);
	citedOnly = await buildSearchIndex(join(tmp, 'cited'), join(tmp, 'cache'), { shards: SHARDS });
	writeSite(join(tmp, 'cited-cold'), 5, 7);
	await buildSearchIndex(join(tmp, 'cited-cold'), join(tmp, 'cache-cited-cold'), { shards: SHARDS });
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 60_000);

describe('the search index in shards', () => {
	it('indexes the pages with data-pagefind-body, in every shard, and lists the shards to merge', () => {
		expect(first).toEqual({ pages: PAGES, shards: SHARDS, built: SHARDS });
		const list = JSON.parse(readFileSync(join(tmp, 'site/pagefind', SHARD_LIST), 'utf8'));
		expect(list).toEqual(['shard-1/', 'shard-2/', 'shard-3/']);
		// A merged shard carries its index only: the script and WebAssembly are the first shard's.
		expect(readdirSync(join(tmp, 'site/pagefind/shard-1')).sort()).toEqual(
			expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json'])
		);
		expect(readdirSync(join(tmp, 'site/pagefind/shard-1')).some((f) => f.endsWith('.js') || f.startsWith('wasm'))).toBe(false);
		expect(readdirSync(join(tmp, 'site/pagefind'))).toContain('pagefind.js');
	});

	it('re-indexes only the shard of a changed page, and writes what a fresh build writes', () => {
		expect(warm.built).toBe(1);
		const site = join(tmp, 'site/pagefind');
		const cold = join(tmp, 'cold/pagefind');
		expect(files(site)).toEqual(files(cold));
		for (const f of files(site)) expect(readFileSync(join(site, f)).equals(readFileSync(join(cold, f))), f).toBe(true);
	});

	it('re-indexes no shard when a page changes only where Pagefind ignores it (backlinks), and writes what a fresh build writes', () => {
		expect(citedOnly.built).toBe(0);
		const site = join(tmp, 'cited/pagefind');
		const cold = join(tmp, 'cited-cold/pagefind');
		expect(files(site)).toEqual(files(cold));
		for (const f of files(site)) expect(readFileSync(join(site, f)).equals(readFileSync(join(cold, f))), f).toBe(true);
	});

	describe('in the browser', () => {
		let browser: Browser;
		let server: Awaited<ReturnType<typeof serveStatic>>;
		beforeAll(async () => {
			browser = await launchBrowser();
			server = await serveStatic(join(tmp, 'site'), '/');
		}, 60_000);
		afterAll(async () => {
			await server?.close();
			await browser?.close();
		});

		it('finds the pages of every shard after merging them', async () => {
			const page = await browser.newPage();
			await page.goto(`${server.url}p/0/`);
			// A string, not a function: the test runner would rewrite a dynamic import() inside a function for Node.
			const found = (await page.evaluate(`(async () => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const shards = await (await fetch('/pagefind/${SHARD_LIST}')).json();
				await Promise.all(shards.map((folder) => pf.mergeIndex('/pagefind/' + folder)));
				const urls = async (search) => Promise.all(search.results.map(async (r) => (await r.data()).url));
				return { urls: (await urls(await pf.search('换届选举'))).sort(), changed: await urls(await pf.search('修改后')) };
			})()`)) as { urls: string[]; changed: string[] };
			expect(found.urls).toEqual(Array.from({ length: PAGES }, (_, i) => `/p/${i}/`).sort());
			expect(found.changed).toEqual(['/p/5/']);
			// the pages really are spread over the shards
			expect(new Set(Array.from({ length: PAGES }, (_, i) => shardOf(`p/${i}/index.html`, SHARDS))).size).toBe(SHARDS);
		});
	});
});
