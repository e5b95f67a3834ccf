/**
 * Accessibility gate: axe-core finds no violation of any impact on one page of every page type, in the
 * light and the dark theme (support/page-types.ts), nor with the header search dialog open and showing
 * results (saved as screenshots beside the page types'; one Escape then closes it); and the calculators and the search page work from the keyboard alone with a visible focus
 * indicator.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { PAGE_TYPES, SCREENSHOTS } from './support/page-types';
import { afterSearch, HEADER_SEARCH } from '../search/wait';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the browser's automation protocol, which the page's Content-Security-Policy does not
	// govern: the pages are checked under their real CSP (an injected <script> would rightly be refused).
	await page.evaluate(readFileSync(AXE, 'utf8'));
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
		return (await axe.run(document)).violations;
	});
	return violations;
}

function describeViolations(path: string, violations: AxeViolation[]): string {
	return violations
		.map(
			(v) =>
				`${path} [${v.impact}] ${v.id}: ${v.help}\n` +
				v.nodes
					.slice(0, 8)
					.map((n) => `    ${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)
					.join('\n') +
				(v.nodes.length > 8 ? `\n    …另有 ${v.nodes.length - 8} 处` : '')
		)
		.join('\n');
}

describe.each(['light', 'dark'] as const)('axe-core, %s theme: no violations of any impact on any page type', (theme) => {
	it.each(PAGE_TYPES.map((t) => [t.name, t] as const))('%s', async (_, { path, ready }) => {
		const page = await openThemed(path, theme);
		if (ready) await page.locator(ready).first().waitFor({ state: 'attached' });
		const violations = await axeViolations(page);
		expect(violations.length, describeViolations(`/${path}（${theme}）`, violations)).toBe(0);
		await page.context().close();
	});

	it.each([
		['1366', { width: 1366, height: 768 }],
		['390', { width: 390, height: 844 }],
	] as const)('the header search dialog, open with results, at %s px; Escape closes it', async (name, viewport) => {
		// The dialog is the same on every page: a short page keeps axe's pass quick.
		const path = 'tools/';
		const page = await openThemed(path, theme, viewport);
		await page.getByRole('button', { name: /检索/ }).click();
		const dialog = page.getByRole('dialog', { name: '检索全站' });
		await afterSearch(page, HEADER_SEARCH, () => dialog.getByRole('searchbox', { name: '检索词' }).fill('换届'));
		// The results of this query, with the cards it brings (the 换届选举 calculator), are what axe sees.
		expect(await dialog.locator('[data-search-result]').count()).toBeGreaterThan(0);
		mkdirSync(SCREENSHOTS, { recursive: true });
		await page.screenshot({ path: resolve(SCREENSHOTS, `search-dialog-${name}${theme === 'dark' ? '-dark' : ''}.png`) });
		const violations = await axeViolations(page);
		expect(violations.length, describeViolations(`/${path} 检索对话框（${theme}，${viewport.width} px）`, violations)).toBe(0);
		// One Escape closes it, with the query still in the field.
		await page.keyboard.press('Escape');
		expect(await dialog.isVisible()).toBe(false);
		await page.context().close();
	});
});

/** A page in the given theme (stored as Starlight stores the reader's choice), under the site's own CSP. */
async function openThemed(path: string, theme: 'light' | 'dark', viewport = { width: 1280, height: 720 }): Promise<Page> {
	const context = await browser.newContext({ colorScheme: theme, viewport });
	const page = await context.newPage();
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(site + path);
	expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
	return page;
}

/** Presses Tab until the element matching `selector` has focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`按 ${max} 次 Tab 仍未到达 ${selector}`);
}

/** The focused element shows a focus indicator: a computed outline or box-shadow that is not none. */
async function focusIndicator(page: Page): Promise<{ tag: string; outline: string; boxShadow: string; visible: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		return {
			tag: `${el.tagName.toLowerCase()}#${el.id}`,
			outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
			boxShadow: style.boxShadow,
			visible: outline || shadow,
		};
	});
}

async function expectVisibleFocus(page: Page): Promise<void> {
	const focus = await focusIndicator(page);
	expect(focus.visible, `焦点元素 ${focus.tag} 没有可见的焦点样式（outline: ${focus.outline}; box-shadow: ${focus.boxShadow}）`).toBe(true);
}

