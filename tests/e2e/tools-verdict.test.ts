/**
 * Every calculator says its verdict first, in the first result box, in every state: the prompt before
 * anything is entered, “无法计算” for bad input, “cannot be done, because …”, and the answer. Checked
 * at a phone's and a laptop's width; the worked example of every tool in the registry is included, so
 * a new calculator is held to the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, site } from './support/harness';
import { TOOLS } from '../../src/lib/tools';

const VIEWPORTS = { '1366': { width: 1366, height: 768 }, '390': { width: 390, height: 844 } } as const;

/** [tool, query, state, tone, words the verdict starts with or contains] */
const STATES: [string, string, 'empty' | 'invalid' | 'answer', string, RegExp][] = [
	['org-type', '', 'empty', 'info', /^请输入正式党员人数/],
	['org-type', 'formal=-3', 'invalid', 'no', /^无法计算：.*正式党员人数/],
	['org-type', 'formal=2', 'answer', 'warn', /^暂不具备单独组建条件/],
	['org-type', 'formal=12&probationary=2', 'answer', 'ok', /^党支部（设支部委员会）/],
	['org-type', 'formal=50', 'answer', 'warn', /./],
	['election', '', 'empty', 'info', /^请输入应选委员人数/],
	['election', 'seats=0&eligible=40', 'invalid', 'no', /^无法计算：.*应选人数/],
	['election', 'seats=5&eligible=40', 'answer', 'info', /^候选人至少 6 名，到会至少 33 人/],
	['election', 'seats=5&eligible=40&present=32', 'answer', 'no', /^不能进行选举：实到 32 人.*至少需 33 人/],
	['election', 'seats=5&eligible=40&present=35', 'answer', 'ok', /^会议有效，可以进行选举：当选须得票至少 18 票/],
	[
		'election',
		`seats=3&eligible=40&present=35&votes=${encodeURIComponent('张三:30,李四:18,王五:17')}`,
		'answer',
		'no',
		/^选举结果不符合规定/,
	],
	['election', `seats=2&eligible=40&present=35&votes=${encodeURIComponent('张三:30,李四:18')}`, 'answer', 'ok', /^选举结果符合规定/],
	['term-reminder', '', 'empty', 'info', /^请输入上次换届日期/],
	['term-reminder', 'last=2022-01-01&term=6&today=2024-01-01', 'invalid', 'no', /^无法计算：.*三年至五年/],
	['term-reminder', 'last=2018-01-01&term=5&today=2024-01-01', 'answer', 'no', /超期/],
	['term-reminder', 'last=2019-06-01&term=5&today=2024-01-01', 'answer', 'warn', /./],
	['term-reminder', 'last=2021-06-30&term=5&today=2024-01-01', 'answer', 'ok', /./],
	['six-good', '', 'answer', 'info', /标准：已达到 0 \/ 25 条/],
	// The registry's worked example of every calculator.
	...TOOLS.filter((t) => t.kind === 'calculator').map((t): [string, string, 'answer', string, RegExp] => [
		t.id,
		(t.example ?? '').replace(/^\?/, ''),
		'answer',
		'',
		/./,
	]),
];

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto(site + path);
	return page;
}

describe.each(Object.entries(VIEWPORTS))('at %s px', (_, viewport) => {
	it.each(STATES)('%s ?%s: %s — the verdict is the first line of the first result box', async (tool, query, state, tone, words) => {
		const page = await open(`tools/${tool}/${query ? `?${query}` : ''}`, viewport);
		const answer = page.locator(`[data-answer][data-state="${state}"]`);
		await answer.waitFor();
		const first = await answer.evaluate((box) => {
			const main = box.firstElementChild as HTMLElement;
			const verdict = main.firstElementChild as HTMLElement;
			const rect = verdict.getBoundingClientRect();
			return {
				box: main.className,
				tone: main.dataset.tone,
				verdict: verdict.className,
				text: verdict.textContent!.trim(),
				// nothing of the answer box sits above its verdict
				firstInBox: [...main.querySelectorAll('*')].every((el) => el.getBoundingClientRect().top >= rect.top - 1),
				// the verdict fits the window's width
				right: rect.right,
			};
		});
		expect(first.box).toBe('answer-main');
		expect(first.verdict).toBe('verdict');
		expect(first.text).toMatch(words);
		if (tone) expect(first.tone).toBe(tone);
		expect(first.firstInBox).toBe(true);
		expect(first.right).toBeLessThanOrEqual(viewport.width);
		await page.context().close();
	});
});
