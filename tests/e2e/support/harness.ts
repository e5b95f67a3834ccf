/**
 * The browser-test harness. A test file imports `browser` and `site` from here and nothing else:
 * importing this module registers, for that file, one headless Chromium launched before its first
 * test and closed after its last. `site` is the built site (dist/), served once for the whole run
 * by global-setup.ts with the same static server the /kb/ build and the benchmarks use.
 *
 * `browser` is a live binding: it is set when the file's tests start, so read it inside tests,
 * hooks and helpers, not at the top level of a test file.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

/** URL of the served dist/, ending in '/'. */
export const site = inject('siteUrl');

export let browser: Browser;

/**
 * Pages open without the service worker unless a test asks for it (`serviceWorkers: 'allow'`, as the
 * offline, CSP and nginx tests do): each new context would otherwise install it and precache the
 * shell in the background, a cost every one of hundreds of page openings would pay on a busy machine.
 */
function serviceWorkersOnRequest(b: Browser): Browser {
	const newContext = b.newContext.bind(b);
	const newPage = b.newPage.bind(b);
	b.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
	b.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
	return b;
}

beforeAll(async () => {
	browser = serviceWorkersOnRequest(await launchBrowser());
});

afterAll(async () => {
	await browser?.close();
});