describe('keyboard alone', () => {
	it('组织形式: Tab to the field, type, the answer appears', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'tools/org-type/');
		await tabTo(page, '#formal');
		await expectVisibleFocus(page);
		await page.keyboard.type('12');
		await expect(page.locator('[data-org-type]').getAttribute('data-org-type')).resolves.toBe('branch-committee');
		await page.close();
	});

	it('换届选举: Tab through the fields, type, the answer appears', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'tools/election/');
		await tabTo(page, '#seats');
		await expectVisibleFocus(page);
		await page.keyboard.type('5');
		await tabTo(page, '#eligible', 5);
		await page.keyboard.type('40');
		await tabTo(page, '#present', 5);
		await page.keyboard.type('35');
		await expect(page.locator('[data-min-votes]').getAttribute('data-min-votes')).resolves.toBe('18');
		await page.close();
	});

	it('换届提醒: Tab through the fields, type, the answer appears', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'tools/term-reminder/');
		await tabTo(page, '#last');
		await expectVisibleFocus(page);
		// A date field takes its digits in the order the browser's locale shows year, month and day.
		const order = await page.evaluate(() =>
			new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
				.formatToParts(new Date(2021, 5, 30))
				.filter((p) => p.type !== 'literal')
				.map((p) => p.type)
		);
		const digits: Record<string, string> = { year: '2021', month: '06', day: '30' };
		await page.keyboard.type(order.map((part) => digits[part]).join(''));
		await tabTo(page, '#term', 5);
		await page.keyboard.type('5');
		await page.locator('[data-term-status]').waitFor();
		await page.close();
	});

	it('六好自评: a checkbox is reached and ticked by keyboard, and the score changes', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'tools/six-good/');
		// The checklist has drawn its first summary (on a loaded machine that can take longer than a poll's second).
		await page.locator('[data-answer][data-state="answer"]').waitFor();
		const summary = page.getByRole('status').filter({ hasText: '已达到' });
		// The checklist is drawn by its script: on a busy machine that takes longer than expect.poll's default second.
		await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('已达到 0 /');
		await tabTo(page, 'input[type="checkbox"]', 120);
		await expectVisibleFocus(page);
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
		await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('已达到 1 /');
		await page.close();
	});

	it('全文检索: Tab to the search field, type, results appear', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'search/');
		await tabTo(page, '#kb-search-input');
		await expectVisibleFocus(page);
		await page.keyboard.type('换届');
		await page.keyboard.press('Enter');
		await page.locator('kb-search-page[data-search-state="done"]').waitFor();
		await page.locator('[data-search-result]').first().waitFor();
		await page.close();
	});

	it('文书模板: Tab to the first field, type, the preview follows; Tab on to 下载 and press Enter', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'templates/template-1/');
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.locator('kb-template-form form fieldset').first().waitFor();
		await tabTo(page, 'kb-template-form form input');
		await expectVisibleFocus(page);
		await page.keyboard.type('青海省键盘学会');
		await expect.poll(() => page.locator('[data-preview] [data-doc-title]').textContent()).toContain('青海省键盘学会');
		await tabTo(page, 'button[data-action="download"]', 200);
		await expectVisibleFocus(page);
		await page.keyboard.press('Enter');
		// the form is incomplete: the download is refused, and the status says what is missing
		await expect.poll(() => page.locator('[data-status]').textContent()).toContain('尚未填写');
		await page.close();
	});

	it('links and buttons on a policy page show a focus indicator', async () => {
		const page = await browser.newPage();
		await page.goto(site + 'policies/qinghai-guide/');
		await page.locator('.clause-actions-button').first().waitFor({ state: 'attached' });
		const problems: string[] = [];
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const focus = await focusIndicator(page);
			if (focus.tag.startsWith('body')) continue;
			if (!focus.visible) problems.push(`${focus.tag}（outline: ${focus.outline}; box-shadow: ${focus.boxShadow}）`);
		}
		expect(problems, `这些元素获得焦点时没有可见样式：\n${problems.join('\n')}`).toEqual([]);
		await page.close();
	});
});
