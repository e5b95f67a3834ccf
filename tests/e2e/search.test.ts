/**
 * The search page (/search/, <kb-search-page>): keywords, 文号, filters, excerpts, and the questions of
 * issue 20 — everyday words, pinyin, calculator questions, go-to-clause queries — with an honest
 * status line; the phone layout; the 文件库's keyword box pointing to the full text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { answers, documentOf } from '../search/measure';
import { afterSearch, searchDone, SEARCH_PAGE } from '../search/wait';

async function search(query: string, extra = '', viewport?: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext(viewport ? { viewport } : {});
	const page = await context.newPage();
	await page.goto(`${site}search/?q=${encodeURIComponent(query)}${extra}`);
	await searchDone(page, SEARCH_PAGE);
	return page;
}

const close = (page: Page) => page.context().close();
const firstHref = (page: Page) =>
	firstResult(page)
		.locator('a')
		.evaluate((a) => (a as HTMLAnchorElement).href);

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
		await close(page);
	});

	it('finds a document by its 文号', async () => {
		const page = await search('中办发〔2015〕51号');
		const href = await firstResult(page)
			.locator('a')
			.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(documentOf(href)).toBe('zhongbanfa-2015-51');
		expect(await firstResult(page).textContent()).toContain('中办发〔2015〕51号');
		await close(page);
	});

	it('applies filters from the URL and shows them checked', async () => {
		const page = await search('换届', '&level=中央');
		const hrefs = await page.$$eval('[data-search-result] a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.map(documentOf).every((id) => id === 'zhongbanfa-2015-51' || id === 'zhongzufa-2000-10')).toBe(true);
		await expect(page.getByRole('checkbox', { name: /^中央（/ }).isChecked()).resolves.toBe(true);
		// Unticking the filter widens the results and updates the URL (waiting for the search the untick asked for).
		await afterSearch(page, SEARCH_PAGE, () => page.getByRole('checkbox', { name: /^中央（/ }).uncheck());
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual([]);
		expect((await page.$$eval('[data-search-result] a', (links) => links.length)) > hrefs.length).toBe(true);
		await close(page);
	});

	it('says something useful when nothing contains the words', async () => {
		const page = await search('主题党日制度');
		expect(await page.locator('[data-search-result][data-exact="true"]').count()).toBe(0);
		expect(await page.getByRole('status').textContent()).toContain('没有找到包含“主题党日制度”原文的内容');
		// The glossary offers the term the user probably meant.
		await expect(page.getByRole('link', { name: '主题党日' }).count()).resolves.toBeGreaterThan(0);
		await close(page);
	});

	it('suggests removing a filter that empties the results', async () => {
		const page = await search('差额选举', '&level=中央');
		expect(await page.getByRole('status').textContent()).toContain('没有');
		// The final ranking waits until the pointer leaves the list (nothing moves under it): the mouse moves away, as a reader's would.
		await afterSearch(page, SEARCH_PAGE, async () => {
			await page.getByRole('button', { name: '清除全部筛选条件' }).click();
			await page.mouse.move(0, 0);
		});
		await page.locator('[data-search-result]').first().waitFor();
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual([]);
		await close(page);
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
		await close(page);
	});
});

/** Files of the full-text index and the query pipeline's data: none of them is fetched before the first search. */
const INDEX_FILES = /\/pagefind\/|\/search-(dictionary|vocabulary|vocabulary-reverse|pinyin|glossary)(\/|\.json)/;

