/**
 * The site can be served under a sub-path (an intranet often gives it /kb/): every internal link
 * and the search index must carry the base; with KB_SITE set, canonical links and the sitemap name the public address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from './support/static-server';
import { browser } from './support/harness';
import { KB_DIST as outDir, kbBuild } from './support/kb-build';

let server: RunningServer;

beforeAll(async () => {
	// The /kb/ build is shared with nginx.test.ts (made once per run).
	server = await serveStatic(await kbBuild(), '/kb/');
}, 240_000);

afterAll(async () => {
	await server?.close();
});

describe('a build with KB_SITE', () => {
	const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

	it('gives each page its canonical address under the site and the base', () => {
		const doc = fromHtml(read('policies/shanxi-shuangqiang-liuhao/index.html'));
		expect(select('link[rel=canonical]', doc)?.properties.href).toBe('http://intranet.example/kb/policies/shanxi-shuangqiang-liuhao/');
		expect(select('link[rel=sitemap]', doc)?.properties.href).toBe('/kb/sitemap-index.xml');
	});

	it('writes a sitemap of the pages at their public addresses', () => {
		expect(read('sitemap-index.xml')).toContain('<loc>http://intranet.example/kb/sitemap-0.xml</loc>');
		const sitemap = read('sitemap-0.xml');
		expect(sitemap).toContain('<loc>http://intranet.example/kb/policies/shanxi-shuangqiang-liuhao/</loc>');
		expect(sitemap).not.toContain('localhost');
	});
});

describe('site served under /kb/', () => {
	it.each(['', 'policies/', 'policies/shanxi-shuangqiang-liuhao/', 'policies/qinghai-guide/', 'tools/', 'search/'])(
		'every internal link on /kb/%s stays under /kb/ and resolves',
		async (path) => {
			const page = await browser.newPage();
			const response = await page.goto(server.url + path);
			expect(response?.status()).toBe(200);
			const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
			const internal = hrefs.filter((h) => h.startsWith(new URL(server.url).origin));
			expect(internal.length).toBeGreaterThan(0);
			const outside = internal.filter((h) => !new URL(h).pathname.startsWith('/kb/'));
			expect(outside).toEqual([]);
			for (const href of new Set(internal.map((h) => h.split('#')[0]!))) {
				const status = (await page.request.get(href)).status();
				expect({ href, status }).toEqual({ href, status: 200 });
			}
			await page.close();
		}
	);

	it('search works under the base', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}search/?q=${encodeURIComponent('双强六好')}`);
		const first = page.locator('[data-search-result] a').first();
		await first.waitFor();
		expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/^\/kb\/policies\//);
		await page.close();
	});
});
