/**
 * Every page type on a laptop (1366×768) and a phone (390×844), in the light and the dark theme:
 * nothing scrolls the page sideways, and each is saved as a full-page screenshot in
 * tests/.tmp/screenshots/ (`<type>-<width>.png`, `<type>-<width>-dark.png`) for a person to look at
 * (never compared by pixel: fonts differ between machines). Then the layouts that can regress: the 文件库's
 * columns and cards, 按层级浏览 as cards, the filter columns, /missing/'s list, one content column
 * start on every page type, the citation map, status notices and aligned metadata on a policy page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { TOOLS } from '../../src/lib/tools';
import { PAGE_TYPES, SCREENSHOTS } from './support/page-types';
import { searchDone, SEARCH_PAGE } from '../search/wait';

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Opens `path` in a fresh context; a theme is set as Starlight stores the reader's choice. */
async function open(path: string, viewport: { width: number; height: number }, theme?: 'light' | 'dark'): Promise<Page> {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...(theme ? { colorScheme: theme } : {}) });
	const page = await context.newPage();
	if (theme) await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(site + path);
	return page;
}

/**
 * Each checkbox in `scope` whose words fit on one line: how far its centre sits from the centre of that
 * line (positive: lower). A box on the text's baseline sits about 4 px high.
 */
async function checkboxOffsets(page: Page, scope: string): Promise<{ text: string; offset: number }[]> {
	return page.locator(scope).evaluate((root) =>
		[...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].flatMap((box) => {
			const label = box.closest('label') ?? root.querySelector(`label[for="${box.id}"]`);
			if (!label) return [];
			const range = document.createRange();
			range.selectNodeContents(label);
			const b = box.getBoundingClientRect();
			// the words' boxes (not the checkbox's, when the label holds it); Latin and Han runs may differ by a pixel or two
			const runs = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0 && r.left >= b.right - 1);
			if (runs.length === 0 || runs.some((r) => r.top > runs[0]!.top + runs[0]!.height / 2)) return [];
			const top = Math.min(...runs.map((r) => r.top));
			const bottom = Math.max(...runs.map((r) => r.bottom));
			return [{ text: label.textContent!.trim(), offset: (b.top + b.bottom) / 2 - (top + bottom) / 2 }];
		})
	);
}

