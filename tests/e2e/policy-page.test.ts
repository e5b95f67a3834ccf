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
		await page.getByRole('button', { name: /：第二部分 三、1\.$/ }).click();
		await page.getByRole('menuitem', { name: '复制引用' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: '已复制引用' }).count()).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`《青海省科技社团党组织工作指南（试行）》第二部分 三、1.\n${site}policies/qinghai-guide/#p2-s3-c1`);

		// An unnumbered paragraph cites the clause it sits in (under 一、指导思想 of 第一部分).
		const paragraph = page.locator('#p1-s1 + p');
		await paragraph.getByRole('button').click();
		await page.getByRole('menuitem', { name: '复制引用' }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`《青海省科技社团党组织工作指南（试行）》第一部分 一、\n${site}policies/qinghai-guide/#p1-s1`);

		// A text with a 文号: the citation names it, as a 公文 does.
		await page.goto(`${site}policies/zhongbanfa-2015-51/`);
		const button = page.getByRole('button', { name: /：二、/ }).first();
		const label = (await button.getAttribute('aria-label'))!.replace(/^.*：/, '');
		await button.click();
		await page.getByRole('menuitem', { name: '复制引用' }).click();
		await expect
			.poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0])
			.toBe(`《中共中央办公厅关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）${label}`);
		await context.close();
	});

	it('the clause control is one quiet button, by keyboard a menu (arrows, Escape back to the button)', async () => {
		const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
		await page.goto(`${site}policies/qinghai-guide/`);
		const clause = page.locator('#p2-s3-c1');
		const control = clause.getByRole('button');
		await control.waitFor({ state: 'attached' });
		// With a mouse it shows when the clause is hovered, not before.
		expect(await control.evaluate((b) => getComputedStyle(b).opacity)).toBe('0');
		await clause.hover();
		await expect.poll(() => control.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
		// One control per block, none of them with a border.
		expect(await clause.getByRole('button').count()).toBe(1);
		expect(await control.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('none');

		await control.focus();
		expect(await control.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
		await page.keyboard.press('Enter');
		const menu = page.getByRole('menu');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('复制引用');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制链接');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('收藏本条');
		// The last item wraps round to the first.
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制引用');
		await page.keyboard.press('Escape');
		expect(await menu.count()).toBe(0);
		expect(await control.evaluate((b) => b === document.activeElement && b.getAttribute('aria-expanded'))).toBe('false');
		await page.close();
	});

	it.each([
		['1366', { width: 1366, height: 768 }],
		['390', { width: 390, height: 844 }],
	])('at %s px no clause control sits alone on a line', async (_, viewport) => {
		const page = await browser.newPage({ viewport });
		await page.goto(`${site}policies/qinghai-guide/`);
		await page.locator('.clause-actions-button').first().waitFor({ state: 'attached' });
		const alone = await page.$$eval('.has-clause-actions', (blocks) =>
			blocks
				.filter((block) => {
					const control = block.querySelector(':scope > .clause-actions')!.getBoundingClientRect();
					const style = getComputedStyle(block);
					return control.left - block.getBoundingClientRect().left - parseFloat(style.paddingLeft) < 8;
				})
				.map((block) => block.id || block.textContent!.slice(0, 20))
		);
		expect(alone).toEqual([]);
		await page.close();
	});
});
