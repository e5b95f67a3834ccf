import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { termReminder } from '../../src/lib/rules/term-reminder';

/** Retries until the page has caught up (the islands update after each keystroke). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** Each page gets its own browser context, so localStorage starts empty. */
async function open(path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(site + path);
	return page;
}

/** Every corpus citation link must reach a page that exists and an element with its anchor. */
async function expectCitationAnchorsExist(page: Page) {
	const hrefs = await page.$$eval('[data-citation]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(0);
	const byPage = new Map<string, Set<string>>();
	for (const href of hrefs) {
		const url = new URL(href);
		const ids = byPage.get(url.pathname) ?? new Set<string>();
		if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
		byPage.set(url.pathname, ids);
	}
	const target = await browser.newPage();
	for (const [path, ids] of byPage) {
		const response = await target.goto(new URL(path, site).href);
		expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
		for (const id of ids) expect({ path, id, found: await target.locator(`[id="${id}"]`).count() }).toEqual({ path, id, found: 1 });
	}
	await target.close();
}

describe('六好 self-assessment', () => {
	const summaryTotal = (page: Page) => page.getByRole('status').filter({ hasText: '已达到' });
	const row = (page: Page, heading: string) => page.getByRole('row', { name: new RegExp(`^${heading}`) });

	it('ticks criteria by keyboard, updates the summary, and keeps ticks and notes across a reload', async () => {
		const page = await open('tools/six-good/');
		await poll(() => page.getByRole('checkbox').count()).toBe(25);
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 0 / 25 条');

		const first = page.getByRole('checkbox', { name: /^1\.\s*全面贯彻习近平新时代中国特色社会主义思想/ });
		await first.focus();
		await page.keyboard.press('Space');
		// Tab order inside a criterion: checkbox → its citation → its note → next checkbox.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.type('已写入学会章程第三条');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');

		await poll(() => page.getByRole('checkbox', { name: /^2\.\s*把党的政治建设摆在首位/ }).isChecked()).toBe(true);
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 2 / 25 条');
		const politics = row(page, '坚持政治方向好');
		await poll(() => politics.getAttribute('data-checked')).toBe('2');
		await poll(() => politics.textContent()).toContain('第 3 条');
		await poll(() => row(page, '加强自身建设好').textContent()).toContain('0 / 8');
		expect(new URL(page.url()).searchParams.get('standard')).toBeNull();

		await page.reload();
		await poll(() => first.isChecked()).toBe(true);
		await poll(() => page.getByRole('checkbox', { name: /^2\./ }).isChecked()).toBe(true);
		await poll(() => page.getByRole('checkbox', { name: /^3\./ }).isChecked()).toBe(false);
		await poll(() => page.getByRole('textbox', { name: '备注（第 1 条，可选）' }).inputValue()).toBe('已写入学会章程第三条');
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 2 / 25 条');
		await page.close();
	});

	it('清空 asks first, then clears ticks and notes for good', async () => {
		const page = await open('tools/six-good/');
		await page.getByRole('checkbox', { name: /^5\./ }).check();
		await page.getByRole('textbox', { name: '备注（第 5 条，可选）' }).fill('每次活动均邀请');
		const clear = page.getByRole('button', { name: '清空' });

		page.once('dialog', (dialog) => dialog.dismiss());
		await clear.click();
		await poll(() => page.getByRole('checkbox', { name: /^5\./ }).isChecked()).toBe(true);

		page.once('dialog', (dialog) => dialog.accept());
		await clear.click();
		await poll(() => page.getByRole('checkbox', { name: /^5\./ }).isChecked()).toBe(false);
		await poll(() => page.getByRole('textbox', { name: '备注（第 5 条，可选）' }).inputValue()).toBe('');
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 0 / 25 条');

		await page.reload();
		await poll(() => page.getByRole('checkbox', { name: /^5\./ }).isChecked()).toBe(false);
		await poll(() => page.getByRole('textbox', { name: '备注（第 5 条，可选）' }).inputValue()).toBe('');
		await page.close();
	});

	it('?standard=qinghai shows the 6 criteria of the 青海 standard, saved apart from 山西', async () => {
		const page = await open('tools/six-good/?standard=qinghai');
		await poll(() => page.getByRole('radio', { name: /青海/ }).isChecked()).toBe(true);
		await poll(() => page.getByRole('checkbox').count()).toBe(6);
		await poll(() => page.getByRole('group', { name: '加强自身建设好' }).getByRole('checkbox').count()).toBe(1);
		await page.getByRole('checkbox', { name: /^1\.\s*认真贯彻落实/ }).press('Space');
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 1 / 6 条');

		await page.getByRole('radio', { name: /山西/ }).check();
		expect(new URL(page.url()).searchParams.get('standard')).toBe('shanxi');
		await poll(() => page.getByRole('checkbox').count()).toBe(25);
		await poll(() => summaryTotal(page).textContent()).toContain('已达到 0 / 25 条');

		await page.getByRole('radio', { name: /青海/ }).check();
		await poll(() => page.getByRole('checkbox', { name: /^1\./ }).isChecked()).toBe(true);
		await expectCitationAnchorsExist(page);
		await page.close();
	});

	it('reads without JavaScript: both checklists, verbatim, with their sources', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site + 'tools/six-good/');
		await poll(() => page.getByRole('checkbox').count()).toBe(31);
		await poll(() => page.getByRole('checkbox', { name: /学会党支部有场所、有设施、有标识、有党旗、有书报、有制度；$/ }).count()).toBe(1);
		await poll(() => page.getByRole('link', { name: /^出处：青科协社党发〔2019〕10号 第 6 条$/ }).count()).toBe(1);
		await context.close();
	});
});

