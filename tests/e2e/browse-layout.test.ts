/**
 * The browsing pages on a laptop (1366×900) and a phone (390×844): everything readable without
 * sideways scrolling of the page, the 文件库's columns all visible on the laptop, its first result on
 * the phone's first screen, status notices and aligned metadata on a policy page. Each page is also
 * saved as a screenshot in tests/.tmp/screenshots/ for a person to look at (never compared by pixel:
 * fonts differ between machines).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { TOOLS } from '../../src/lib/tools';

const SHOTS = resolve(import.meta.dirname, '../.tmp/screenshots');
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.goto(site + path);
	return page;
}

/** The page's own width beyond the window (a frame that scrolls inside itself, like the map's, does not count). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([
	['1366', LAPTOP],
	['390', PHONE],
] as const)('at %s px', (name, viewport) => {
	it.each([
		['library', 'library/'],
		['policy', 'policies/cast-2022-xuehui-dangjian-yaodian/'],
		['map', 'map/'],
		['missing', 'missing/'],
		['timeline', 'timeline/'],
		['compare', 'compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/'],
	])('%s has no sideways page scroll (screenshot saved)', async (shot, path) => {
		const page = await open(path, viewport);
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: resolve(SHOTS, `${shot}-${name}.png`) });
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
		await page.context().close();
	});
});

describe('文件库 layout', () => {
	it('shows all seven columns inside the window at 1366 px', async () => {
		const page = await open('library/', LAPTOP);
		const headers = page.locator('.library-table thead th');
		expect(await headers.allTextContents()).toEqual(['文件名称', '文号', '发文机关', '日期', '层级', '文种', '状态']);
		for (const box of await headers.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().toJSON()))) {
			expect(box.width).toBeGreaterThan(0);
			expect(box.right).toBeLessThanOrEqual(LAPTOP.width);
		}
		// No column hides behind a scrollbar of its own either.
		const wrap = await page.locator('.library-table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(wrap).toBeLessThanOrEqual(0);
		// 发文机关 no longer wraps to five or six lines.
		const lineHeight = await page
			.locator('.library-table td.issuers')
			.first()
			.evaluate((td) => parseFloat(getComputedStyle(td).lineHeight));
		const issuerHeights = await page
			.locator('.library-table td.issuers')
			.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().height));
		expect(Math.max(...issuerHeights)).toBeLessThan(lineHeight * 4 + 20);
		await page.context().close();
	});

	it('puts the first result on the first screen of a phone, as a card with its 文号 and date', async () => {
		const page = await open('library/', PHONE);
		const first = page.locator('.library-table tbody tr').first();
		const box = (await first.boundingBox())!;
		expect(box.y).toBeLessThan(PHONE.height - 60);
		// The filters are folded away, the keyword box is at hand.
		expect(await page.locator('[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await page.getByRole('searchbox', { name: '查找' }).isVisible()).toBe(true);
		const cells = await first
			.locator('td')
			.evaluateAll((tds) => tds.map((td) => ({ label: (td as HTMLElement).dataset.label, right: td.getBoundingClientRect().right })));
		for (const cell of cells) expect(cell.right, cell.label).toBeLessThanOrEqual(PHONE.width);
		await page.context().close();
	});
});

describe('policy page', () => {
	it('warns above the text that a past year’s plan only documents that year', async () => {
		const page = await open('policies/cast-2022-xuehui-dangjian-yaodian/', LAPTOP);
		const notice = page.locator('[data-notice="historical"]');
		expect(await notice.textContent()).toContain('本文件为 2022 年度工作要点，仅供了解当年部署');
		// Above the document information and the text.
		const noticeY = (await notice.boundingBox())!.y;
		expect(noticeY).toBeLessThan((await page.locator('.policy-meta').boundingBox())!.y);
		await page.context().close();
	});

	it('says a 试行 text is one, and a text in force with a date gets no notice', async () => {
		const trial = await open('policies/zhongbanfa-2015-51/', LAPTOP);
		expect(await trial.locator('[data-notice="trial"]').count()).toBe(1);
		await trial.context().close();
		const plain = await open('policies/kexie-dangzufa-2016-81/', LAPTOP);
		expect(await plain.locator('[data-status-notices]').count()).toBe(0);
		await plain.context().close();
	});

	it('aligns the document information: cells of one row start at the same height', async () => {
		const page = await open('policies/zhongbanfa-2015-51/', LAPTOP);
		const tops = await page
			.locator('.policy-meta dl > div')
			.evaluateAll((divs) => divs.map((d) => Math.round(d.getBoundingClientRect().top)));
		const docNumber = tops[0]!;
		const issuers = tops[1]!;
		expect(issuers).toBe(docNumber);
		await page.context().close();
	});

	it('勘误说明 names the source by its title and lists only changes of wording', async () => {
		const page = await open('policies/qinghai-guide/', LAPTOP);
		const corrections = page.locator('.corrections');
		const text = (await corrections.textContent())!;
		expect(text).toContain('《青海省科技社团党组织工作指南（试行）》');
		expect(text).not.toMatch(/\.txt/);
		// Five headings joined from two lines: summed up in one sentence, no table rows that look identical.
		expect(text).toContain('另有 5 处只调整了排版');
		// The one change of wording: the deleted spaces around “and” are shown, not invisible.
		expect(await corrections.locator('tbody tr').count()).toBe(1);
		expect(await corrections.locator('tbody del').allTextContents()).toEqual(['␣and␣']);
		expect(await corrections.locator('tbody ins').allTextContents()).toEqual(['和']);
		await page.context().close();

		const fixed = await open('policies/chongqing-2023-gongzuo-yaodian/', LAPTOP);
		expect(await fixed.locator('.corrections tbody tr del').allTextContents()).toEqual(['神']);
		await fixed.context().close();
	});
});

describe('tool pages', () => {
	it('show no “本页内容” that holds only 概述; the long 换届提醒 lists its sections there', async () => {
		for (const { id } of TOOLS.filter((t) => t.id !== 'term-reminder')) {
			const phone = await open(`tools/${id}/`, PHONE);
			expect(await phone.getByRole('navigation', { name: '本页内容' }).count(), id).toBe(0);
			await phone.context().close();
		}
		const page = await open('tools/term-reminder/', LAPTOP);
		const toc = page.getByRole('navigation', { name: '本页内容' });
		const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
		expect(links.map(([text]) => text)).toEqual(expect.arrayContaining(['结论', '换届步骤', '届中补选步骤', '谁审批、谁备案']));
		for (const [text, href] of links) {
			if (href === '#_top') continue;
			expect(await page.locator(`h2${href}`).textContent(), text).toBe(text);
		}
		await page.context().close();
	});
});
