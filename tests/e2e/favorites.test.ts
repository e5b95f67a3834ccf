/**
 * 我的收藏: star a text and a clause, write a note, export, clear the browser's storage, import, and
 * everything is back; a note that looks like markup stays text; a file that is not a favourites file
 * is refused in Chinese with nothing changed; a full storage and a storage the browser blocks are told
 * in Chinese, and nothing already stored or typed is lost.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browser, site } from './support/harness';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>&amp; **粗体** 第一条备注';
const TEXT = 'policies/qinghai-guide/';

let context: BrowserContext;
let dialogs: string[];

beforeAll(async () => {
	context = await browser.newContext({ acceptDownloads: true });
	dialogs = [];
	context.on('page', (page) => page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))));
});
afterAll(() => context?.close());

/** Stars the first numbered clause through its ⋯ control; returns its anchor. */
async function starFirstClause(page: Page): Promise<string> {
	const clause = page.locator('.policy-text [data-clause][id]').first();
	const anchor = (await clause.getAttribute('id'))!;
	await clause.hover();
	await clause.locator('.clause-actions-button').click();
	await page.getByRole('menuitem', { name: '收藏本条' }).click();
	await page.locator('.clause-toast', { hasText: '已收藏本条' }).waitFor();
	return anchor;
}

const items = (page: Page) => page.locator('kb-favorites [data-favorite]');