describe('换届提醒', () => {
	const answer = (page: Page) => page.locator('[data-term-status]');

	it.each([
		// 2020-06-30 + 5 years = 2025-06-30, 180 days after 2025-01-01: inside the 6-month window.
		['2020-06-30', '5', '2025-01-01', 'due-soon', '2025-06-30', 180],
		['2019-06-30', '5', '2025-01-01', 'overdue', '2024-06-30', -185],
		['2021-06-30', '5', '2025-01-01', 'ok', '2026-06-30', 545],
		// 29 Feb: to a common year → 28 Feb; to a leap year → 29 Feb.
		['2020-02-29', '5', '2025-01-01', 'due-soon', '2025-02-28', 58],
		['2020-02-29', '4', '2023-12-01', 'due-soon', '2024-02-29', 90],
		// 党章: terms of three to five years; the shortest
		['2023-01-01', '3', '2025-01-01', 'ok', '2026-01-01', 365],
	])('last=%s term=%s today=%s → %s, due %s', async (last, term, today, status, due, days) => {
		const rule = termReminder({ lastElection: last, termYears: term, today });
		expect(rule.ok && [rule.value.status, rule.value.dueDate, rule.value.daysRemaining]).toEqual([status, due, days]);

		const page = await open(`tools/term-reminder/?last=${last}&term=${term}&today=${today}`);
		await poll(() => answer(page).getAttribute('data-term-status')).toBe(status);
		await poll(() => answer(page).getAttribute('data-due-date')).toBe(due);
		await poll(() => answer(page).getAttribute('data-days-remaining')).toBe(String(days));
		if (due.endsWith('-02-28')) await poll(() => page.getByRole('status').textContent()).toContain('不是闰年');
		await page.close();
	});

	it('without today= counts from the visitor’s local date', async () => {
		const d = new Date();
		const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		const page = await open('tools/term-reminder/?last=2000-01-01&term=3');
		await poll(() => answer(page).getAttribute('data-term-status')).toBe('overdue');
		await poll(() => page.getByRole('status').textContent()).toContain(local);
		await page.close();
	});

	it.each([
		['last=2023-02-30&term=5', 'last', '2023年2月没有30日'],
		['last=2030-01-01&term=5&today=2025-01-01', 'last', '不能晚于今天'],
		['last=2021-6-30&term=5', 'last', '格式不正确'],
		// A year and month only (a link from a search answer): the month it is due in, and the day asked for.
		['last=2022-03&term=3', 'last', '下次换届在 2025年3月；请补上是哪一日'],
		['term=5', 'last', '请填写上次换届日期'],
		['last=2021-06-30&term=0', 'term', '三年至五年'],
		['last=2021-06-30&term=2', 'term', '三年至五年'],
		['last=2021-06-30&term=6', 'term', '三年至五年'],
		['last=2021-06-30&term=11', 'term', '三年至五年'],
		['last=2021-06-30', 'term', '未填写'],
		['last=2021-06-30&term=5&today=2025-13-01', 'today', '月份应为 01 到 12'],
	])('?%s: Chinese error beside %s, no answer', async (query, field, text) => {
		const page = await open(`tools/term-reminder/?${query}`);
		const error = page.locator(`[data-error-for="${field}"]:not([hidden])`);
		await poll(() => error.textContent()).toContain(text);
		await poll(() => page.locator(`[name="${field}"]`).getAttribute('aria-invalid')).toBe('true');
		await poll(() => answer(page).count()).toBe(0);
		expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Invalid Date/);
		await page.close();
	});

	it('one date field per date: an unfinished date replaces the answer, and the URL follows the form', async () => {
		const page = await open('tools/term-reminder/?last=2020-06-30&term=5&today=2025-01-01');
		await poll(() => answer(page).getAttribute('data-term-status')).toBe('due-soon');
		const last = page.getByLabel('上次换届日期', { exact: true });
		expect(await last.getAttribute('type')).toBe('date');
		expect(await page.locator('kb-term-reminder input').count()).toBe(3);
		// Clearing one part (year, month or day) of the date leaves it unfinished.
		await last.focus();
		await page.keyboard.press('Backspace');
		await poll(() => page.locator('[data-error-for="last"]').textContent()).toContain('没有填完整');
		await poll(() => answer(page).count()).toBe(0);

		await page.getByRole('textbox', { name: '理事会每届任期（年）' }).fill('4');
		await last.fill('2021-06-30');
		await poll(() => answer(page).getAttribute('data-due-date')).toBe('2025-06-30');
		expect(new URL(page.url()).search).toBe('?last=2021-06-30&term=4&today=2025-01-01');
		// The calendar offers no day after the date counted as today.
		expect(await last.getAttribute('max')).toBe('2025-01-01');
		await page.close();
	});

	it('lists the sync basis, the steps with their templates, and cites clauses that exist', async () => {
		const page = await open('tools/term-reminder/?last=2021-06-30&term=5');
		await answer(page).waitFor();
		for (const n of [4, 5, 6, 7, 8, 9]) {
			expect(await page.getByRole('link', { name: new RegExp(`^模板${n}：`) }).count()).toBeGreaterThan(0);
		}
		await poll(() => page.getByRole('heading', { name: '谁审批、谁备案' }).count()).toBe(1);
		await expectCitationAnchorsExist(page);
		await page.close();
	});
});
