/**
 * Content-Security-Policy: every page type carries the site's policy and, used as a reader uses it
 * (searching, calculating, filling a template and downloading the .docx, comparing, filtering the
 * library, the map), triggers not one `securitypolicyviolation` in Chromium. The recorder itself is
 * checked first: an inline script the policy does not list is reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { recordViolations } from './support/csp';
import { generateSampleDocx } from './support/sample-docx';

let context: BrowserContext;
let violations: string[];

beforeAll(async () => {
	// With the service worker: its registration and its fetches are part of every page's life.
	context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
	violations = await recordViolations(context);
});

afterAll(async () => {
	await context?.close();
});

/** Opens a page, runs what a reader does there, and returns the violations it caused. */
async function use(path: string, act: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
	const before = violations.length;
	const page = await context.newPage();
	await page.goto(site + path);
	await act(page);
	await page.waitForLoadState('networkidle');
	await page.close();
	return violations.slice(before);
}

describe('the policy', () => {
	it('is on every page, first in the head, and allows only this site', async () => {
		const page = await context.newPage();
		await page.goto(site + 'policies/qinghai-guide/');
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/https?:/);
		// Nothing runs before the policy: it directly follows <meta charset>.
		expect(await page.evaluate(() => document.head.children[1]?.getAttribute('http-equiv'))).toBe('content-security-policy');
		await page.close();
	});

	it('blocks an inline script it does not list, and the test sees it', async () => {
		const found = await use('', async (page) => {
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.body.append(script);
			});
			expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
		});
		expect(found.join('\n')).toContain('script-src');
	});
});

describe('zero violations', () => {
	it.each([
		['首页', ''],
		['文件页', 'policies/qinghai-guide/'],
		['按层级浏览', 'policies/'],
		['文件库分面页', 'library/level/%E7%9C%81%E7%BA%A7/'],
		['时间线', 'timeline/'],
		['名词解释', 'glossary/'],
		['未收录的被引文件', 'missing/'],
		['对照页', 'compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/'],
		['工具一览', 'tools/'],
		['计算口径', 'tools/readings/'],
		['模板一览', 'templates/'],
		['帮助', 'guide/about/'],
		['404', 'no-such-page/'],
	])('%s', async (_name, path) => {
		expect(await use(path)).toEqual([]);
	});

	it('引用关系图: the map, and a click through to a text', async () => {
		const found = await use('map/', async (page) => {
			await page.locator('svg a[data-node="pingdingshan-xuehui-dangjian-yijian"]').click();
			await page.waitForURL(/pingdingshan-xuehui-dangjian-yijian\/$/);
		});
		expect(found).toEqual([]);
	});

	it('文件库: filtering loads the corpus index', async () => {
		const found = await use('library/', async (page) => {
			await page.locator('fieldset[data-facet="level"] input[value="省级"]').check();
			await page.waitForURL(/level=/);
			await page.locator('[data-summary]', { hasText: '筛选出' }).waitFor();
		});
		expect(found).toEqual([]);
	});

	it('全文检索: the search page and the header dialog', async () => {
		const found = await use(`search/?q=${encodeURIComponent('换届')}`, async (page) => {
			await page.locator('kb-search-page[data-search-state="done"] [data-search-result]').first().waitFor();
			await page.keyboard.press('Control+k');
			await page.keyboard.type('党费');
			await page.locator('kb-header-search[data-search-state="done"]').waitFor();
		});
		expect(found).toEqual([]);
	});

	it('对照阅读: two texts compared in the browser', async () => {
		const found = await use('compare/?a=qing-kexie-dangfa-2018-12&b=kexie-dangzufa-2016-81', async (page) => {
			await page.locator('[data-compare-table] tbody tr').first().waitFor();
		});
		expect(found).toEqual([]);
	});

	it.each([
		['组织形式', 'tools/org-type/?formal=12&probationary=2', '[data-org-type]'],
		['换届选举', 'tools/election/?seats=5&eligible=40&present=35', '[data-min-votes]'],
		['换届提醒', 'tools/term-reminder/?last=2021-06-30&term=5', '[data-due-date]'],
		['六好自评', 'tools/six-good/?standard=qinghai', '[role="status"]:has-text("已达到")'],
	])('计算器 %s', async (_name, path, answer) => {
		const found = await use(path, async (page) => {
			await page.locator(answer).first().waitFor();
		});
		expect(found).toEqual([]);
	});

	it('我的收藏: a star on a text, a clause starred, a note, an import checked', async () => {
		const found = await use('policies/qinghai-guide/', async (page) => {
			await page.locator('kb-favorite-star button').click();
			await page.locator('kb-favorite-star button[aria-pressed="true"]').waitFor();
			const clause = page.locator('.policy-text [data-clause][id]').first();
			await clause.hover();
			await clause.locator('.clause-actions-button').click();
			await page.getByRole('menuitem', { name: '收藏本条' }).click();
			await page.locator('.clause-toast', { hasText: '已收藏本条' }).waitFor();
			await page.goto(site + 'favorites/');
			await page.locator('kb-favorites textarea').first().fill('备注');
			await page.locator('kb-favorites [data-note-state="saved"]').waitFor();
			await page
				.locator('[data-favorites-import]')
				.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
			await page.locator('[data-favorites-status][data-state="error"]').waitFor();
		});
		expect(found).toEqual([]);
	});

	it('离线使用: the size of the pack, and the offline page', async () => {
		const found = await use('offline/', async (page) => {
			await page.getByRole('button', { name: '离线使用：查看大小' }).click();
			await page.getByRole('button', { name: '开始下载' }).waitFor();
			await page.goto(site + 'offline/fallback/');
		});
		expect(found).toEqual([]);
	});

	it('文书模板: fill in, preview and generate the .docx in the browser', async () => {
		const found = await use('templates/', async (page) => {
			const download = await generateSampleDocx(page, site);
			expect(download.suggestedFilename()).toMatch(/\.docx$/);
		});
		expect(found).toEqual([]);
	});
});