describe('search page: the index loads when the user searches, not when the page opens', () => {
	it('opening /search/ fetches nothing of the index; focus on the field preloads it; typing finds', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site}search/`);
		await searchDone(page, SEARCH_PAGE);
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => INDEX_FILES.test(path))).toEqual([]);
		expect(await page.getByRole('status').textContent()).toContain('请输入检索词或问题');
		const field = page.getByRole('searchbox', { name: '检索词或问题' });
		await field.focus();
		await expect.poll(() => fetched.some((path) => path.endsWith('/pagefind/pagefind.js')), { timeout: 30_000 }).toBe(true);
		await afterSearch(page, SEARCH_PAGE, () => page.keyboard.type('换届'));
		await expect(page.locator('[data-search-result]').count()).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('group', { name: '层级' }).getByRole('checkbox').count()).resolves.toBeGreaterThan(0);
		await close(page);
	});

	it('a URL with only a filter searches at once and lists that filter’s texts, the filter shown checked', async () => {
		const page = await search('', '&level=中央');
		const hrefs = await page.$$eval('[data-search-result] a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.map(documentOf)).toContain('zhongbanfa-2015-51');
		await expect(page.getByRole('checkbox', { name: /^中央（\d+）$/ }).isChecked()).resolves.toBe(true);
		await close(page);
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
		await close(page);
	});

	it('shows more than 20 results with 显示更多, without moving those already shown', async () => {
		const page = await search('党员');
		const results = page.locator('[data-search-result]');
		await expect(results.count()).resolves.toBe(20);
		const firstTwenty = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await page.getByRole('button', { name: '显示更多' }).click();
		await expect.poll(() => results.count()).toBeGreaterThan(20);
		expect(await results.locator('a').evaluateAll((as) => as.slice(0, 20).map((a) => a.getAttribute('href')))).toEqual(firstTwenty);
		await close(page);
	});

	it('excerpts body text with the source’s own punctuation, never the metadata box', async () => {
		const page = await search('功能型党支部');
		const excerpts = await page.locator('[data-search-excerpt]').allTextContents();
		expect(excerpts.join('')).toContain('，');
		expect(excerpts.some((e) => /发文机关|层级中央|日期\d/.test(e))).toBe(false);
		await close(page);
	});

	it('does not match the word 省级 in the metadata labels', async () => {
		const page = await search('换届 省级');
		const exact = await page.$$eval('[data-search-result][data-exact="true"] a', (links) =>
			links.map((a) => (a as HTMLAnchorElement).href)
		);
		// Templates say 换届 but never 省级 in their text: only the metadata of some texts says 省级. They may
		// follow as partial matches, never as results holding both words.
		expect(exact.length).toBeGreaterThan(0);
		expect(exact.map(documentOf).filter((id) => id.startsWith('template-'))).toEqual([]);
		const flags = await page.$$eval('[data-search-result]', (items) => items.map((li) => li.getAttribute('data-exact')));
		expect(flags.indexOf('false') === -1 || flags.slice(flags.indexOf('false')).every((f) => f === 'false')).toBe(true);
		for (const excerpt of await page.locator('[data-search-result][data-exact="true"] [data-search-excerpt]').allTextContents())
			expect(excerpt).toContain('省级');
		await close(page);
	});

	it('offers the same-sound correction and shows its results', async () => {
		const page = await search('三会一棵');
		await expect(page.getByText('您是不是要找：').count()).resolves.toBe(1);
		await expect(page.getByRole('link', { name: '三会一课' }).first().isVisible()).resolves.toBe(true);
		expect(await firstResult(page).locator('mark').first().textContent()).toBe('三会一课');
		await close(page);
	});

	it('says which word is missing when no text has every word', async () => {
		const page = await search('党建工作经费 来源');
		await expect(page.locator('[data-search-result]').count()).resolves.toBeGreaterThan(0);
		expect(await page.getByRole('status').textContent()).toMatch(/不含“来源”/);
		await close(page);
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
		await close(page);
	});
});

describe('search page: questions (issue 20)', () => {
	it('a question lands on the clause that answers it, and the status says the words are in that clause, not that it is verbatim', async () => {
		const page = await search('功能型党支部的党员党费交到哪里');
		expect(answers(await firstHref(page), 'qing-liangxin-2018-15#c9')).toBe(true);
		expect(await firstResult(page).locator('[data-search-excerpt]').textContent()).toContain('交纳党费');
		expect(await page.locator('[data-search-result][data-exact="true"]').count()).toBe(0);
		const status = await page.getByRole('status').textContent();
		expect(status).toContain('没有找到包含“功能型党支部的党员党费交到哪里”原文的内容');
		expect(status).toContain('第一条结果在同一条款中包含');
		expect(await page.locator('[data-search-understood]').textContent()).toMatch(/略去：.*哪里/);
		await close(page);
	});

	it('an everyday word is searched as the texts’ word, and the page says so', async () => {
		const page = await search('党员活动的地方谁来提供');
		expect(await page.locator('[data-search-understood]').textContent()).toContain('“地方”也按‘阵地’');
		const href = await firstHref(page);
		expect(
			[
				'qinghai-guide#p5-s7',
				'qing-liangxin-2018-15#c17',
				'qing-liangxin-2018-15#c18',
				'qingbanfa-2018-9#s6-c23',
				'zhongbanfa-2015-51#s7-c22',
			].some((a) => answers(href, a))
		).toBe(true);
		await close(page);
	});

	it('pinyin is read as the corpus word it spells', async () => {
		const page = await search('zuzhishenghuohui');
		expect(await page.locator('[data-search-understood]').textContent()).toContain('按拼音理解为：组织生活会');
		expect(await firstResult(page).locator('[data-search-excerpt]').textContent()).toContain('组织生活会');
		await close(page);
	});

	it('a calculator question gets the calculator’s answer for its numbers, with a link that fills them in', async () => {
		const page = await search('正式党员52人设什么组织');
		const card = page.locator('[data-search-answer="tool"]');
		await card.waitFor();
		expect(await card.textContent()).toContain('党总支');
		expect(await card.getByRole('link', { name: '组织形式计算器' }).getAttribute('href')).toMatch(/\/tools\/org-type\/\?formal=52$/);
		await close(page);
	});

	it('a 换届 question with only a year and month gets the month it is due in, and a link that asks for the day', async () => {
		const page = await search('2022年3月换届任期3年什么时候到期');
		const card = page.locator('[data-search-answer="tool"]');
		await card.waitFor();
		expect(await card.textContent()).toContain('2025年3月');
		expect(await card.textContent()).not.toMatch(/2025-03-\d\d|2025年3月\d+日/);
		const link = card.getByRole('link', { name: /补上换届是哪一日/ });
		expect(await link.getAttribute('href')).toMatch(/\/tools\/term-reminder\/\?last=2022-03&term=3$/);
		await close(page);
	});

	it('asking how to write a 请示 puts that template first, at its original text, showing its opening', async () => {
		const page = await search('支委调走一个要补上 请示咋写');
		const first = firstResult(page);
		expect(await first.getAttribute('data-search-template')).toBe('template-7');
		expect(await first.getByRole('link').getAttribute('href')).toMatch(/\/templates\/template-7\/#original$/);
		expect(await first.locator('[data-search-excerpt]').textContent()).toContain('不能继续履行委员职责');
		// The rest of the query still ranks clauses below it.
		const counted = await page.locator('[data-search-result]:not([data-search-template])').count();
		expect(counted).toBeGreaterThan(0);
		// Shown once, first; the status line counts what it shows and says the template stands first.
		expect(await page.locator('[data-search-result] a[href*="/templates/template-7/"]').count()).toBe(1);
		const status = (await page.getByRole('status').textContent()) ?? '';
		const extra = (await first.getAttribute('data-search-template-extra')) === null ? 0 : 1;
		expect(status).toContain(`显示 ${counted + 1 - extra} 条。`);
		expect(status).toContain(extra ? '最前面另列出所问的模板7：' : '排在最前面。');
		expect(status).toContain('所问的模板7：');
		await close(page);
	});

	it('a 文号 and a clause number go straight to the clause', async () => {
		const page = await search('中办发〔2015〕51号 第十条');
		const card = page.locator('[data-search-answer="goto"]');
		expect(await card.getByRole('link').getAttribute('href')).toMatch(/\/policies\/zhongbanfa-2015-51\/#s4-c10$/);
		expect(await card.textContent()).toContain('按区域建立党组织');
		expect(answers(await firstHref(page), 'zhongbanfa-2015-51#s4-c10')).toBe(true);
		await close(page);
	});

	it('a question no text answers is never shown as a verbatim match', async () => {
		const page = await search('预备党员转正要办什么手续');
		expect(await page.locator('[data-search-result][data-exact="true"]').count()).toBe(0);
		expect(await page.getByRole('status').textContent()).toContain('没有找到包含“预备党员转正要办什么手续”原文的内容');
		await close(page);
	});
});

describe('search page: URL values that are not filter values', () => {
	it('shows ?level=__proto__&issuer=constructor as values with no results, never as properties of Object', async () => {
		const page = await search('换届', `&level=__proto__&issuer=constructor`);
		const facets = (await page.locator('[data-search-facets]').textContent()) ?? '';
		expect(facets).not.toMatch(/object Object|native code|function/);
		expect(await page.getByRole('checkbox', { name: '__proto__（0）' }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'constructor（0）' }).isChecked()).toBe(true);
		await close(page);
	});
});

describe('search page on a phone', () => {
	it('shows the results first, the filters in a closed disclosure below them', async () => {
		const page = await search('党支部', '', { width: 390, height: 844 });
		const first = (await firstResult(page).boundingBox())!;
		expect(first.y + 40).toBeLessThan(844);
		const filters = page.locator('[data-search-filters]');
		expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect((await filters.boundingBox())!.y).toBeGreaterThan(first.y);
		await expect(page.getByRole('checkbox').first().isVisible()).resolves.toBe(false);
		await close(page);
	});
});

describe('文件库 keyword box', () => {
	it('when no title or 文号 has the words, says so and offers the full-text search and the matching topic', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site}library/?q=${encodeURIComponent('换届')}`);
		const none = page.locator('[data-keyword-none]');
		await none.waitFor();
		expect(await none.textContent()).toContain('标题和文号中没有“换届”');
		expect(await none.getByRole('link', { name: '在全文中检索“换届”' }).getAttribute('href')).toBe(
			`/search/?q=${encodeURIComponent('换届')}`
		);
		expect(await none.getByRole('link', { name: '换届选举' }).getAttribute('href')).toContain(`topic=${encodeURIComponent('换届选举')}`);
		await context.close();
	});
});
