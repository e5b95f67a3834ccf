/**
 * 下载 Word 文档 on a policy page: the writer loads only on click, the .docx carries the title, the
 * 文号, the clauses with their numbers as the page shows them, tables, and the source note.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('policy text as Word', () => {
	it('loads nothing heavy before the click, then downloads the text with its numbering', async () => {
		const page = await browser.newPage({ acceptDownloads: true });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(site + 'policies/shanxi-shuangqiang-liuhao/');
		const button = page.getByRole('button', { name: '下载 Word 文档（.docx）' });
		await button.waitFor();
		expect(requests.filter((u) => /docx\.|compare\/text\//.test(u))).toEqual([]);

		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('关于开展“双强六好”党组织建设工作的通知.docx');
		const zip = await JSZip.loadAsync(await readFile((await download.path())!));
		const xml = await zip.file('word/document.xml')!.async('string');
		const text = unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
		expect(text).toContain('关于开展“双强六好”党组织建设工作的通知');
		expect(text).toContain('晋科社行党发〔2019〕5号');
		expect(text).toContain('一、指导思想');
		expect(text).toContain('3、总结提高阶段（11月1-11月15日）。');
		expect(xml).toContain('<w:tbl>');
		expect(text).toContain('坚持政治方向好');
		expect(text).toContain('正文照录晋科社行党发〔2019〕5号《关于开展“双强六好”党组织建设工作的通知》，仅规范排版。');
		expect(text).toContain(`${site}policies/shanxi-shuangqiang-liuhao/`);
		await expect(page.locator('kb-policy-docx [data-status]').textContent()).resolves.toContain('已生成');
		expect(requests.filter((u) => !u.startsWith(site) && !u.startsWith('blob:'))).toEqual([]);
		await page.close();
	});
});
