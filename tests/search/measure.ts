/**
 * Search-quality measurement against the built site in headless Chromium, shared by the CI test
 * (thresholds) and `npm run bench:search` (figures). Three surfaces on the same queries, each query
 * in a fresh browser context (a visitor with an empty cache):
 * - `page`: /search/?q=… opened from a link; its `[data-search-result]` elements in rank order;
 * - `dialog`: on a policy page, `/` opens the header dialog and the query is typed;
 * - `pagefind`: on the same policy page, Pagefind's own API (pagefind.js, search, the first five
 *   results' data) as its stock UI would use it, for comparison.
 * Bytes are everything fetched after the starting page has loaded (for the page surface: everything
 * but the HTML document), until the first result is shown; the ranking is read once it has settled.
 */
import type { Browser, Page } from 'playwright-core';
import type { QualityQuery } from './queries';

export type Surface = 'page' | 'dialog' | 'pagefind';

export interface QueryOutcome {
	q: string;
	kind: string;
	ranked: string[];
	/** 1-based rank of the first expected document, or 0 when none was found. */
	rank: number;
	topExcerptExact: boolean;
	bytes: number;
	/** Time to the first result shown, from the keystroke / navigation. */
	ms: number;
	/** A second query in the same session (dialog and pagefind only). */
	secondMs?: number | undefined;
}

export interface QualitySummary {
	surface: Surface;
	queries: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	exactExcerpt: number;
	meanBytes: number;
	medianMs: number;
	p90Ms: number;
	medianSecondMs: number | undefined;
	outcomes: QueryOutcome[];
}

/** /policies/<id>/#anchor → <id>; /templates/<id>/ → <id>; /glossary/… → glossary. */
export function documentOf(href: string): string {
	const path = new URL(href, 'http://x.invalid').pathname;
	const m = /\/(?:policies|templates)\/([^/]+)\//.exec(path);
	if (m) return decodeURIComponent(m[1]!);
	if (/\/glossary\//.test(path)) return 'glossary';
	return path;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** The page a visitor starts from for the dialog and raw Pagefind: a long policy text. */
const START = 'policies/qinghai-guide/';
/** The second query of a session. */
const SECOND = '换届';

interface Shown {
	results: { href: string; excerpt: string }[];
	ms: number;
	secondMs?: number;
}

async function readResults(page: Page, scope: string): Promise<{ href: string; excerpt: string }[]> {
	return page.$$eval(`${scope} [data-search-result]`, (items) =>
		items.map((item) => ({
			href: (item.querySelector('a[href]') as HTMLAnchorElement | null)?.href ?? '',
			excerpt: item.querySelector('[data-search-excerpt]')?.textContent ?? item.textContent ?? '',
		}))
	);
}

/** Waits until `scope` shows a result (or has finished with none); the first results may still settle. */
async function firstShown(page: Page, scope: string): Promise<void> {
	await page.waitForFunction(
		(scope) => {
			const root = document.querySelector(scope);
			return !!root?.querySelector('[data-search-result]') || root?.getAttribute('data-search-state') === 'done';
		},
		scope,
		{ timeout: 30_000, polling: 10 }
	);
}

async function settled(page: Page, scope: string, query?: string): Promise<void> {
	await page.waitForFunction(
		({ scope, query }) => {
			const root = document.querySelector(scope);
			return root?.getAttribute('data-search-state') === 'done' && (query === undefined || root.querySelector('input')?.value === query);
		},
		{ scope, query },
		{ timeout: 30_000 }
	);
}

async function onPage(page: Page, siteUrl: string, q: string, mark: () => void): Promise<Shown> {
	const started = Date.now();
	await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
	await firstShown(page, 'kb-search');
	const ms = Date.now() - started;
	mark();
	await settled(page, 'kb-search');
	return { results: await readResults(page, 'kb-search'), ms };
}

async function typeInDialog(page: Page, q: string, mark?: () => void): Promise<number> {
	const started = Date.now();
	const input = page.locator('kb-site-search dialog input');
	// The previous query's results are cleared first, so the first result seen is this query's.
	await page.evaluate(() => document.querySelector('kb-site-search [data-search-results]')?.replaceChildren());
	await input.fill(q);
	await firstShown(page, 'kb-site-search');
	const ms = Date.now() - started;
	mark?.();
	await settled(page, 'kb-site-search', q);
	return ms;
}

async function inDialog(page: Page, q: string, mark: () => void): Promise<Shown> {
	await page.keyboard.press('/');
	const ms = await typeInDialog(page, q, mark);
	const results = await readResults(page, 'kb-site-search');
	const secondMs = await typeInDialog(page, SECOND);
	return { results, ms, secondMs };
}

async function rawPagefind(page: Page, q: string): Promise<Shown> {
	return page.evaluate(
		async ({ q, second }) => {
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			const run = async (query: string) => {
				const search = await pagefind.search(query);
				return Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<{ url: string; excerpt: string }> }) => r.data()));
			};
			const data = await run(q);
			const ms = performance.now() - started;
			const secondStart = performance.now();
			await run(second);
			return {
				results: data.map((d: { url: string; excerpt: string }) => ({ href: d.url, excerpt: d.excerpt.replace(/<[^>]+>/g, '') })),
				ms: Math.round(ms),
				secondMs: Math.round(performance.now() - secondStart),
			};
		},
		{ q, second: SECOND }
	);
}

