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
		expect(
			documentOf(
				await firstResult(page)
					.locator('a')
					.evaluate((a) => (a as HTMLAnchorElement).href)
			)
		).toMatch(/^template-(6|9)$/);
		expect(await firstResult(page).locator('mark').first().textContent()).toBe('到会');
		await page.close();
	});

	it('finds a document by its 文号', async () => {
		const page = await search('中办发〔2015〕51号');
		const href = await firstResult(page)
			.locator('a')
			.evaluate((a) => (a as HTMLAnchorElement).href);
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

describe('search page: facets, paging, excerpts', () => {
	it('shows every facet with counts for a query', async () => {
		const page = await search('党支部');
		for (const name of ['层级', '文种', '发文机关', '年份', '状态']) {
			const group = page.getByRole('group', { name });
			await expect(group.getByRole('checkbox').count(), name).resolves.toBeGreaterThan(0);
		}
		await expect(page.getByRole('checkbox', { name: /^省级（\d+）$/ }).count()).resolves.toBe(1);
		await page.close();
	});

	it('shows more than 20 results with 显示更多, without moving those already shown', async () => {
		const page = await search('党员');
		const results = page.locator('[data-search-result]');
		await expect(results.count()).resolves.toBe(20);
		const firstTwenty = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await page.getByRole('button', { name: '显示更多' }).click();
		await expect.poll(() => results.count()).toBeGreaterThan(20);
		expect(await results.locator('a').evaluateAll((as) => as.slice(0, 20).map((a) => a.getAttribute('href')))).toEqual(firstTwenty);
		await page.close();
	});

	it('excerpts body text with the source’s own punctuation, never the metadata box', async () => {
		const page = await search('功能型党支部');
		const excerpts = await page.locator('[data-search-excerpt]').allTextContents();
		expect(excerpts.join('')).toContain('，');
		expect(excerpts.some((e) => /发文机关|层级中央|日期\d/.test(e))).toBe(false);
		await page.close();
	});

	it('does not match the word 省级 in the metadata labels', async () => {
		const page = await search('换届 省级');
		const hrefs = await page.$$eval('[data-search-result] a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		// Templates say 换届 but never 省级 in their text: only the metadata of some texts says 省级.
		expect(hrefs.map(documentOf).filter((id) => id.startsWith('template-'))).toEqual([]);
		for (const excerpt of await page.locator('[data-search-result][data-exact="true"] [data-search-excerpt]').allTextContents())
			expect(excerpt).toContain('省级');
		await page.close();
	});

	it('offers the same-sound correction and shows its results', async () => {
		const page = await search('三会一棵');
		await expect(page.getByText('您是不是要找：').count()).resolves.toBe(1);
		await expect(page.getByRole('link', { name: '三会一课' }).first().isVisible()).resolves.toBe(true);
		expect(await firstResult(page).locator('mark').first().textContent()).toBe('三会一课');
		await page.close();
	});

	it('says which word is missing when no text has every word', async () => {
		const page = await search('党建工作经费 来源');
		await expect(page.locator('[data-search-result]').count()).resolves.toBeGreaterThan(0);
		expect(await page.getByRole('status').textContent()).toMatch(/不含“来源”/);
		await page.close();
	});

	it('a 文号 in another spelling finds its document without claiming nothing was found', async () => {
		const page = await search('中办发(2015)51号');
		expect(
			documentOf(
				await firstResult(page)
					.locator('a')
					.evaluate((a) => (a as HTMLAnchorElement).href)
			)
		).toBe('zhongbanfa-2015-51');
		expect(await page.getByRole('status').textContent()).not.toContain('没有找到');
		await page.close();
	});
});

describe('search quality (the benchmark set, both surfaces)', () => {
	const summaries: Record<string, Awaited<ReturnType<typeof measureSearch>>> = {};

	it.each(['page', 'dialog'] as const)(
		'%s: hit@1 ≥ 0.95, hit@3 = 1, excerpt containing the query ≥ 0.95',
		async (surface) => {
			const summary = await measureSearch(browser, site, QUERIES, surface);
			summaries[surface] = summary;
			const report = formatSummary(summary);
			expect(summary.queries, report).toBeGreaterThanOrEqual(80);
			expect(summary.hitAt1, report).toBeGreaterThanOrEqual(0.95);
			expect(summary.hitAt3, report).toBe(1);
			expect(summary.exactExcerpt, report).toBeGreaterThanOrEqual(0.95);
		},
		600_000
	);

	it('the header dialog and /search/ give the same top results', () => {
		const page = summaries.page!;
		const dialog = summaries.dialog!;
		const differ = page.outcomes
			.map((o, i) => ({ q: o.q, page: o.ranked.slice(0, 3), dialog: dialog.outcomes[i]!.ranked.slice(0, 3) }))
			.filter((d) => d.page.join() !== d.dialog.join());
		expect(differ, JSON.stringify(differ, null, 1)).toEqual([]);
	});
});
