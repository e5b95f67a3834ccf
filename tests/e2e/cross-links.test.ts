import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';

describe('cross-links and backlinks', () => {
	it('the 平顶山 意见 links the 中国科协 意见 it cites, and that page lists it among the texts citing it', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}policies/pingdingshan-xuehui-dangjian-yijian/`);
		const citation = page.locator('.policy-text a[data-citation="kexie-dangzufa-2016-81"]').first();
		expect(await citation.textContent()).toBe('《中国科协关于加强科技社团党建工作的若干意见》');
		await citation.click();
		await page.waitForURL(/kexie-dangzufa-2016-81/);
		const backlinks = page.getByRole('region', { name: '引用本文的文件' });
		const entry = backlinks.locator('[data-backlink="pingdingshan-xuehui-dangjian-yijian"]');
		expect(await entry.count()).toBe(1);
		expect(await entry.textContent()).toContain('中国科协关于加强科技社团党建工作的若干意见');
		// The backlink goes to the citing clause, and that clause holds the citation.
		const clauseHref = await entry.locator('ul a').first().getAttribute('href');
		await page.goto(new URL(clauseHref!, page.url()).href);
		const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? document.body.textContent);
		expect(target).toContain('中国科协关于加强科技社团党建工作的若干意见');
		await page.close();
	});

	it('marks texts the corpus lacks as 未收录 instead of linking them, and lists them', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}policies/shanxi-shuangqiang-liuhao/`);
		const missing = page.locator('.citation-missing').first();
		expect(await missing.getAttribute('title')).toBe('本站未收录');
		const title = await missing.getAttribute('data-citation-missing');
		await page.goto(`${site}missing/`);
		expect(await page.locator(`[data-missing="${title}"]`).count()).toBe(1);
		await page.close();
	});
});

describe('glossary terms in policy texts', () => {
	it('links only the first occurrence of a term, to its 名词解释 entry', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}policies/qing-liangxin-2019-13/`);
		const links = page.locator('.policy-text a[data-glossary="sanhui-yike"]');
		expect(await links.count()).toBe(1);
		// The term occurs again later in the text, unlinked.
		expect((await page.locator('.policy-text').textContent())!.split('三会一课').length - 1).toBeGreaterThan(1);
		await links.click();
		await page.waitForURL(/\/glossary\/#sanhui-yike$/);
		expect(await page.locator(':target').textContent()).toBe('三会一课');
		await page.close();
	});
});