export async function measureSearch(
	browser: Browser,
	siteUrl: string,
	queries: readonly QualityQuery[],
	surface: Surface = 'page'
): Promise<QualitySummary> {
	const outcomes: QueryOutcome[] = [];
	for (const { q, kind, expect, excerpt } of queries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		if (surface !== 'page') {
			await page.goto(siteUrl + START);
			await page.waitForLoadState('networkidle');
		}
		let bytes = 0;
		let counting = true;
		page.on('requestfinished', async (request) => {
			if (!counting || request.isNavigationRequest()) return;
			const sizes = await request.sizes().catch(() => undefined);
			if (sizes && counting) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		});
		const mark = () => {
			counting = false;
		};
		const shown =
			surface === 'page'
				? await onPage(page, siteUrl, q, mark)
				: surface === 'dialog'
					? await inDialog(page, q, mark)
					: await rawPagefind(page, q);
		mark();
		await context.close();
		const ranked: string[] = [];
		for (const r of shown.results) {
			const doc = documentOf(r.href);
			if (!ranked.includes(doc)) ranked.push(doc);
		}
		const index = ranked.findIndex((doc) => expect.includes(doc));
		const top = compact(shown.results[0]?.excerpt ?? '');
		const exact = excerpt
			? excerpt.some((e) => top.includes(e))
			: q
					.split(/\s+/)
					.filter(Boolean)
					.map(compact)
					.every((p) => top.includes(p));
		outcomes.push({ q, kind, ranked, rank: index + 1, topExcerptExact: exact, bytes, ms: shown.ms, secondMs: shown.secondMs });
	}
	const n = outcomes.length;
	const share = (f: (o: QueryOutcome) => boolean) => outcomes.filter(f).length / n;
	const seconds = outcomes.flatMap((o) => (o.secondMs === undefined ? [] : [o.secondMs]));
	return {
		surface,
		queries: n,
		hitAt1: share((o) => o.rank === 1),
		hitAt3: share((o) => o.rank >= 1 && o.rank <= 3),
		mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
		exactExcerpt: share((o) => o.topExcerptExact),
		meanBytes: outcomes.reduce((sum, o) => sum + o.bytes, 0) / n,
		medianMs: quantile(
			outcomes.map((o) => o.ms),
			0.5
		),
		p90Ms: quantile(
			outcomes.map((o) => o.ms),
			0.9
		),
		medianSecondMs: seconds.length ? quantile(seconds, 0.5) : undefined,
		outcomes,
	};
}

export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export function formatSummary(s: QualitySummary, details = true): string {
	const lines = details
		? s.outcomes.map(
				(o) =>
					`${o.rank === 1 ? '✓' : o.rank ? `${o.rank}` : '✗'}\t${o.kind}\t${o.q}\t${o.topExcerptExact ? 'exact' : '-'}\t${(o.bytes / 1024).toFixed(1)} KiB\t${o.ms} ms\t${o.ranked.slice(0, 3).join(', ')}`
			)
		: [];
	return [...lines, summaryLine(s)].join('\n');
}

export function summaryLine(s: QualitySummary): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	return `${s.surface.padEnd(8)} queries ${s.queries}  hit@1 ${pct(s.hitAt1)}  hit@3 ${pct(s.hitAt3)}  MRR ${s.mrr.toFixed(3)}  excerpt ${pct(s.exactExcerpt)}  bytes before first result ${(s.meanBytes / 1024).toFixed(1)} KiB (mean)  first result ${s.medianMs} ms median / ${s.p90Ms} ms p90${s.medianSecondMs === undefined ? '' : `  second query ${s.medianSecondMs} ms median`}`;
}
