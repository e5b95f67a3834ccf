/**
 * The system Chromium, driven by playwright-core. Never downloads a browser: when none is installed
 * the tests fail and say how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
	const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
	if (!found) {
		throw new Error(
			'未找到 Chromium，浏览器测试无法运行。请先安装：apt-get update && apt-get install -y chromium ' +
				'（或设置环境变量 CHROMIUM_PATH 指向 Chromium 可执行文件）。'
		);
	}
	return found;
}

/** The machine may have no internet: these flags stop Chromium from stalling on blocked connections. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** Opens a page that records every request it makes, so tests can check nothing leaves the origin. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; requests: string[] }> {
	const page = await browser.newPage();
	const requests: string[] = [];
	page.on('request', (req) => requests.push(req.url()));
	await page.goto(url);
	return { page, requests };
}
