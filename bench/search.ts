/**
 * npm run bench:search — search quality and cost on the built site (dist/).
 * Prints one line per query and the summary: hit@1, hit@3, MRR, exact-excerpt share, bytes and time.
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { QUERIES } from '../tests/search/queries.ts';
import { formatSummary, measureSearch } from '../tests/search/measure.ts';

const dist = resolve(import.meta.dirname, '../dist');
const server = await serveStatic(dist, '/');
const browser = await launchBrowser();
try {
	const summary = await measureSearch(browser, server.url, QUERIES);
	console.log(formatSummary(summary));
} finally {
	await browser.close();
	await server.close();
}
