/**
 * Search-quality measurement against the built site in headless Chromium, shared by the CI test
 * (thresholds) and `npm run bench:search` (figures). Reads the search page's `[data-search-result]`
 * elements in rank order.
 */
import type { Browser } from 'playwright-core';
import type { QualityQuery } from './queries';

export interface QueryOutcome {
	q: string;
	kind: string;
	ranked: string[];
	/** 1-based rank of the first expected document, or 0 when none was found. */
	rank: number;
	topExcerptExact: boolean;
	bytes: number;
	ms: number;
}

export interface QualitySummary {
	queries: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	exactExcerpt: number;
	meanBytes: number;
	meanMs: number;
	outcomes: QueryOutcome[];
}

/** /policies/<id>/#anchor → <id>; /templates/<id>/ → <id>; /glossary/… → glossary. */
export function documentOf(href: string): string {
	const path = new URL(href).pathname;
	const m = /\/(?:policies|templates)\/([^/]+)\//.exec(path);
	if (m) return decodeURIComponent(m[1]!);
	if (/\/glossary\//.test(path)) return 'glossary';
	return path;
}

const compact = (s: string) => s.replace(/\s+/g, '');

export async function measureSearch(browser: Browser, siteUrl: string, queries: readonly QualityQuery[]): Promise<QualitySummary> {
	const outcomes: QueryOutcome[] = [];
	for (const { q, kind, expect } of queries) {
		// A fresh context per query: bytes and time are those of a visitor arriving with an empty cache.
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		page.on('requestfinished', async (request) => {
			const sizes = await request.sizes().catch(() => undefined);
			if (sizes && new URL(request.url()).pathname.includes('/pagefind/')) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		});
		const started = Date.now();
		await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
		await page.locator('kb-search[data-search-state="done"]').waitFor({ timeout: 30_000 });
		const ms = Date.now() - started;
		const results = await page.$$eval('[data-search-result]', (items) =>
			items.map((item) => ({
				href: (item.querySelector('a[href]') as HTMLAnchorElement | null)?.href ?? '',
				excerpt: item.querySelector('[data-search-excerpt]')?.textContent ?? item.textContent ?? '',
			}))
		);
		await page.waitForLoadState('networkidle');
		await context.close();
		const ranked: string[] = [];
		for (const r of results) {
			const doc = documentOf(r.href);
			if (!ranked.includes(doc)) ranked.push(doc);
		}
		const index = ranked.findIndex((doc) => expect.includes(doc));
		const parts = q.split(/\s+/).filter(Boolean).map(compact);
		const top = compact(results[0]?.excerpt ?? '');
		outcomes.push({ q, kind, ranked, rank: index + 1, topExcerptExact: parts.every((p) => top.includes(p)), bytes, ms });
	}
	const n = outcomes.length;
	const share = (f: (o: QueryOutcome) => boolean) => outcomes.filter(f).length / n;
	return {
		queries: n,
		hitAt1: share((o) => o.rank === 1),
		hitAt3: share((o) => o.rank >= 1 && o.rank <= 3),
		mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
		exactExcerpt: share((o) => o.topExcerptExact),
		meanBytes: outcomes.reduce((sum, o) => sum + o.bytes, 0) / n,
		meanMs: outcomes.reduce((sum, o) => sum + o.ms, 0) / n,
		outcomes,
	};
}

export function formatSummary(s: QualitySummary): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	const lines = s.outcomes.map(
		(o) => `${o.rank === 1 ? '✓' : o.rank ? `${o.rank}` : '✗'}\t${o.kind}\t${o.q}\t${o.topExcerptExact ? 'exact' : '-'}\t${(o.bytes / 1024).toFixed(1)} KiB\t${o.ms} ms\t${o.ranked.slice(0, 3).join(', ')}`
	);
	return [
		...lines,
		'',
		`queries ${s.queries}  hit@1 ${pct(s.hitAt1)}  hit@3 ${pct(s.hitAt3)}  MRR ${s.mrr.toFixed(3)}  exact-excerpt ${pct(s.exactExcerpt)}  mean ${(s.meanBytes / 1024).toFixed(1)} KiB/query  mean ${s.meanMs.toFixed(0)} ms/query`,
	].join('\n');
}
