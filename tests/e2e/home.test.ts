import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';
import { openPage } from './support/browser';

describe('home page', () => {
	it.each([
		['浏览文件', /\/library\/$/],
		['全文检索', /\/search\/$/],
		['实用工具', /\/tools\/$/],
	])('leads to %s', async (name, target) => {
		const { page } = await openPage(browser, site);
		const nav = page.getByRole('navigation', { name: '主要功能' });
		await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
		await page.waitForURL(target);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await page.close();
	});

	it('works on a phone: the menu opens the navigation', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
		await page.goto(`${site}policies/`);
		const menu = page.getByRole('button', { name: '菜单' });
		await menu.click();
		await expect(page.getByRole('link', { name: '文件库' }).first().isVisible()).resolves.toBe(true);
		// Nothing sticks out sideways on a narrow screen.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
