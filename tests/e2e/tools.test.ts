import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';

async function open(path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(site + path);
	return page;
}

/** Every corpus citation link must land on an element that exists on the target page. */
async function expectCitationAnchorsExist(page: Page) {
	const hrefs = await page.$$eval('[data-citation]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(0);
	// One request per page, every anchor linked on it looked up in its HTML (the anchors are in the
	// built HTML; opening each page in the browser took most of a minute on a busy machine).
	const byPage = new Map<string, string[]>();
	for (const href of new Set(hrefs)) {
		const url = new URL(href);
		const id = decodeURIComponent(url.hash.slice(1));
		url.hash = '';
		byPage.set(url.href, [...(byPage.get(url.href) ?? []), ...(id ? [id] : [])]);
	}
	for (const [url, ids] of byPage) {
		const response = await page.request.get(url);
		expect({ url, status: response.status() }).toEqual({ url, status: 200 });
		const html = await response.text();
		for (const id of ids) expect({ url, id, found: html.split(`id="${id}"`).length - 1 }).toEqual({ url, id, found: 1 });
	}
}

describe('组织形式 calculator', () => {
	it.each([
		['formal=2', 'joint'],
		['formal=2&probationary=5', 'joint'],
		['formal=3', 'branch'],
		['formal=6&probationary=3', 'branch'],
		['formal=7', 'branch-committee'],
		['formal=12&probationary=2', 'branch-committee'],
		['formal=50', 'branch-committee'],
		['formal=51', 'general-branch'],
		['formal=45&probationary=10', 'general-branch'],
		['formal=100', 'general-branch'],
		['formal=101', 'committee'],
	])('?%s → %s', async (query, kind) => {
		const page = await open(`tools/org-type/?${query}`);
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe(kind);
		await page.close();
	});

	it('cites clauses that exist in the corpus', async () => {
		const page = await open('tools/org-type/?formal=12&probationary=2');
		await page.locator('[data-org-type]').waitFor();
		await expectCitationAnchorsExist(page);
		await page.close();
	});

	it.each([
		['formal=-3', '正式党员人数'],
		['formal=1.5', '正式党员人数'],
		['formal=abc', '正式党员人数'],
		['formal=1000000000', '正式党员人数'],
		['formal=10&probationary=-1', '预备党员人数'],
	])('?%s shows a Chinese error beside the field, and no answer', async (query, label) => {
		const page = await open(`tools/org-type/?${query}`);
		const error = page.locator('.field-error:not([hidden])').first();
		await error.waitFor();
		expect(await error.textContent()).toContain(label);
		expect(await page.locator('[data-org-type]').count()).toBe(0);
		expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined/);
		await page.close();
	});

	it('updates the answer and the URL while typing, without a mouse', async () => {
		const page = await open('tools/org-type/');
		await page.keyboard.press('Tab');
		await page.getByLabel('正式党员人数').focus();
		await page.keyboard.type('8');
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe('branch-committee');
		expect(new URL(page.url()).searchParams.get('formal')).toBe('8');
		// Clearing the field must not leave the old answer standing.
		await page.keyboard.press('Backspace');
		await page.keyboard.type('x');
		await page.locator('.field-error:not([hidden])').waitFor();
		expect(await page.locator('[data-org-type]').count()).toBe(0);
		await page.close();
	});
});

describe('换届选举 calculator', () => {
	it.each([
		['seats=5&eligible=40&present=35', { 'data-min-candidates': '6', 'data-quorum-min': '33', 'data-min-votes': '18' }],
		['seats=3&eligible=10&present=9', { 'data-min-candidates': '4', 'data-quorum-min': '9', 'data-min-votes': '5' }],
		['seats=10&eligible=50&present=41', { 'data-min-candidates': '12', 'data-quorum-min': '41', 'data-min-votes': '21' }],
		['seats=2&eligible=7&present=7&kind=补选', { 'data-min-candidates': '2', 'data-quorum-min': '6', 'data-min-votes': '4' }],
	])('?%s', async (query, expected) => {
		const page = await open(`tools/election/?${query}`);
		for (const [attr, value] of Object.entries(expected)) {
			await expect(page.locator(`[${attr}]`).getAttribute(attr)).resolves.toBe(value);
		}
		await page.close();
	});

	it('cites clauses that exist in the corpus', async () => {
		const page = await open('tools/election/?seats=5&eligible=40&present=35');
		await page.locator('[data-min-votes]').waitFor();
		await expectCitationAnchorsExist(page);
		await page.close();
	});

	it.each([
		['seats=5&eligible=40&present=41', 'present', '不能多于'],
		['seats=0&eligible=40', 'seats', '应选人数'],
		['seats=5&eligible=-2', 'eligible', '应到会有选举权人数'],
	])('?%s: error beside %s', async (query, field, text) => {
		const page = await open(`tools/election/?${query}`);
		const error = page.locator(`[data-error-for="${field}"]:not([hidden])`);
		await error.waitFor();
		expect(await error.textContent()).toContain(text);
		expect(await page.locator('[data-min-candidates]').count()).toBe(0);
		await page.close();
	});

	it('checks a reported result: one candidate below the majority makes it invalid', async () => {
		const page = await open(`tools/election/?seats=3&eligible=40&present=35&votes=${encodeURIComponent('张三:30,李四:18,王五:17')}`);
		await expect(page.locator('[data-result-valid]').getAttribute('data-result-valid')).resolves.toBe('false');
		expect(await page.locator('[data-answer]').textContent()).toContain('王五 得票 17 票');
		await page.close();
	});
});

