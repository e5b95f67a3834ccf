import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await page.goto(site + path);
	return page;
}

/** The filter loads the corpus index first: on a busy machine that takes longer than expect.poll's default second. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

async function close(page: Page) {
	await page.context().close();
}

/** Level column (5th) of the visible table rows. */
const visibleLevels = (page: Page) =>
	page.$$eval('.library-table tbody tr:not([hidden])', (rows) => rows.map((tr) => tr.children[4]!.textContent!.trim()));
const visibleIds = (page: Page) =>
	page.$$eval('.library-table tbody tr:not([hidden])', (rows) => rows.map((tr) => (tr as HTMLElement).dataset.policy!));

describe('文件库 with JavaScript', () => {
	it('ticking 层级=省级 filters the rows and puts level=省级 in the URL', async () => {
		const page = await open('library/');
		const all = await visibleLevels(page);
		expect(all.length).toBeGreaterThan(7);
		await page.locator('fieldset[data-facet="level"] input[value="省级"]').check();
		await poll(() => visibleLevels(page)).toEqual(all.filter((l) => l === '省级'));
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual(['省级']);
		await expect(page.locator('[data-summary]').textContent()).resolves.toContain(`筛选出 ${all.filter((l) => l === '省级').length} 篇`);

		// Combining with a year narrows further; the count beside each year matches what ticking it would show.
		const yearCount = Number(await page.locator('fieldset[data-facet="year"] li:has(input[value="2019"]) [data-count]').textContent());
		await page.locator('fieldset[data-facet="year"] input[value="2019"]').check();
		await poll(async () => (await visibleLevels(page)).length).toBe(yearCount);
		expect(new URL(page.url()).search).toBe(`?level=${encodeURIComponent('省级')}&year=2019`);

		await page.locator('button[data-clear]').first().click();
		await poll(() => visibleLevels(page)).toEqual(all);
		expect(new URL(page.url()).search).toBe('');
		await close(page);
	});

	it('restores the state from the URL: ?level=中央 shows only 中央 rows', async () => {
		const page = await open(`library/?level=${encodeURIComponent('中央')}`);
		await poll(() => visibleLevels(page)).toEqual(['中央']);
		expect(await page.locator('fieldset[data-facet="level"] input[value="中央"]').isChecked()).toBe(true);
		await close(page);
	});

	it('sorts oldest first with sort=asc, and the select changes the URL', async () => {
		const page = await open('library/');
		const newest = await visibleIds(page);
		await page.locator('select[name="sort"]').selectOption('asc');
		await poll(() => new URL(page.url()).searchParams.get('sort')).toBe('asc');
		const oldest = await visibleIds(page);
		expect(oldest[0]).toBe('zhongzufa-2000-10');
		expect(newest[0]).not.toBe('zhongzufa-2000-10');
		await close(page);

		const shared = await open('library/?sort=asc');
		await poll(() => visibleIds(shared)).toEqual(oldest);
		expect(await shared.locator('select[name="sort"]').inputValue()).toBe('asc');
		await close(shared);
	});

	it('finds texts by a word of the title or by 文号, however its brackets are typed', async () => {
		const page = await open('library/');
		const search = page.getByRole('searchbox', { name: '查找' });
		await search.fill('中办发[2015]51号');
		await poll(() => visibleIds(page)).toEqual(['zhongbanfa-2015-51']);
		expect(new URL(page.url()).searchParams.get('q')).toBe('中办发[2015]51号');
		await search.fill('换届 无此词');
		await poll(() => visibleIds(page)).toEqual([]);
		expect(await page.getByText('没有符合所选条件的文件').isVisible()).toBe(true);
		await close(page);
	});

	it('只看现行 leaves out past yearly plans', async () => {
		const page = await open('library/');
		const all = await visibleIds(page);
		await page.getByRole('checkbox', { name: '只看现行' }).check();
		await poll(async () => (await visibleIds(page)).length).toBeLessThan(all.length);
		const statuses = await page.$$eval('.library-table tbody tr', (rows) => rows.map((tr) => tr.children[6]!.textContent!.trim()));
		expect(statuses).not.toContain('历史年度文件');
		expect(new URL(page.url()).searchParams.get('current')).toBe('1');
		await close(page);
	});
});

