/**
 * Printing: policy pages and template previews print to A4 with the site's navigation hidden and the
 * text complete. Checked in print media, and by printing to PDF in Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';

/** Elements that must not print, and whether any of them is still displayed. */
async function visibleChrome(page: Page, selectors: string[]) {
	return page.evaluate(
		(sels) =>
			sels.filter((sel) =>
				[...document.querySelectorAll(sel)].some((el) => {
					const box = (el as HTMLElement).getBoundingClientRect();
					return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
				})
			),
		selectors
	);
}

async function pdfPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('print', () => {
	it('a policy page prints its whole text without the navigation', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}policies/qinghai-guide/`);
		await page.emulateMedia({ media: 'print' });
		expect(
			await visibleChrome(page, ['header.header', '#starlight__sidebar', '.right-sidebar-container', 'kb-header-search', '.clause-actions'])
		).toEqual([]);
		// Every clause is laid out (nothing cut off or hidden).
		const hidden = await page.$$eval('.policy-text [data-clause]', (els) =>
			els.filter((el) => getComputedStyle(el).display === 'none' || el.getBoundingClientRect().height === 0).map((el) => el.id)
		);
		expect(hidden).toEqual([]);
		expect(await page.locator('[aria-label="文件信息"]').isVisible()).toBe(true);
		expect(await pdfPages(page)).toBeGreaterThan(5);
		await page.close();
	});

	it('a template preview prints as the document alone', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}templates/template-1/`);
		await page.locator('[data-preview]').waitFor();
		await page.getByLabel('学会（协会/研究会）名称').fill('中国测试学会');
		await page.emulateMedia({ media: 'print' });
		expect(await visibleChrome(page, ['header.header', '#starlight__sidebar', '.tf-form', '.tf-actions'])).toEqual([]);
		const preview = page.locator('[data-preview]');
		expect(await preview.isVisible()).toBe(true);
		expect(await preview.textContent()).toContain('中国测试学会');
		expect(await pdfPages(page)).toBeGreaterThanOrEqual(1);
		await page.close();
	});

	it('a 试行 title keeps （试行） on one line on paper', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}policies/zhongbanfa-2015-51/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('h1 .title-tail').textContent()).toBe('（试行）');
		expect(await page.locator('h1 .title-tail').evaluate((el) => el.getClientRects().length)).toBe(1);
		expect(await pdfPages(page)).toBeLessThanOrEqual(8);
		await page.close();
	});

	it('the 组织形式 answer prints whole, in at most 5 pages (it printed 9)', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}tools/org-type/?formal=12&probationary=2`);
		await page.locator('[data-answer][data-state="answer"]').waitFor();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.answer-main').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
		expect(await visibleChrome(page, ['.tool-intro', '#reading-notes', '#approval-routes'])).toEqual([]);
		expect(await pdfPages(page)).toBeLessThanOrEqual(5);
		await page.close();
	});

	it('a 六好 heading never ends a page: it stays with its first item', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}tools/six-good/`);
		await page.locator('[data-answer][data-state="answer"]').waitFor();
		await page.emulateMedia({ media: 'print' });
		const styles = await page
			.locator('.sg-heading > legend, .sg-checklist > h2')
			.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
		expect(styles.length).toBeGreaterThan(6);
		expect(new Set(styles)).toEqual(new Set(['avoid']));
		expect(
			await page
				.locator('.sg-criteria > li')
				.first()
				.evaluate((el) => getComputedStyle(el).breakInside)
		).toBe('avoid');
		expect(await pdfPages(page)).toBeLessThanOrEqual(6);
		await page.close();
	});
});
