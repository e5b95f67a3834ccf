import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';
import { openPage } from './support/browser';

describe('policy page', () => {
	it.each([
		{
			id: 'shanxi-shuangqiang-liuhao',
			title: '关于开展“双强六好”党组织建设工作的通知',
			docNumber: '晋科社行党发〔2019〕5号',
			issued: '2019年9月3日',
			level: '省级',
		},
		{
			id: 'pingdingshan-xuehui-dangjian-yijian',
			title: '关于加强科协所属学会党建工作的若干意见',
			docNumber: '无文号',
			issued: '日期不详',
			level: '市级',
		},
	])('$id shows its metadata header above the text', async ({ id, title, docNumber, issued, level }) => {
		const { page, requests } = await openPage(browser, `${site}policies/${id}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
		const meta = page.getByRole('region', { name: '文件信息' });
		await expect(meta.locator('[data-meta="docNumber"]').textContent()).resolves.toBe(docNumber);
		await expect(meta.locator('[data-meta="issued"]').textContent()).resolves.toBe(issued);
		await expect(meta.locator('[data-meta="level"]').textContent()).resolves.toBe(level);
		expect(await meta.locator('[data-meta="issuers"]').textContent()).not.toBe('');
		// The header comes before the first paragraph of the text.
		const metaBeforeText = await page.evaluate(() => {
			const header = document.querySelector('[aria-label="文件信息"]')!;
			const firstParagraph = document.querySelector('.policy-text p')!;
			return !!(header.compareDocumentPosition(firstParagraph) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(metaBeforeText).toBe(true);
		expect(requests.every((url) => url.startsWith(new URL(site).origin))).toBe(true);
		await page.close();
	});

	it('is reachable from the corpus listing', async () => {
		const { page } = await openPage(browser, `${site}policies/`);
		await page.getByRole('link', { name: '关于开展“双强六好”党组织建设工作的通知' }).click();
		await page.waitForURL(/shanxi-shuangqiang-liuhao/);
		await expect(page.locator('[data-meta="docNumber"]').textContent()).resolves.toBe('晋科社行党发〔2019〕5号');
		await page.close();
	});

	it('复制引用 copies the title, the clause number and the link to the clause', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
		const page = await context.newPage();
		await page.goto(`${site}policies/qinghai-guide/`);
		await page.getByRole('button', { name: '复制引用：第二部分 三、1.' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`《青海省科技社团党组织工作指南（试行）》第二部分 三、1.\n${site}policies/qinghai-guide/#p2-s3-c1`);

		// A text with a 文号: the citation names it, as a 公文 does.
		await page.goto(`${site}policies/zhongbanfa-2015-51/`);
		const button = page.getByRole('button', { name: /^复制引用：二、/ }).first();
		const label = (await button.getAttribute('aria-label'))!.replace('复制引用：', '');
		await button.click();
		const withNumber = await page.evaluate(() => navigator.clipboard.readText());
		expect(withNumber.split('\n')[0]).toBe(`《中共中央办公厅关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）${label}`);
		await context.close();
	});
});
