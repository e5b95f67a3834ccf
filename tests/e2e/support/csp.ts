/**
 * Records every Content-Security-Policy violation in a browser context: the page's
 * `securitypolicyviolation` events (reported through the console so workers' and the service worker's
 * reports arrive by the same path) and Chromium's own console report of each blocked action.
 */
import type { BrowserContext } from 'playwright-core';

const MARK = 'Content Security Policy';

export async function recordViolations(context: BrowserContext): Promise<string[]> {
	const found: string[] = [];
	context.on('console', (message) => {
		if (message.text().includes(MARK)) found.push(`${message.location().url || '?'}: ${message.text()}`);
	});
	await context.addInitScript((mark) => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`${mark} violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
		);
	}, MARK);
	return found;
}
