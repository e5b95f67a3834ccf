/**
 * No outside requests: visiting the key pages, running a search and using a calculator touches only
 * the site's own origin (the site must work on an intranet with no internet access).
 */
import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';
import { openPage } from './support/browser';
import { TOOLS } from '../../src/lib/tools';

const origin = new URL(site).origin;
const outside: string[] = [];

function record(path: string, requests: string[]): void {
	for (const url of requests) {
		if (url.startsWith('data:') || url.startsWith('blob:')) continue;
		if (new URL(url).origin !== origin) outside.push(`${path} → ${url}`);
	}
}

const PAGES = [
	'',
	'policies/',
	'policies/qinghai-guide/',
	'search/',
	'tools/',
	...TOOLS.map((tool) => `tools/${tool.id}/`),
	'templates/',
	'templates/template-1/',
	'glossary/',
	'guide/about/',
];

describe('all requests stay on the site’s origin', () => {
	it.each(PAGES)('/%s', async (path) => {
		const { page, requests } = await openPage(browser, site + path);
		await page.waitForLoadState('networkidle');
		await page.close();
		const before = outside.length;
		record('/' + path, requests);
		expect(outside.slice(before), outside.slice(before).join('\n')).toEqual([]);
	});

	it('running a search (page and dialog)', async () => {
		const { page, requests } = await openPage(browser, site + 'search/?q=换届');
		await page.locator('kb-search-page[data-search-state="done"]').waitFor();
		await page.locator('[data-search-result]').first().waitFor();
		// The header search dialog too.
		await page.keyboard.press('Control+k');
		await page.keyboard.type('党支部');
		await page.locator('kb-header-search[data-search-state="done"]').waitFor();
		await page.waitForLoadState('networkidle');
		await page.close();
		const before = outside.length;
		record('检索', requests);
		expect(requests.length).toBeGreaterThan(3);
		expect(outside.slice(before), outside.slice(before).join('\n')).toEqual([]);
	});

	it('using a calculator and a template form', async () => {
		const { page, requests } = await openPage(browser, site + 'tools/org-type/');
		await page.getByLabel('正式党员人数').fill('12');
		await page.locator('[data-org-type]').waitFor();
		await page.goto(site + 'templates/template-1/');
		await page.locator('.tf-form input, .tf-form textarea').first().waitFor();
		await page.waitForLoadState('networkidle');
		await page.close();
		const before = outside.length;
		record('计算器/模板', requests);
		expect(outside.slice(before), outside.slice(before).join('\n')).toEqual([]);
	});
});
