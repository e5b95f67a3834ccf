/**
 * Template fill-in forms in the browser: typing updates the preview, the .docx download carries
 * the values, rule warnings appear beside the field, markup-like input stays text.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { SAMPLES } from '../unit/template-fill-samples';

const XSS = '<img src=x onerror=alert(1)>}{';

/** A page whose dialogs are recorded and answered with `answer.accept` (cancel by default). */
async function open(path: string): Promise<{ page: Page; dialogs: string[]; requests: string[]; answer: { accept: boolean } }> {
	const page = await browser.newPage({ acceptDownloads: true });
	const dialogs: string[] = [];
	const requests: string[] = [];
	const answer = { accept: false };
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void (answer.accept ? d.accept() : d.dismiss());
	});
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(site + path);
	await page.locator('kb-template-form form fieldset').first().waitFor();
	return { page, dialogs, requests, answer };
}

/** A template page with no draft from an earlier test. */
async function openEmpty(path: string): ReturnType<typeof open> {
	const opened = await open(path);
	await opened.page.evaluate(() => localStorage.clear());
	await opened.page.reload();
	await opened.page.locator('kb-template-form form fieldset').first().waitFor();
	return opened;
}

async function downloadText(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	const zip = await JSZip.loadAsync(await readFile((await download.path())!));
	const xml = await zip.file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const preview = (page: Page) => page.locator('[data-preview]');

describe('模板1 form', () => {
	it('fills, previews, blocks an incomplete download, then downloads the values', async () => {
		const { page, dialogs, requests, answer } = await openEmpty('templates/template-1/');

		await page.getByLabel('学会（协会/研究会）名称').fill(`青海省${XSS}学会`);
		await expect(preview(page).locator('[data-doc-title]').textContent()).resolves.toBe(
			`关于成立“青海省${XSS}学会党委/党总支/党支部”的请示`
		);
		expect(await page.locator('[data-preview] img').count()).toBe(0);

		// Blanks are highlighted, and the download is refused with the list.
		expect(await preview(page).locator('mark.tf-blank').count()).toBeGreaterThan(0);
		await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('尚未填写');
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('发文机关代字');

		await page.getByLabel('党组织类型').selectOption('党支部');
		await page.getByLabel('发文机关代字').fill('青测学');
		await page.getByLabel('发文年份').fill('2024');
		await page.getByLabel('发文顺序号').fill('7');
		await page.getByLabel('签发人').fill('王签发');
		await page.getByLabel('理事会议日期').fill('2024-03-05');
		await page.getByLabel('第几届理事会').fill('3');
		await page.getByLabel('第几次会议').fill('12');
		await page.getByLabel('会议类型').selectOption('常务理事会议');
		await page.getByLabel('理事会现有党员人数').fill('9');
		await page.getByLabel('党组织组成人数').fill('4');
		await page.getByLabel('其中书记人数').fill('1');
		await page.getByLabel('其中副书记人数').fill('1');
		await page.getByLabel('其中委员人数').fill('2');
		// Remove the last three default rows, fill the other three, add one.
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '删除第 4 名组成人员' }).click();
		const names = ['张书记', '李纪检', '赵宣传'];
		for (const [i, name] of names.entries()) await page.locator(`[name="officers.${i}.name"]`).fill(name);
		await page.getByRole('button', { name: '添加组成人员' }).click();
		await page.locator('[name="officers.3.role"]').fill('组织委员');
		await page.locator('[name="officers.3.name"]').fill('钱组织');
		await page.getByLabel('成文日期').fill('2024-03-10');

		const text = await preview(page).textContent();
		expect(text).toContain('3月5日经第3届理事会第12次常务理事会议研究决定');
		expect(text).toContain('组织委员：钱组织');
		expect(text).not.toContain('纪检委员：×××');
		expect(await preview(page).locator('mark.tf-blank').count()).toBe(0);

		const docx = await downloadText(page);
		expect(docx).toContain('青测学字〔2024〕7号');
		expect(docx).toContain(`关于成立“青海省&lt;img src=x onerror=alert(1)&gt;}{学会党支部”的请示`);
		expect(docx).toContain('书记：张书记');
		expect(docx).toContain('组织委员：钱组织');
		expect(docx).toContain('2024年3月10日');
		expect(docx).not.toContain('×');

		// The draft survives a reload; 清空 asks first: cancelled, nothing is lost; confirmed, the draft is gone.
		await page.reload();
		await page.locator('kb-template-form form fieldset').first().waitFor();
		await expect(page.getByLabel('签发人').inputValue()).resolves.toBe('王签发');
		expect(dialogs).toEqual([]);
		await page.getByRole('button', { name: '清空' }).click();
		expect(dialogs).toHaveLength(1);
		expect(dialogs[0]).toContain('清空后不能恢复');
		await expect(page.getByLabel('签发人').inputValue()).resolves.toBe('王签发');
		expect(await page.evaluate(() => localStorage.getItem('kb:template-fill:template-1'))).toContain('王签发');
		answer.accept = true;
		await page.getByRole('button', { name: '清空' }).click();
		await expect(page.getByLabel('签发人').inputValue()).resolves.toBe('');
		expect(await page.evaluate(() => localStorage.getItem('kb:template-fill:template-1'))).toBeNull();
		expect(dialogs).toHaveLength(2);

		expect(requests.filter((u) => !u.startsWith(site) && !u.startsWith('blob:'))).toEqual([]);
		await page.close();
	});
});

