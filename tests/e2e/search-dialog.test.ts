/**
 * The header search dialog (HeaderSearch.astro + src/client/search/): loads nothing until used, opens
 * as a modal dialog from the button, Ctrl+K and `/`, ranks like /search/, and fills a phone's screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { documentOf } from '../search/measure';
import { afterSearch, HEADER_SEARCH, searchDone } from '../search/wait';

const POLICY = 'policies/zhongbanfa-2015-51/';

async function openPolicy(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; fetched: { path: string; bytes: number }[] }> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const fetched: { path: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes().catch(() => undefined);
		fetched.push({ path: new URL(request.url()).pathname, bytes: sizes?.responseBodySize ?? 0 });
	});
	await page.goto(site + POLICY);
	await page.waitForLoadState('networkidle');
	return { page, fetched };
}

const searchFiles = (fetched: { path: string }[]) =>
	fetched.filter((f) => /\/pagefind\/|search-(dictionary|pinyin)\.json|\/(dialog|engine|render|t2cn)[.-]/.test(f.path)).map((f) => f.path);

/** Types into the dialog's field and waits for the search this typing asked for. */
async function typeAndWait(page: Page, text: string) {
	await afterSearch(page, HEADER_SEARCH, () => page.keyboard.type(text));
}

describe('header search: nothing loaded until used', () => {
	it('a policy page fetches no search code or index, and at most 25 KiB of JavaScript', async () => {
		const { page, fetched } = await openPolicy();
		expect(searchFiles(fetched)).toEqual([]);
		const js = fetched.filter((f) => f.path.endsWith('.js')).reduce((sum, f) => sum + f.bytes, 0);
		expect(js).toBeLessThanOrEqual(25 * 1024);
		// Focus on the search button preloads Pagefind.
		await page.getByRole('button', { name: /检索/ }).focus();
		await expect.poll(() => searchFiles(fetched).some((p) => p.endsWith('/pagefind/pagefind.js')), { timeout: 10_000 }).toBe(true);
		await page.context().close();
	});
});

