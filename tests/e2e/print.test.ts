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
});
