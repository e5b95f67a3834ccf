/**
 * Offline use, as a reader meets it: a page, a search and a calculator used once still work with the
 * network gone; after 离线使用 a text never opened, and a search for its words, work offline too; a
 * new build is announced (网站已更新) instead of the old pages being served silently; the site passes
 * Chromium's installability checks. Each test has its own browser context (its own service worker).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { serveStatic, type RunningServer } from './support/static-server';
import { CHROMIUM_ARGS, findChromium } from './support/browser';
import { repoRoot } from '../support/astro-build';
import { finishOfflineSite } from '../../src/integrations/offline';

/** Resolves once the service worker controls the page (the first visit's page is taken over when it activates). */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
}

const contexts: BrowserContext[] = [];
afterAll(() => Promise.all(contexts.map((c) => c.close())));

/** A reader's first visit in a browser of their own (own caches, own service worker), once the worker controls the page. */
async function firstVisit(url: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(url);
	await controlled(page);
	return { context, page };
}

describe('after one visit, offline', () => {
	it('opens the page read, runs the search made and the calculator used; a page never opened says it is not stored', async () => {
		const { context, page } = await firstVisit(site + 'policies/qinghai-guide/');
		await page.goto(`${site}search/?q=${encodeURIComponent('换届')}`);
		await page.locator('kb-search-page[data-search-state="done"] [data-search-result]').first().waitFor();
		await page.goto(site + 'tools/org-type/?formal=12&probationary=2');
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe('branch-committee');

		await context.setOffline(true);
		// The network is really gone for the service worker too: a page never opened is not there.
		await page.goto(site + 'policies/zhongbanfa-2015-51/');
		await page.locator('[data-offline-fallback]').waitFor();

		await page.goto(site + 'policies/qinghai-guide/');
		await expect(page.locator('h1').textContent()).resolves.toContain('青海省科技社团党组织工作指南');
		await page.goto(`${site}search/?q=${encodeURIComponent('换届')}`);
		await page.locator('kb-search-page[data-search-state="done"] [data-search-result]').first().waitFor();
		expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
		// Other numbers than the ones used online: the calculator runs in the page.
		await page.goto(site + 'tools/org-type/?formal=2&probationary=0');
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe('joint');
	});
});

describe('离线使用', () => {
	it('shows the size first, downloads everything, and then a text never opened and its words are found offline', async () => {
		const { context, page } = await firstVisit(site);
		const control = page.locator('kb-offline');
		await page.locator('kb-offline[data-offline-state="none"]').waitFor();
		await page.getByRole('button', { name: '离线使用：查看大小' }).click();
		const status = control.locator('[data-offline-status]');
		await page.getByRole('button', { name: '开始下载' }).waitFor();
		expect(await status.textContent()).toMatch(
			/^将下载 \d+ 个文件：文件 \d+ 篇、工具 \d+ 个、文书模板 \d+ 个、检索索引 \d+ 个文件.*下载约 [\d.]+ (?:MB|KB)，占用本机约 [\d.]+ (?:MB|KB)。$/
		);
		await page.getByRole('button', { name: '开始下载' }).click();
		await page.locator('kb-offline[data-offline-state="saved"]').waitFor({ timeout: 120_000 });
		expect(await status.textContent()).toContain('下载完成');
		expect(await control.locator('.offline-detail').textContent()).toContain('删除离线副本');

		await context.setOffline(true);
		// Never opened before: a text, a template, a tool.
		await page.goto(site + 'policies/zhongbanfa-2015-51/');
		await expect(page.locator('h1').textContent()).resolves.toContain('关于加强社会组织党的建设工作的意见');
		await page.goto(site + 'templates/template-4/');
		await page.locator('kb-template-form form fieldset').first().waitFor();
		await page.goto(site + 'tools/election/?seats=5&eligible=40&present=35');
		await expect(page.locator('[data-min-votes]').count()).resolves.toBeGreaterThan(0);
		// A search never made online, for words of the text never opened.
		await page.goto(`${site}search/?q=${encodeURIComponent('社会组织党的建设')}`);
		const first = page.locator('kb-search-page[data-search-state="done"] [data-search-result] a').first();
		await first.waitFor();
		const hrefs = await page.$$eval('[data-search-result] a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(hrefs.some((h) => h.includes('/policies/zhongbanfa-2015-51/'))).toBe(true);

		// 离线使用 page (precached) tells what is stored, and removes it.
		await page.goto(site + 'offline/');
		await page.locator('kb-offline[data-offline-state="saved"]').waitFor();
		expect(await page.locator('kb-offline [data-offline-status]').textContent()).toMatch(/^已保存到本机：文件 \d+ 篇/);
		await page.getByRole('button', { name: '删除离线副本' }).click();
		await page.locator('kb-offline[data-offline-state="none"]').waitFor();
		expect(await page.evaluate(() => caches.has('kb-pack'))).toBe(false);
	});
});

describe('a new build', () => {
	const copy = resolve(repoRoot, 'tests/.tmp/offline-update');
	let server: RunningServer;

	beforeAll(async () => {
		rmSync(copy, { recursive: true, force: true });
		cpSync(resolve(repoRoot, 'dist'), copy, { recursive: true });
		server = await serveStatic(copy, '/');
	});
	afterAll(async () => {
		await server?.close();
		rmSync(copy, { recursive: true, force: true });
	});

	it('is announced as 网站已更新, and 刷新 shows it', async () => {
		const { page } = await firstVisit(server.url + 'offline/');
		// The page is now served by the worker's precache.
		await page.reload();
		expect(await page.locator('h1').textContent()).toBe('离线使用');

		// The site is rebuilt with a changed page: the build's last step writes a new service worker.
		const file = join(copy, 'offline/index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1 id="_top"[^>]*>)离线使用</, '$1离线使用（新版本）<'));
		await finishOfflineSite(copy, '/');

		await page.reload();
		const notice = page.locator('kb-update-notice');
		await notice.waitFor();
		expect(await notice.textContent()).toContain('网站已更新，刷新后使用新版本');
		// Until the reader chooses, the page is the build it was loaded with.
		expect(await page.locator('h1').textContent()).toBe('离线使用');
		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '刷新' }).click()]);
		await expect(page.locator('h1').textContent()).resolves.toBe('离线使用（新版本）');
		expect(await page.locator('kb-update-notice').count()).toBe(0);
	});
});

describe('installable', () => {
	const profile = resolve(repoRoot, 'tests/.tmp/install-profile');
	afterAll(() => rmSync(profile, { recursive: true, force: true }));

	it('meets Chromium’s installability criteria (manifest, icons, service worker)', async () => {
		// A private (incognito) context can never install: this check needs a profile on disk.
		rmSync(profile, { recursive: true, force: true });
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: findChromium(),
			headless: true,
			args: CHROMIUM_ARGS,
		});
		const page = await context.newPage();
		await page.goto(site);
		await controlled(page);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
		expect(manifest.errors).toEqual([]);
		expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: '科技社团党建知识库', display: 'standalone', start_url: '/' });
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
		expect(installabilityErrors).toEqual([]);
		await context.close();
	});
});
