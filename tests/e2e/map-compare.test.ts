import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { browser, site } from './support/harness';

const corpusIds = readdirSync(resolve(import.meta.dirname, '../../content/policies'))
	.filter((f) => /\.mdx?$/.test(f))
	.map((f) => f.replace(/\.mdx?$/, ''));

async function open(path: string): Promise<Page> {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(site + path);
	(page as Page & { errors?: string[] }).errors = errors;
	return page;
}

describe('引用关系图 /map/', () => {
	it('draws an SVG with one link per corpus text', async () => {
		const page = await open('map/');
		const svg = page.locator('svg[data-citation-map]');
		await expect(svg.count()).resolves.toBe(1);
		await expect(svg.getAttribute('viewBox')).resolves.toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
		const nodes = await page.$$eval('svg[data-citation-map] a[data-node]', (links) => links.map((a) => a.getAttribute('data-node')));
		expect(nodes.sort()).toEqual([...corpusIds].sort());
		await expect(page.locator('svg[data-citation-map] .map-edges path').count()).resolves.toBeGreaterThan(0);
		// the text version lists every text too
		await expect(page.locator('[data-map-text] > li').count()).resolves.toBe(corpusIds.length);
		await page.close();
	});

	it('links the 平顶山 node to its page', async () => {
		const page = await open('map/');
		const node = page.locator('svg a[data-node="pingdingshan-xuehui-dangjian-yijian"]');
		await expect(node.getAttribute('href')).resolves.toBe('/policies/pingdingshan-xuehui-dangjian-yijian/');
		await expect(node.textContent()).resolves.toContain('平顶山');
		await node.click();
		await page.waitForURL(/\/policies\/pingdingshan-xuehui-dangjian-yijian\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('学会党建');
		await page.close();
	});
});

describe('对照阅读 /compare/', () => {
	it('lists the pre-rendered comparisons', async () => {
		const page = await open('compare/');
		const hrefs = await page.$$eval('[data-featured-pairs] a', (links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			'/compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/',
			'/compare/shanxi-shuangqiang-liuhao/qing-kexie-shedangfa-2019-10/',
			'/compare/shanxi-shuangqiang-liuhao/zhongbanfa-2015-51/',
		]);
		await page.close();
	});

	it('the static 平顶山 / 中国科协 page shows aligned rows with changes marked', async () => {
		const page = await open('compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/');
		await expect(page.locator('[data-compare-table] tr[data-row="paired"]').count()).resolves.toBeGreaterThan(10);
		await expect(page.locator('[data-compare-table] :is(ins, del)').count()).resolves.toBeGreaterThan(0);
		// 平顶山 adapts 中央 to 市委: the 目标任务 row shows both
		const row = page.locator('tr[data-row="paired"]', { hasText: '目标任务。按照' });
		await expect(row.locator('del').allTextContents()).resolves.toContain('市委');
		await expect(row.locator('ins').allTextContents()).resolves.toContain('中央');
		await page.close();
	});

	it.each(['compare/shanxi-shuangqiang-liuhao/qing-kexie-shedangfa-2019-10/', 'compare/shanxi-shuangqiang-liuhao/zhongbanfa-2015-51/'])(
		'%s renders',
		async (path) => {
			const page = await open(path);
			await expect(page.locator('[data-compare-table] tbody tr').count()).resolves.toBeGreaterThan(5);
			await page.close();
		}
	);

	it('compares any two texts in the browser from ?a=…&b=…', async () => {
		const page = await open('compare/?a=qing-kexie-dangfa-2018-12&b=kexie-dangzufa-2016-81');
		await page.locator('[data-compare-table] tbody tr').first().waitFor();
		await expect(page.locator('[data-compare-table] tbody tr').count()).resolves.toBeGreaterThan(10);
		await expect(page.locator('[data-compare-table] tr[data-row="paired"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('input[name="a"]').inputValue()).resolves.toBe('qing-kexie-dangfa-2018-12');
		await expect(page.locator('input[name="b"]').inputValue()).resolves.toBe('kexie-dangzufa-2016-81');
		await expect(page.getByRole('combobox', { name: '左侧文件' }).inputValue()).resolves.toBe(
			'青海省科协党组关于加强科技社团党建工作的意见（试行）'
		);
		await expect(page.locator('[data-compare-stats]').textContent()).resolves.toMatch(/对齐 \d+ 段/);
		expect((page as Page & { errors?: string[] }).errors).toEqual([]);
		await page.close();
	});

	it('the form submits the chosen pair', async () => {
		const page = await open('compare/');
		// Searchable pickers: a few characters of the title, or the 文号, then the option.
		await page.getByRole('combobox', { name: '左侧文件' }).fill('学会党建 若干意见');
		await page.getByRole('option', { name: /关于加强科协所属学会党建工作的若干意见/ }).click();
		const right = page.getByRole('combobox', { name: '右侧文件' });
		await right.fill('科协党组发〔2016〕81');
		await right.press('ArrowDown');
		await right.press('Enter');
		await expect(right.inputValue()).resolves.toBe('中国科协关于加强科技社团党建工作的若干意见');
		await page.getByRole('button', { name: '对照阅读' }).click();
		await page.waitForURL(/\?a=pingdingshan-xuehui-dangjian-yijian&b=kexie-dangzufa-2016-81$/);
		await page.locator('[data-compare-table] tbody tr').first().waitFor();
		await expect(page.locator('[data-compare-table] :is(ins, del)').count()).resolves.toBeGreaterThan(0);
		// the browser tool and the pre-rendered page align the same build-time paragraphs
		const dynamic = await page.locator('[data-compare-stats]').textContent();
		const fixed = await open('compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/');
		await expect(fixed.locator('[data-compare-stats]').textContent()).resolves.toBe(dynamic);
		await fixed.close();
		await page.close();
	});

	it('says so when a text is unknown', async () => {
		const page = await open('compare/?a=nope&b=kexie-dangzufa-2016-81');
		// The status says 正在读取 first and the verdict once both pickers have looked the ids up: wait for the verdict.
		await page.locator('[data-compare-status]', { hasText: '请在上方选择' }).waitFor();
		await page.close();
	});
});