describe('guidance beside the answer (issue 13)', () => {
	it.each([
		['formal=50', ['branch-committee', 'general-branch']],
		['formal=100', ['general-branch', 'committee']],
	])('?%s shows both forms side by side, each with its clause', async (query, kinds) => {
		const page = await open(`tools/org-type/?${query}`);
		const group = page.getByRole('group', { name: /文件未作规定的两种组织形式/ });
		await group.waitFor();
		const options = group.locator('[data-boundary-option]');
		expect(await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-boundary-option')))).toEqual(kinds);
		for (let i = 0; i < kinds.length; i++) expect(await options.nth(i).locator('.tool-citations li').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('says whose members are counted next to the count field, with the clause', async () => {
		const page = await open('tools/org-type/');
		const field = page.getByLabel('理事会中的正式党员人数');
		const described = await field.getAttribute('aria-describedby');
		expect(described).toContain('count-basis');
		expect(await page.locator('#count-basis').textContent()).toContain('理事会');
		expect(await page.locator('#count-basis [data-citation="qinghai-guide#p2-s3-c1"]').count()).toBe(1);
		await page.close();
	});

	it('a term outside 3–5 years is refused beside the field, with the reason', async () => {
		const page = await open('tools/term-reminder/?last=2022-01-01&term=6&today=2024-01-01');
		const error = page.locator('[data-error-for="term"]:not([hidden])');
		await error.waitFor();
		expect(await error.textContent()).toContain('三年至五年');
		expect(await page.locator('[data-term-status]').count()).toBe(0);
		await page.close();
	});

	it('the readings page lists every reading with its clauses, and each tool links to it', async () => {
		const { READINGS } = await import('../../src/lib/rules/readings');
		const page = await open('tools/readings/');
		expect(await page.locator('[data-reading]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reading')))).toEqual(
			READINGS.map((r) => r.id)
		);
		await expectCitationAnchorsExist(page);
		await page.goto(site + 'tools/election/');
		expect(await page.getByRole('link', { name: '全部工具的计算口径' }).count()).toBe(1);
		expect(await page.locator('[data-reading="by-election-equal"]').count()).toBe(1);
		await page.close();
	});
});

describe('what the texts do not state, said on the policy page (issue 13, items 13, 15)', () => {
	it('marks inferred metadata and gives the basis of 状态', async () => {
		const page = await open('policies/cast-2022-xuehui-dangjian-yaodian/');
		const meta = page.getByRole('region', { name: '文件信息' });
		await expect(meta.locator('[data-meta-basis="issuers"]').textContent()).resolves.toBe('（文件未写明，本站据内容判断）');
		await page.goto(site + 'policies/kexie-dangzufa-2019-22/');
		await expect(meta.locator('[data-meta="status"]').textContent()).resolves.toBe('现行');
		await expect(meta.locator('[data-meta-basis="status"]').textContent()).resolves.toBe('（文件未写明效力，本站据内容判断）');
		await page.goto(site + 'policies/zhongbanfa-2015-51/');
		await expect(meta.locator('[data-meta-basis="status"]').textContent()).resolves.toBe('（依据：标题注明“（试行）”）');
		await page.close();
	});

	it('lists sentences the source prints twice in 勘误说明, as a defect of the source', async () => {
		const page = await open('policies/kexie-dangzufa-2019-22/');
		const notes = page.getByRole('complementary', { name: '勘误说明' });
		expect(await notes.locator('[data-source-defect]').count()).toBe(2);
		expect(await notes.textContent()).toContain('原文本身的问题，照录未改');
		await page.close();
	});
});