describe('我的收藏', () => {
	let page: Page;
	let anchor: string;
	let exported: string;

	it('stars a text and one of its clauses', async () => {
		page = await context.newPage();
		await page.goto(site + TEXT);
		const star = page.locator('kb-favorite-star button');
		await expect(star.textContent()).resolves.toBe('☆ 收藏本文');
		await star.click();
		await page.locator('kb-favorite-star button[aria-pressed="true"]').waitFor();
		expect(await page.locator('kb-favorite-star [role="status"]').textContent()).toContain('已收藏');
		anchor = await starFirstClause(page);
		// Starring it again adds nothing.
		await page.locator(`[id="${anchor}"]`).hover();
		await page.locator(`[id="${anchor}"] .clause-actions-button`).click();
		await page.getByRole('menuitem', { name: '收藏本条' }).click();
		await page.locator('.clause-toast', { hasText: '本条已在我的收藏中' }).waitFor();
	});

	it('lists them grouped by text, with a link to the clause, and keeps a note as text', async () => {
		await page.goto(site + 'favorites/');
		await expect(page.locator('kb-favorites').getAttribute('data-count')).resolves.toBe('2');
		const group = page.locator('.favorites-group');
		await expect(group.count()).resolves.toBe(1);
		await expect(group.locator('h2 a').textContent()).resolves.toContain('青海省科技社团党组织工作指南');
		const clauseLink = items(page).nth(1).locator('.favorite-head a');
		await expect(clauseLink.getAttribute('href')).resolves.toBe(`/${TEXT}#${anchor}`);

		const note = items(page).nth(1).locator('textarea');
		await note.fill(HOSTILE);
		await page.locator('kb-favorites [data-favorite][data-note-state="saved"]').waitFor();
		await page.reload();
		await expect(items(page).nth(1).locator('textarea').inputValue()).resolves.toBe(HOSTILE);
		expect(await page.locator('kb-favorites img, kb-favorites script, kb-favorites strong').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});

	it('exports a file, and after the storage is cleared imports it: all back', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '导出收藏（.json 文件）' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^我的收藏-\d{4}-\d{2}-\d{2}\.json$/);
		exported = (await download.path())!;
		const file = JSON.parse(await readFile(exported, 'utf8'));
		expect(file).toMatchObject({ format: 'kb-favorites', version: 1 });
		expect(file.items).toHaveLength(2);

		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.locator('[data-favorites-empty]').waitFor();

		await page.locator('[data-favorites-import]').setInputFiles(exported);
		await page.locator('[data-favorites-status]', { hasText: '新增 2 条' }).waitFor();
		await expect(page.locator('kb-favorites').getAttribute('data-count')).resolves.toBe('2');
		await expect(items(page).nth(1).locator('textarea').inputValue()).resolves.toBe(HOSTILE);
		await expect(items(page).nth(1).locator('.favorite-head a').getAttribute('href')).resolves.toBe(`/${TEXT}#${anchor}`);
		// Importing the same file again adds nothing.
		await page.locator('[data-favorites-import]').setInputFiles(exported);
		await page.locator('[data-favorites-status]', { hasText: '新增 0 条，更新 0 条' }).waitFor();
	});

	it('refuses a file that is not a favourites file, in Chinese, and changes nothing', async () => {
		const cases = [
			{ name: 'broken.json', text: '{"format": "kb-favorites", ', says: '不是有效的 JSON' },
			{
				name: 'other.json',
				text: '{"format":"kb-favorites","version":1,"exported":"2026-01-01T00:00:00Z","items":[{"path":"/policies/x/","title":""}]}',
				says: '第 1 条收藏的',
			},
			{ name: 'wrong.json', text: '[1, 2, 3]', says: '收藏文件的内容不对' },
		];
		for (const c of cases) {
			await page
				.locator('[data-favorites-import]')
				.setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.text) });
			const status = page.locator('[data-favorites-status][data-state="error"]', { hasText: c.name });
			await status.waitFor();
			expect(await status.textContent()).toContain(c.says);
			expect(await status.textContent()).toContain('没有导入任何内容，原有的收藏不变');
			await expect(page.locator('kb-favorites').getAttribute('data-count')).resolves.toBe('2');
		}
	});

	it('says the storage is full, keeps the note typed and what was stored', async () => {
		const before = await page.evaluate(() => localStorage.getItem('kb:favorites'));
		// Fill this site's storage to the last character.
		await page.evaluate(() => {
			let chunk = 'x'.repeat(1 << 20);
			let i = 0;
			while (chunk.length > 0) {
				try {
					localStorage.setItem(`filler-${i++}`, chunk);
				} catch {
					chunk = chunk.slice(0, chunk.length >> 1);
				}
			}
		});
		const note = items(page).nth(0).locator('textarea');
		await note.fill('存不下的备注');
		await page.locator('kb-favorites [data-favorite][data-note-state="error"]').waitFor();
		expect(await items(page).nth(0).locator('.note-state').textContent()).toContain('本机存储空间已满');
		await expect(note.inputValue()).resolves.toBe('存不下的备注');
		expect(await page.evaluate(() => localStorage.getItem('kb:favorites'))).toBe(before);

		// A star on a text page says the same.
		await page.goto(site + 'policies/zhongbanfa-2015-51/');
		await page.locator('kb-favorite-star button').click();
		await page.locator('kb-favorite-star [role="status"]', { hasText: '本机存储空间已满' }).waitFor();
		await expect(page.locator('kb-favorite-star button').getAttribute('aria-pressed')).resolves.toBe('false');
		await page.evaluate(() => {
			for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
		});
		expect(await page.evaluate(() => localStorage.getItem('kb:favorites'))).toBe(before);
		await page.close();
	});
});

describe('storage blocked by the browser', () => {
	it('is told in Chinese on the page and at the star', async () => {
		const blocked = await browser.newContext();
		// What a browser does when the reader blocks site data: touching localStorage throws.
		await blocked.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const page = await blocked.newPage();
		await page.goto(site + 'favorites/');
		await page.locator('[data-favorites-status][data-state="error"]', { hasText: '浏览器不允许本站在本机保存数据' }).waitFor();
		await page.goto(site + TEXT);
		await page.locator('kb-favorite-star button').click();
		await page.locator('kb-favorite-star [role="status"]', { hasText: '浏览器不允许本站在本机保存数据' }).waitFor();
		await blocked.close();
	});
});