describe('header search dialog', () => {
	it('opens on click as a modal dialog, searches as you type, Esc closes and focus returns', async () => {
		const { page } = await openPolicy();
		const button = page.getByRole('button', { name: /检索/ });
		await button.click();
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		await expect(dialog.isVisible()).resolves.toBe(true);
		const input = dialog.getByRole('searchbox', { name: '检索词' });
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await typeAndWait(page, '三会一课');
		const first = dialog.locator('[data-search-result]').first();
		expect(documentOf((await first.locator('a').getAttribute('href')) ?? '')).toBe('zhongbanfa-2015-51');
		expect(await first.locator('mark').first().textContent()).toBe('三会一课');
		// The glossary answer card: term, quoted definition, source clause.
		const card = dialog.locator('[data-search-answer]');
		expect(await card.locator('blockquote').textContent()).toContain('三会一课');
		expect(await card.getByRole('link', { name: /《/ }).getAttribute('href')).toMatch(/#s5-c16$/);
		await expect(dialog.getByRole('link', { name: '查看全部结果' }).getAttribute('href')).resolves.toMatch(/\/search\/\?q=%E4%B8%89/);
		// Tab stays inside the modal dialog.
		for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(dialog.isVisible()).resolves.toBe(false);
		await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.context().close();
	});

	it('opens on Ctrl+K and on “/”, but “/” typed in a field stays in the field', async () => {
		const { page } = await openPolicy();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		await expect(dialog.isVisible()).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await page.keyboard.press('/');
		await expect(dialog.isVisible()).resolves.toBe(true);
		const input = dialog.getByRole('searchbox', { name: '检索词' });
		await page.keyboard.type('a/b');
		await expect(input.inputValue()).resolves.toBe('a/b');
		await page.context().close();
	});

	it('Enter opens the full results page for the query', async () => {
		const { page } = await openPolicy();
		await page.keyboard.press('/');
		await page.keyboard.type('换届');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('换届');
		await searchDone(page, 'kb-search-page');
		await expect(page.locator('[data-search-result]').count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});

	it('searches an everyday word as the texts’ word and says so, from the vocabulary shards of the query’s characters', async () => {
		const { page, fetched } = await openPolicy();
		await page.keyboard.press('/');
		// 钱: a one-character everyday word, which the search's code no longer carries (synonyms.ts reaches the browser in the shards).
		await typeAndWait(page, '党建的钱从哪来');
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		expect(await dialog.locator('[data-search-understood]').textContent()).toContain('“钱”也按‘经费’检索');
		const shards = fetched.filter((f) => /\/search-vocabulary\/\d+\.json$/.test(f.path));
		expect(shards.length).toBeGreaterThan(0);
		expect(shards.length).toBeLessThanOrEqual([...'党建的钱从哪来'].length);
		await page.context().close();
	});

	it('asking how to write a 请示 shows that template first, as on /search/', async () => {
		const { page, fetched } = await openPolicy();
		await page.keyboard.press('/');
		await typeAndWait(page, '支委调走一个要补上 请示咋写');
		const first = page.getByRole('dialog', { name: '检索全站' }).locator('[data-search-result]').first();
		expect(await first.getAttribute('data-search-template')).toBe('template-7');
		expect(await first.getByRole('link').getAttribute('href')).toMatch(/\/templates\/template-7\/#original$/);
		// The templates' list is fetched for such a query only.
		expect(fetched.filter((f) => f.path.endsWith('/search-templates.json'))).toHaveLength(1);
		await page.context().close();
	});

	it('fills a phone screen, with the first result right under the input', async () => {
		const { page } = await openPolicy({ width: 375, height: 700 });
		await page.getByRole('button', { name: /检索/ }).click();
		await typeAndWait(page, '党费');
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		const box = (await dialog.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(370);
		expect(box.height).toBeGreaterThanOrEqual(690);
		const input = (await dialog.getByRole('searchbox').boundingBox())!;
		const first = (await dialog.locator('[data-search-result]').first().boundingBox())!;
		expect(first.y - (input.y + input.height)).toBeLessThan(120);
		expect(first.y + 20).toBeLessThan(700);
		await page.context().close();
	});
});

describe('header search dialog: closing, colours, position', () => {
	it('Escape closes the dialog at once, even with text in the field', async () => {
		const { page } = await openPolicy();
		await page.keyboard.press('/');
		await typeAndWait(page, '换届');
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		await expect(dialog.getByRole('searchbox').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(dialog.isVisible()).resolves.toBe(false);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)('result links take the site’s link colour (%s)', async (theme) => {
		const { page } = await openPolicy();
		await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), theme);
		await page.keyboard.press('/');
		await typeAndWait(page, '党费');
		const colours = await page.evaluate(() => {
			const link = document.querySelector('kb-header-search [data-search-result] a')!;
			const probe = document.createElement('a');
			probe.href = '#';
			document.querySelector('.sl-markdown-content')!.append(probe);
			return { result: getComputedStyle(link).color, site: getComputedStyle(probe).color };
		});
		expect(colours.result).toBe(colours.site);
		await page.context().close();
	});

	it('the header search box starts at the same x on every page type', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const page = await context.newPage();
		const xs: Record<string, number> = {};
		for (const path of ['', 'library/', POLICY, 'tools/org-type/', 'search/', 'templates/template-4/', 'glossary/']) {
			await page.goto(site + path);
			xs[path || '/'] = Math.round((await page.locator('header button[data-search-open]').boundingBox())!.x);
		}
		expect(new Set(Object.values(xs)).size, JSON.stringify(xs)).toBe(1);
		await context.close();
	});

	it('the search page has no table-of-contents column beside the results', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const page = await context.newPage();
		await page.goto(`${site}search/?q=${encodeURIComponent('换届')}`);
		await searchDone(page, 'kb-search-page');
		await expect(page.locator('.right-sidebar-container').count()).resolves.toBe(0);
		expect((await page.locator('kb-search-page [data-search-results]').boundingBox())!.width).toBeGreaterThan(600);
		await context.close();
	});
});
