/**
 * The deployment configuration (deploy/nginx/) on Debian's real nginx: the site built under /kb/ is
 * served through kb.conf as written, the response headers are those deploy/README.md documents
 * (security headers, caching, pre-compressed files, MIME types, the 404 page), and the browser smoke
 * tests run through it: pages, search, a calculator, a template's .docx, 我的收藏, the service worker
 * and offline use, with not one Content-Security-Policy violation.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser } from './support/harness';
import { kbBuild } from './support/kb-build';
import { hasBrotli, startNginx, type RunningNginx } from './support/nginx';
import { recordViolations } from './support/csp';
import { generateSampleDocx } from './support/sample-docx';

let nginx: RunningNginx;
let dist: string;
let base: string;

beforeAll(async () => {
	dist = await kbBuild();
	nginx = await startNginx(dist);
	base = `${nginx.origin}/kb/`;
}, 300_000);

afterAll(async () => {
	await nginx?.close();
});

async function get(path: string, encoding = 'identity') {
	const response = await fetch(base + path, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });
	await response.arrayBuffer();
	return response;
}

describe('response headers', () => {
	it('a page: HTML, revalidated every time, with the security headers', async () => {
		const r = await get('policies/qinghai-guide/');
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(r.headers.get('cache-control')).toBe('no-cache');
		expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'");
		expect(r.headers.get('x-content-type-options')).toBe('nosniff');
		expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(r.headers.get('referrer-policy')).toBe('same-origin');
		expect(r.headers.get('permissions-policy')).toContain('camera=()');
		expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(r.headers.get('etag') ?? r.headers.get('last-modified')).toBeTruthy();
	});

	it('sends the build’s pre-compressed copies (gzip, and brotli where the module is installed)', async () => {
		const gz = await get('policies/qinghai-guide/', 'gzip');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gz.headers.get('vary')).toBe('Accept-Encoding');
		expect(Number(gz.headers.get('content-length'))).toBe(statSync(join(dist, 'policies/qinghai-guide/index.html.gz')).size);
		const br = await get('policies/qinghai-guide/', 'br, gzip');
		if (hasBrotli()) {
			expect(br.headers.get('content-encoding')).toBe('br');
			expect(Number(br.headers.get('content-length'))).toBe(statSync(join(dist, 'policies/qinghai-guide/index.html.br')).size);
		} else {
			expect(br.headers.get('content-encoding')).toBe('gzip');
		}
	});

	it('hashed assets are cached for a year; the service worker and unhashed files never', async () => {
		const asset = (await (await fetch(base + 'favorites/')).text()).match(/\/kb\/(_astro\/[^"]+\.css)/)![1]!;
		const a = await get(asset);
		expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(a.headers.get('content-type')).toBe('text/css; charset=utf-8');
		expect(a.headers.get('x-content-type-options')).toBe('nosniff');

		const sw = await get('sw.js');
		expect(sw.headers.get('cache-control')).toBe('no-cache');
		expect(sw.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
		expect(sw.headers.getSetCookie?.() ?? []).toEqual([]);
		expect(sw.headers.get('content-security-policy')).toContain("default-src 'self'; script-src 'self'");

		expect((await get('pagefind/pagefind-entry.json')).headers.get('cache-control')).toBe('no-cache');
		expect((await get('offline-pack.json')).headers.get('cache-control')).toBe('no-cache');
	});

	it('MIME types: manifest, JSON, and Pagefind’s own compressed files as binary with no Content-Encoding', async () => {
		const manifest = await get('manifest.webmanifest');
		expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
		expect((await get('pagefind/pagefind-entry.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect((await get('pagefind/pagefind.js')).headers.get('content-type')).toBe('application/javascript; charset=utf-8');

		const wasm = await get('pagefind/wasm.unknown.pagefind', 'gzip, br');
		expect(wasm.status).toBe(200);
		expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
		expect(wasm.headers.get('content-encoding')).toBeNull();

		const entry = (await (await fetch(base + 'pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { hash: string }> };
		const meta = `pagefind/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`;
		const m = await get(meta, 'gzip, br');
		expect(m.status).toBe(200);
		expect(m.headers.get('content-type')).toBe('application/octet-stream');
		expect(m.headers.get('content-encoding')).toBeNull();
		expect(m.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('a missing page gets the site’s 404 page with status 404; a folder without its slash is redirected', async () => {
		const missing = await fetch(base + 'no-such-page/');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('<title>');
		expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(missing.headers.get('x-content-type-options')).toBe('nosniff');

		const folder = await get('policies/qinghai-guide');
		expect(folder.status).toBe(301);
		expect(folder.headers.get('location')).toBe('/kb/policies/qinghai-guide/');
	});
});

describe('the site through nginx', () => {
	let context: BrowserContext;
	let violations: string[];
	let page: Page;

	beforeAll(async () => {
		context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
		violations = await recordViolations(context);
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it('home page, the service worker takes over', async () => {
		const response = await page.goto(base);
		expect(response?.status()).toBe(200);
		await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
		expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(`${base}sw.js`);
	});

	it('a text, and a search landing on a clause', async () => {
		await page.goto(base + 'policies/qinghai-guide/');
		await expect(page.locator('h1').textContent()).resolves.toContain('青海省科技社团党组织工作指南');
		await page.goto(`${base}search/?q=${encodeURIComponent('换届')}`);
		const first = page.locator('kb-search-page[data-search-state="done"] [data-search-result] a').first();
		await first.waitFor();
		expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/^\/kb\/(policies|templates)\//);
	});

	it('a calculator and a template’s .docx', async () => {
		await page.goto(base + 'tools/org-type/?formal=12&probationary=2');
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe('branch-committee');
		const download = await generateSampleDocx(page, base);
		expect(download.suggestedFilename()).toMatch(/\.docx$/);
	});

	it('我的收藏 and the map', async () => {
		await page.goto(base + 'policies/zhongbanfa-2015-51/');
		await page.locator('kb-favorite-star button').click();
		await page.locator('kb-favorite-star button[aria-pressed="true"]').waitFor();
		await page.goto(base + 'favorites/');
		await expect(page.locator('kb-favorites').getAttribute('data-count')).resolves.toBe('1');
		await page.goto(base + 'map/');
		await page.locator('svg[data-citation-map]').waitFor();
	});

	it('offline: a page read opens, one never read gets the offline page', async () => {
		await context.setOffline(true);
		await page.goto(base + 'policies/qinghai-guide/');
		await expect(page.locator('h1').textContent()).resolves.toContain('青海省科技社团党组织工作指南');
		await page.goto(base + 'policies/kexie-dangzufa-2016-81/');
		await page.locator('[data-offline-fallback]').waitFor();
		await context.setOffline(false);
	});

	it('not one Content-Security-Policy violation on the way', () => {
		expect(violations).toEqual([]);
	});
});