describe('模板4 form', () => {
	it('warns about a short 差额 beside the field with a clause link, and downloads the values', async () => {
		const { page, dialogs } = await openEmpty('templates/template-4/');

		await page.getByLabel('学会（协会/研究会）名称').fill(XSS);
		await page.getByLabel('党组织类型').selectOption('党总支');
		await page.getByLabel('发文机关代字').fill('青测学');
		await page.getByLabel('发文年份').fill('2024');
		await page.getByLabel('发文顺序号').fill('8');
		await page.getByLabel('本届委员会选举产生日期').fill('2019-06-01');
		await page.getByLabel('任期届满日期').fill('2024-06-01');
		await page.getByLabel('拟召开党员大会日期').fill('2024-05-20');
		await page.getByLabel('下届委员会组成人数（应选人数）').fill('5');
		const names = ['甲', '乙', '丙', '丁'];
		for (const [i, name] of names.entries()) await page.locator(`[name="candidates.${i}.name"]`).fill(`${name}候选`);

		// 5 seats need 6 candidates: 4 warn.
		const warning = page.locator('[data-warning-for="candidates"]');
		await expect(warning.locator('[data-rule-warning]').textContent()).resolves.toContain('差额不足');
		const link = warning.locator('a[data-citation]').first();
		expect(await link.getAttribute('href')).toContain('/templates/template-4/');
		expect(await preview(page).textContent()).toContain('甲候选、乙候选、丙候选、丁候选等4位同志');

		await page.getByRole('button', { name: '添加候选人' }).click();
		await page.locator('[name="candidates.4.name"]').fill('戊候选');
		await expect(warning.locator('[data-rule-warning]').textContent()).resolves.toContain('差额不足');
		await page.getByRole('button', { name: '添加候选人' }).click();
		await page.locator('[name="candidates.5.name"]').fill('己候选');
		await expect(warning.isHidden()).resolves.toBe(true);
		expect(await preview(page).textContent()).toContain('（差额1名，差额比例20%）');

		await page.getByLabel('成文日期').fill('2024-04-01');
		const docx = await downloadText(page);
		expect(docx).toContain('青测学〔2024〕8号');
		expect(docx).toContain('&lt;img src=x onerror=alert(1)&gt;}{党总支委员会');
		expect(docx).toContain('甲候选同志为书记候选人预备人选，乙候选同志为副书记候选人预备人选');
		expect(docx).toContain('2024年4月1日');
		expect(docx).not.toContain('×');
		expect(dialogs).toEqual([]);
		await page.close();
	});
});

describe('a document that breaks a rule', () => {
	it('is refused with the reason, or downloaded marked on its first line when the user keeps the values', async () => {
		const { page, dialogs } = await open('templates/template-7/');
		// 3 candidates for 2 vacancies: not 等额.
		await page.evaluate((draft) => localStorage.setItem('kb:template-fill:template-7', JSON.stringify(draft)), {
			...SAMPLES['template-7'],
			nominees: '3',
		});
		await page.reload();
		await page.locator('kb-template-form form fieldset').first().waitFor();
		await expect(page.locator('[data-warning-for="nominees"] [data-rule-warning]').textContent()).resolves.toContain('等额');
		// The preview (what prints) is never clean.
		await expect(preview(page).locator('[data-nonconforming]').textContent()).resolves.toMatch(/^本稿存在不符合规定之处：/);

		await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('不符合规定');
		await page.getByRole('button', { name: '打印' }).click();
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('不符合规定');

		await page.getByLabel('仍按所填内容生成（文书首行注明不符合规定之处）').check();
		const docx = await downloadText(page);
		expect(docx.startsWith('本稿存在不符合规定之处：')).toBe(true);
		expect(docx).toContain('等额');
		expect(dialogs).toEqual([]);
		await page.close();
	});
});

describe('模板3', () => {
	it('has no form (no body in the source) and keeps the editor note', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'templates/template-3/');
		expect(await page.locator('kb-template-form').count()).toBe(0);
		expect(await page.locator('main').textContent()).toContain('编者按');
		await page.close();
	});
});

describe('模板4 for a 党委', () => {
	it('writes 党委 where the template says 党总支（支部）委员会, never “党委委员会”', async () => {
		const { page } = await openEmpty('templates/template-4/');
		await page.getByLabel('学会（协会/研究会）名称').fill('青海省水利学会');
		await page.getByLabel('党组织类型').selectOption('党委');
		const text = await preview(page).textContent();
		expect(text).toContain('我党委于');
		expect(text).toContain('召开党员大会，进行党委换届选举');
		expect(text).toContain('附件：青海省水利学会党委候选人预备人选备案表');
		expect(text).not.toMatch(/党委委员会|党委党员大会/);
		await page.close();
	});
});

describe('a very long value (issue 25)', () => {
	it('is refused naming the field, the preview shows it cut and wrapped, and a saved draft with it opens', async () => {
		const { page } = await openEmpty('templates/template-1/');
		await page.getByLabel('学会（协会/研究会）名称').fill('a'.repeat(40_000));
		const error = page.locator('[data-error-for="society"]');
		await expect(error.textContent()).resolves.toContain('学会（协会/研究会）名称过长：不超过 60 字（现为 40,000 字）');
		const title = (await preview(page).locator('[data-doc-title]').textContent()) ?? '';
		expect(title).toContain(`${'a'.repeat(60)}…`);
		expect(title.length).toBeLessThan(120);
		const paper = preview(page);
		expect(await paper.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
		await page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click();
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('名称过长');

		// The draft holds the whole value; the page opens with it and says the same.
		// Saved once typing pauses.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('kb:template-fill:template-1')?.length ?? 0), { timeout: 10_000 })
			.toBeGreaterThan(40_000);
		await page.reload();
		await expect(page.locator('[data-error-for="society"]').textContent()).resolves.toContain('名称过长');
		await expect(page.getByLabel('学会（协会/研究会）名称').inputValue()).resolves.toHaveLength(40_000);
		await page.close();
	});
});
