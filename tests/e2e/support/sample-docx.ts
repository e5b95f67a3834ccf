/** Fills 模板7 from its complete sample draft and generates the .docx in the browser (a page of the CSP and nginx smoke tests). */
import type { Download, Page } from 'playwright-core';
import { SAMPLES } from '../../unit/template-fill-samples';

export async function generateSampleDocx(page: Page, site: string): Promise<Download> {
	await page.goto(site + 'templates/template-7/');
	await page.evaluate((draft) => localStorage.setItem('kb:template-fill:template-7', JSON.stringify(draft)), SAMPLES['template-7']);
	await page.reload();
	await page.locator('kb-template-form form fieldset').first().waitFor();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click(),
	]);
	return download;
}
