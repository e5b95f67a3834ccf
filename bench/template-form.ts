/**
 * npm run bench:template — how a template form behaves with a very long value (issue 25, item 6):
 * a 40,000-character unbroken ASCII value in 学会名称 (a text input) and in 工作简历 (a textarea),
 * as typed and as a saved draft. Prints, per case, the time of one keystroke — the form's script and
 * the layout it causes, and until the next frame is painted (median and worst of `--keys`, default
 * 10; see keystroke()) — and the time to open
 * the page with that draft until the form and preview are shown. Target: each keystroke < 100 ms.
 * `-- --dist DIR` measures a copy of a build; `-- --length N` another length.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, length: { type: 'string' }, keys: { type: 'string' } } });
const dist = values.dist ? resolve(values.dist) : resolve(import.meta.dirname, '../dist');
const length = Number(values.length ?? 40_000);
const keys = Number(values.keys ?? 10);

const CASES = [
	{ template: 'template-1', field: 'society', label: '模板1 学会名称（文本框）' },
	{ template: 'template-2', field: 'resume', label: '模板2 工作简历（多行文本框）' },
] as const;

/**
 * One keystroke: the character is put in and the control laid out first (the browser's own cost of
 * a long value, the same on any page); then the input event our form handles — check, draft,
 * preview — is timed: `work` is its script plus the style and layout it causes, `frame` until the
 * next frame is painted (on a busy machine mostly waiting for the scheduler).
 */
async function keystroke(page: Page, field: string): Promise<{ work: number; frame: number }> {
	return page.evaluate(
		(name) =>
			new Promise<{ work: number; frame: number }>((done) => {
				const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`kb-template-form [name="${name}"]`)!;
				input.value += 'x';
				void document.body.offsetHeight;
				const start = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
				void document.body.offsetHeight;
				const work = performance.now() - start;
				requestAnimationFrame(() => setTimeout(() => done({ work, frame: performance.now() - start }), 0));
			}),
		field
	);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveStatic(dist, '/');
const browser = await launchBrowser();
try {
	const value = 'a'.repeat(length);
	console.log(`${new Date().toISOString().slice(0, 10)}  一个 ${length.toLocaleString('en-US')} 字符、无空格的 ASCII 值`);
	for (const c of CASES) {
		const page = await browser.newPage();
		const url = `${server.url}templates/${c.template}/`;
		await page.goto(url);
		await page.locator('kb-template-form form fieldset').first().waitFor();
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.locator('kb-template-form form fieldset').first().waitFor();
		// As pasted: the whole value at once, then keystrokes after it.
		await page.locator(`[name="${c.field}"]`).fill(value);
		const typed: { work: number; frame: number }[] = [];
		for (let i = 0; i < keys; i++) typed.push(await keystroke(page, c.field));
		const work = typed.map((t) => t.work);
		const frame = typed.map((t) => t.frame);
		// The draft is saved: open the page again with it.
		const start = Date.now();
		await page.goto(url);
		await page.locator('[data-preview] [data-doc-title]').waitFor();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		const open = Date.now() - start;
		const error = await page.locator(`[data-error-for="${c.field}"]`).textContent();
		console.log(
			`${c.label}：每次按键 脚本+排版 中位数 ${median(work).toFixed(1)} ms（最慢 ${Math.max(...work).toFixed(1)}），到下一帧 中位数 ${median(frame).toFixed(1)} ms（最慢 ${Math.max(...frame).toFixed(1)}）；带此草稿打开页面 ${open} ms；字段提示：${error?.trim() || '（无）'}`
		);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