/** The page's own width beyond the window (a frame that scrolls inside itself, like the map's, does not count). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([
	['1366', LAPTOP],
	['390', PHONE],
] as const)('at %s px', (name, viewport) => {
	it.each(PAGE_TYPES.map((t) => [t.name, t] as const))(
		'%s has no sideways page scroll, light or dark (screenshots saved)',
		async (shot, { path, ready }) => {
			mkdirSync(SCREENSHOTS, { recursive: true });
			for (const theme of ['light', 'dark'] as const) {
				const page = await open(path, viewport, theme);
				if (ready) await page.locator(ready).first().waitFor({ state: 'attached' });
				expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
				await page.screenshot({ path: resolve(SCREENSHOTS, `${shot}-${name}${theme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
				expect(await sidewaysOverflow(page), theme).toBeLessThanOrEqual(0);
				await page.context().close();
			}
		}
	);
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
		expect(await corrections.locator('tbody del').allTextContents()).toEqual(['空格and空格']);
		expect(await corrections.locator('tbody del .ws-mark').count()).toBe(2);
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

describe('按层级浏览 /policies/', () => {
	it('is one card per text on a phone: the whole title on lines of its own, 文号, date and 状态 inside the window', async () => {
		const page = await open('policies/', PHONE);
		const row = page.locator('.policy-table tbody tr').first();
		const cells = await row
			.locator('td')
			.evaluateAll((tds) => tds.map((td) => ({ label: (td as HTMLElement).dataset.label, ...td.getBoundingClientRect().toJSON() })));
		const title = cells.find((c) => c.label === '文件名称')!;
		// the title runs the card's full width (a table squeezed it to about 4 characters a line)
		expect(title.width).toBeGreaterThan(PHONE.width - 60);
		for (const cell of cells) expect(cell.right, cell.label).toBeLessThanOrEqual(PHONE.width);
		expect(await row.locator('td[data-label="状态"]').isVisible()).toBe(true);
		await page.context().close();
	});

	it('is a table on a laptop', async () => {
		const page = await open('policies/', LAPTOP);
		expect(await page.locator('.policy-table thead th').first().isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('文件库 filter columns', () => {
	it('on a laptop no column scrolls inside itself, and every value shown is whole', async () => {
		const page = await open('library/', LAPTOP);
		await page.locator('[data-filters]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
		const boxes = await page.locator('[data-filters] fieldset, [data-filters] fieldset ul').evaluateAll((els) =>
			els.map((el) => ({
				facet: el.closest('fieldset')!.dataset.facet,
				scroll: el.scrollHeight - el.clientHeight,
				overflow: getComputedStyle(el).overflowY,
			}))
		);
		for (const b of boxes) {
			expect(b.overflow, b.facet).toBe('visible');
			expect(b.scroll, b.facet).toBeLessThanOrEqual(1);
		}
		// 主题 换届选举 is reachable: listed, or under 其余 N 项
		const topic = page.locator('[data-facet="topic"] label', { hasText: '换届选举' });
		if (!(await topic.isVisible())) await page.locator('[data-facet="topic"] .facet-more summary').click();
		expect(await topic.isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('未收录的被引文件 /missing/', () => {
	it.each([
		['1366', LAPTOP],
		['390', PHONE],
	] as const)('at %s px no number of the list sits over another item’s text', async (_, viewport) => {
		const page = await open('missing/', viewport);
		const items = await page.locator('.missing-index > li').evaluateAll((lis) =>
			lis.map((li) => {
				const r = li.getBoundingClientRect();
				const em = parseFloat(getComputedStyle(li).fontSize);
				// the number is drawn in the 2.5em before the item
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, markerLeft: r.left - 2.5 * em };
			})
		);
		const overlaps: string[] = [];
		items.forEach((a, i) =>
			items.forEach((b, j) => {
				if (i === j) return;
				const sameRows = a.top < b.bottom && b.top < a.bottom;
				if (sameRows && a.markerLeft < b.right && a.left > b.left) overlaps.push(`${i + 1} 的编号压在 ${j + 1} 上`);
			})
		);
		expect(overlaps).toEqual([]);
		await page.context().close();
	});
});

describe('one layout grammar', () => {
	it('at 1366 px the content column starts at the same place on every page type, with or without 本页内容', async () => {
		// with a contents column: a policy text; without: home, a listing, a tool, a template
		const paths = ['policies/zhongbanfa-2015-51/', '', 'missing/', 'tools/org-type/', 'templates/template-1/'];
		const page = await open(paths[0]!, LAPTOP);
		const starts: Record<string, number> = {};
		for (const path of paths) {
			await page.goto(site + path);
			starts['/' + path] = Math.round((await page.locator('main h1').boundingBox())!.x);
		}
		expect(new Set(Object.values(starts)).size, JSON.stringify(starts)).toBe(1);
		await page.context().close();
	});

	it.each([
		['1366', LAPTOP],
		['390', PHONE],
	] as const)('at %s px a checkbox sits level with its words (检索 filters, template options)', async (_, viewport) => {
		const search = await open(`search/?q=${encodeURIComponent('换届')}`, viewport);
		await searchDone(search, SEARCH_PAGE);
		await search.locator('[data-search-filters]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
		const facets = await checkboxOffsets(search, '[data-search-facets]');
		expect(facets.length).toBeGreaterThan(5);
		expect(facets.filter((f) => Math.abs(f.offset) > 2)).toEqual([]);
		await search.context().close();
		const template = await open('templates/template-1/', viewport);
		await template.locator('kb-template-form form fieldset').first().waitFor();
		const options = await checkboxOffsets(template, '.tf-actions');
		expect(options.map((o) => o.text)).toEqual([expect.stringContaining('保留未填写的空白'), expect.stringContaining('仍按所填内容生成')]);
		expect(options.filter((o) => Math.abs(o.offset) > 2)).toEqual([]);
		await template.context().close();
	});

	it.each([
		['1366', LAPTOP],
		['390', PHONE],
	] as const)('at %s px a template preview’s 文号 keeps its brackets whole beside the blanks', async (_, viewport) => {
		const page = await open('templates/template-1/', viewport);
		await page.locator('[data-preview] .tf-docno mark').first().waitFor();
		// Each 〔 and 〕 keeps its full width: halved, the next blank's box covered it and 〔2019〕 read “〔▯▯”.
		const brackets = await page.locator('[data-preview] .tf-docno').evaluate((p) => {
			const size = parseFloat(getComputedStyle(p).fontSize);
			const widths: { char: string; ratio: number }[] = [];
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				[...node.textContent!].forEach((char, i) => {
					if (char !== '〔' && char !== '〕') return;
					const range = document.createRange();
					range.setStart(node!, i);
					range.setEnd(node!, i + 1);
					widths.push({ char, ratio: Math.round((range.getBoundingClientRect().width / size) * 100) / 100 });
				});
			}
			return widths;
		});
		expect(brackets.map((b) => b.char)).toEqual(['〔', '〕']);
		for (const b of brackets) expect(b.ratio, b.char).toBeGreaterThanOrEqual(0.9);
		await page.context().close();
	});

	it('a fillable template has no contents column that would only list 填写, 预览, 原文', async () => {
		const page = await open('templates/template-1/', LAPTOP);
		expect(await page.getByRole('navigation', { name: '本页内容' }).count()).toBe(0);
		await page.context().close();
	});
});

describe('引用关系图', () => {
	it('at 1366 px the whole map is visible and its labels are at least 13 px', async () => {
		const page = await open('map/', LAPTOP);
		const map = page.locator('[data-citation-map]');
		const { scale, width, frame } = await map.evaluate((svg) => {
			const s = svg as SVGSVGElement;
			return {
				scale: s.getBoundingClientRect().width / s.viewBox.baseVal.width,
				width: s.getBoundingClientRect().width,
				frame: s.parentElement!.clientWidth,
			};
		});
		expect(width).toBeLessThanOrEqual(frame + 1);
		const fontSize = await page
			.locator('.map-node text')
			.first()
			.evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
		expect(fontSize * scale).toBeGreaterThanOrEqual(13);
		await page.context().close();
	});

	it('no label breaks inside a year, and the panel follows the dark theme', async () => {
		const context = await browser.newContext({ viewport: LAPTOP, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		await page.goto(site + 'map/');
		const lines = await page.locator('.map-node tspan').allTextContents();
		const cut = lines.filter((line, i) => /\d$/.test(line) && /^\d/.test(lines[i + 1] ?? ''));
		expect(cut).toEqual([]);
		const panel = await page.locator('.map-scroll').evaluate((el) => getComputedStyle(el).backgroundColor);
		const [r, g, b] = panel.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!).toBeLessThan(200);
		await context.close();
	});
});
