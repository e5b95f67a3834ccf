/**
 * npm run bench:search — search quality and cost on the built site (dist/), in one run on the same
 * queries: the /search/ page, the header dialog and raw Pagefind (its own order and excerpts), a fresh
 * browser context per query. Prints one line per query and surface, then a summary per surface:
 * hit@1, hit@3, MRR, excerpt containing the query, bytes fetched before the first result, time to the
 * first result (median, p90) and a second query in the same session (median).
 * `-- --surface dialog --surface pagefind` measures only those surfaces.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { QUERIES } from '../tests/search/queries.ts';
import { formatSummary, measureSearch, summaryLine, type QualitySummary, type Surface } from '../tests/search/measure.ts';

const { values } = parseArgs({ options: { surface: { type: 'string', multiple: true } } });
const surfaces = (values.surface ?? ['page', 'dialog', 'pagefind']) as Surface[];
const dist = resolve(import.meta.dirname, '../dist');
const server = await serveStatic(dist, '/');
const browser = await launchBrowser();
try {
	const summaries: QualitySummary[] = [];
	for (const surface of surfaces) {
		const summary = await measureSearch(browser, server.url, QUERIES, surface);
		console.log(`\n## ${surface}\n${formatSummary(summary)}`);
		summaries.push(summary);
	}
	console.log(`\n${new Date().toISOString().slice(0, 10)}  ${QUERIES.length} queries\n${summaries.map(summaryLine).join('\n')}`);
} finally {
	await browser.close();
	await server.close();
}
