/**
 * The home page is a start on a phone and a laptop: every place in the sidebar is one tap away from
 * it, the menu button is there on a phone, and the 文书模板 card leads to the templates.
 */
import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';

const VIEWPORTS = { '1366': { width: 1366, height: 768 }, '390': { width: 390, height: 844 } } as const;

describe.each(Object.entries(VIEWPORTS))('home page at %s px', (_, viewport) => {
	it('links to every place the sidebar lists, each link visible', async () => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto(site);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		const sidebar = await page
			.locator('#starlight__sidebar a[href]')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const nav = page.getByRole('navigation', { name: '主要功能' });
		const home = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const root = new URL(site).pathname;
		// Every sidebar destination but the per-level lists (reached from 按层级浏览) and the help pages.
		const wanted = [...new Set(sidebar)].filter((p) => p !== root && !p.includes('/library/level/') && !p.includes('/guide/'));
		expect(wanted.length).toBeGreaterThan(10);
		expect(wanted.filter((p) => !home.includes(p))).toEqual([]);
		for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
		await context.close();
	});

	it('the 文书模板 card opens the templates, and 全文检索 the search page', async () => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto(site);
		await page
			.getByRole('navigation', { name: '主要功能' })
			.getByRole('link', { name: /^文书模板/ })
			.click();
		await page.waitForURL(/\/templates\/$/);
		await page.goto(site);
		await page
			.getByRole('main')
			.getByRole('link', { name: /^全文检索/ })
			.click();
		await page.waitForURL(/\/search\/$/);
		await context.close();
	});
});

describe('home page on a phone', () => {
	it('has the menu button, and the menu opens the navigation', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(site);
		await page.getByRole('button', { name: '菜单' }).click();
		await expect(page.getByRole('link', { name: '文件库' }).first().isVisible()).resolves.toBe(true);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