describe('文件库 without JavaScript', () => {
	it('links every facet value to its static page', async () => {
		const page = await open('library/', false);
		await page.getByText(/^按条件筛选/).click();
		const link = page.getByRole('link', { name: '层级为“省级”的文件列表' });
		expect(await link.isVisible()).toBe(true);
		expect(decodeURIComponent(new URL((await link.getAttribute('href'))!, site).pathname)).toBe('/library/level/省级/');
		// Controls that need the browser module are not offered.
		expect(await page.getByRole('checkbox', { name: /省级/ }).isVisible()).toBe(false);
		expect(await page.getByRole('searchbox').isVisible()).toBe(false);
		await close(page);
	});

	it('a static facet page lists exactly the matching texts', async () => {
		const index = await open('library/', false);
		const expected = await index.$$eval('.library-table tbody tr', (rows) =>
			rows.filter((tr) => tr.children[4]!.textContent!.trim() === '省级').map((tr) => (tr as HTMLElement).dataset.policy!)
		);
		await close(index);
		expect(expected.length).toBeGreaterThan(0);

		const page = await open(`library/level/${encodeURIComponent('省级')}/`, false);
		expect(await visibleIds(page)).toEqual(expected);
		expect(await page.locator('[data-facet-summary] [data-count]').textContent()).toBe(String(expected.length));
		await close(page);

		const byType = await open(`library/docType/${encodeURIComponent('通知')}/`, false);
		const types = await byType.$$eval('.library-table tbody tr', (rows) => rows.map((tr) => tr.children[5]!.textContent!.trim()));
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['通知']));
		await close(byType);
	});
});

describe('时间线', () => {
	it('is one chronological line with each text’s level, texts without a date last', async () => {
		const page = await open('timeline/', false);
		const entry = page.locator('[data-timeline] li[data-year="2015"] li[data-policy="zhongbanfa-2015-51"]');
		expect(await entry.count()).toBe(1);
		expect(await entry.textContent()).toContain('中办发〔2015〕51号');
		expect(await entry.locator('[data-level-badge]').textContent()).toBe('中央');
		// Newest year first, every year once.
		const years = await page.locator('[data-timeline] > li').evaluateAll((ls) => ls.map((l) => Number((l as HTMLElement).dataset.year)));
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(new Set(years).size).toBe(years.length);
		// Texts of several levels share the line.
		const levels = await page
			.locator('[data-timeline] li[data-policy]')
			.evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.level));
		expect(new Set(levels).size).toBeGreaterThan(2);

		const unknown = page.locator('section[data-lane="日期不详"]');
		expect(await unknown.locator('li[data-policy="pingdingshan-xuehui-dangjian-yijian"]').count()).toBe(1);
		// …and only there.
		expect(await page.locator('li[data-policy="pingdingshan-xuehui-dangjian-yijian"]').count()).toBe(1);
		await close(page);
	});

	it('offers the same line for one level', async () => {
		const page = await open('timeline/', false);
		await page.getByRole('navigation', { name: '按层级查看时间线' }).getByRole('link', { name: '中央', exact: true }).click();
		await page.waitForURL(/timeline\/level\//);
		const levels = await page.locator('li[data-policy]').evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.level));
		expect(levels.length).toBeGreaterThan(0);
		expect(new Set(levels)).toEqual(new Set(['中央']));
		expect(
			await page
				.getByRole('navigation', { name: '按层级查看时间线' })
				.getByRole('link', { name: '中央', exact: true })
				.getAttribute('aria-current')
		).toBe('page');
		await close(page);
	});
});
