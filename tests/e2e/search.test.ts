import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { QUERIES } from '../search/queries';
import { measureSearch, formatSummary, documentOf } from '../search/measure';

async function search(query: string, extra = ''): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(`${site}search/?q=${encodeURIComponent(query)}${extra}`);
	await page.locator('kb-search[data-search-state="done"]').waitFor();
	return page;
}

const firstResult = (page: Page) => page.locator('[data-search-result]').first();

describe('search page', () => {
	it('finds a two-character word, with the word highlighted in the excerpt', async () => {
		const page = await search('到会');
		expect(documentOf(await firstResult(page).locator('a').evaluate((a) => (a as HTMLAnchorElement).href))).toMatch(/^template-(6|9)$/);
		expect(await firstResult(page).locator('mark').first().textContent()).toBe('到会');
		await page.close();
	});

	it('finds a document by its 文号', async () => {
		const page = await search('中办发〔2015〕51号');
		const href = await firstResult(page).locator('a').evaluate((a) => (a as HTMLAnchorElement).href);
		expect(documentOf(href)).toBe('zhongbanfa-2015-51');
		expect(await firstResult(page).textContent()).toContain('中办发〔2015〕51号');
		await page.close();
	});

	it('applies filters from the URL and shows them checked', async () => {
		const page = await search('换届', '&level=中央');
		const hrefs = await page.$$eval('[data-search-result] a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.map(documentOf).every((id) => id === 'zhongbanfa-2015-51' || id === 'zhongzufa-2000-10')).toBe(true);
		await expect(page.getByRole('checkbox', { name: /^中央（/ }).isChecked()).resolves.toBe(true);
		// Unticking the filter widens the results and updates the URL.
		await page.getByRole('checkbox', { name: /^中央（/ }).uncheck();
		await page.locator('kb-search[data-search-state="done"]').waitFor();
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual([]);
		await page.close();
	});

	it('says something useful when nothing contains the words', async () => {
		const page = await search('主题党日制度');
		expect(await page.locator('[data-search-result][data-exact="true"]').count()).toBe(0);
		expect(await page.getByRole('status').textContent()).toContain('没有找到包含“主题党日制度”原文的内容');
		// The glossary offers the term the user probably meant.
		await expect(page.getByRole('link', { name: '主题党日' }).count()).resolves.toBeGreaterThan(0);
		await page.close();
	});

	it('suggests removing a filter that empties the results', async () => {
		const page = await search('差额选举', '&level=中央');
		expect(await page.getByRole('status').textContent()).toContain('没有');
		await page.getByRole('button', { name: '清除全部筛选条件' }).click();
		await page.locator('[data-search-result]').first().waitFor();
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual([]);
		await page.close();
	});

	it('lands on the clause that holds the match, with the words highlighted', async () => {
		const page = await search('一票否决');
		const link = firstResult(page).locator('a');
		const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(href).toMatch(/#[a-z0-9-]+:~:text=/);
		await link.click();
		await page.waitForURL(/policies\//);
		await page.waitForFunction(() => document.querySelector(':target') !== null);
		const target = await page.evaluate(() => {
			const el = document.querySelector(':target')!;
			const box = el.getBoundingClientRect();
			return { text: el.textContent ?? '', clause: el.getAttribute('data-clause'), inView: box.top >= 0 && box.top < innerHeight };
		});
		expect(target.text).toContain('一票否决');
		expect(target.clause).not.toBeNull();
		expect(target.inView).toBe(true);
		await page.close();
	});
});

describe('search quality (the benchmark set)', () => {
	it('keeps hit@3 ≥ 0.95 and exact excerpts ≥ 0.9', async () => {
		const summary = await measureSearch(browser, site, QUERIES);
		const report = formatSummary(summary);
		expect(summary.queries, report).toBeGreaterThanOrEqual(40);
		expect(summary.hitAt3, report).toBeGreaterThanOrEqual(0.95);
		expect(summary.exactExcerpt, report).toBeGreaterThanOrEqual(0.9);
	}, 300_000);
});
