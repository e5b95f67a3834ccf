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
import { HEADER_SEARCH, SEARCH_PAGE, searchDone, searchSeq } from './wait.ts';
import type { QualityQuery } from './queries';
import { QUESTION_KIND_LABELS, type QuestionKind, type QuestionQuery } from './questions.ts';

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

interface ShownResult {
	href: string;
	excerpt: string;
	/** Marked as holding the query verbatim (data-exact). */
	exact: boolean;
}

/** An answer card above the results (a calculator's answer, a clause to go to, a glossary definition). */
interface ShownCard {
	kind: string;
	hrefs: string[];
	text: string;
}

interface Shown {
	results: ShownResult[];
	cards: ShownCard[];
	ms: number;
	secondMs?: number;
}

async function readResults(page: Page, scope: string): Promise<{ results: ShownResult[]; cards: ShownCard[] }> {
	const results = await page.$$eval(`${scope} [data-search-result]`, (items) =>
		items.map((item) => ({
			href: (item.querySelector('a[href]') as HTMLAnchorElement | null)?.href ?? '',
			excerpt: item.querySelector('[data-search-excerpt]')?.textContent ?? item.textContent ?? '',
			exact: item.getAttribute('data-exact') === 'true',
		}))
	);
	const cards = await page.$$eval(`${scope} [data-search-answer]`, (items) =>
		items.map((item) => ({
			kind: item.getAttribute('data-search-answer') ?? '',
			hrefs: [...item.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
			text: item.textContent ?? '',
		}))
	);
	return { results, cards };
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

async function onPage(page: Page, siteUrl: string, q: string, mark: () => void): Promise<Shown> {
	const started = Date.now();
	await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
	await firstShown(page, SEARCH_PAGE);
	const ms = Date.now() - started;
	mark();
	await searchDone(page, SEARCH_PAGE);
	return { ...(await readResults(page, SEARCH_PAGE)), ms };
}

async function typeInDialog(page: Page, q: string, mark?: () => void): Promise<number> {
	const started = Date.now();
	const input = page.locator(`${HEADER_SEARCH} dialog input`);
	// The previous query's results are cleared first, so the first result seen is this query's.
	await page.evaluate((scope) => document.querySelector(`${scope} [data-search-results]`)?.replaceChildren(), HEADER_SEARCH);
	const before = await searchSeq(page, HEADER_SEARCH);
	await input.fill(q);
	await firstShown(page, HEADER_SEARCH);
	const ms = Date.now() - started;
	mark?.();
	await searchDone(page, HEADER_SEARCH, before);
	return ms;
}

async function inDialog(page: Page, q: string, mark: () => void): Promise<Shown> {
	await page.keyboard.press('/');
	const ms = await typeInDialog(page, q, mark);
	const shown = await readResults(page, HEADER_SEARCH);
	const secondMs = await typeInDialog(page, SECOND);
	return { ...shown, ms, secondMs };
}

async function rawPagefind(page: Page, q: string): Promise<Shown> {
	return page.evaluate(
		async ({ q, second }) => {
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			type Sub = { url: string; excerpt: string; locations: number[] };
			type Data = { url: string; excerpt: string; sub_results?: Sub[] };
			const run = async (query: string): Promise<Data[]> => {
				const search = await pagefind.search(query);
				return Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<Data> }) => r.data()));
			};
			const data = await run(q);
			const ms = performance.now() - started;
			const secondStart = performance.now();
			await run(second);
			// Pagefind's own best place in a page: the sub-result (heading section) with the most matches.
			const best = (d: Data) => [...(d.sub_results ?? [])].sort((a, b) => b.locations.length - a.locations.length)[0] ?? d;
			return {
				results: data.map((d) => ({ href: best(d).url, excerpt: best(d).excerpt.replace(/<[^>]+>/g, ''), exact: false })),
				cards: [],
				ms: Math.round(ms),
				secondMs: Math.round(performance.now() - secondStart),
			};
		},
		{ q, second: SECOND }
	);
}

/**
 * An upper bound on one query of `visit`: each of its waits (navigation, network idle, the results)
 * gives up after 30 s on its own, so a stuck query fails there. A whole set's time limit is this times
 * the set's size: the set's wall time grows with the machine's load (a 160-query set took over 30
 * minutes at load 23), and a fixed limit would fail a run that is only slow.
 */
export const QUERY_LIMIT_MS = 120_000;

/** Opens the surface in a fresh context, runs one query, and returns what it showed and what it fetched. */
async function visit(browser: Browser, siteUrl: string, q: string, surface: Surface): Promise<Shown & { bytes: number }> {
	// Without the service worker: once it controls the start page (on an idle machine, before the
	// query) the requests it serves report no sizes (−1), and the bytes came out as −0.0 KiB.
	const context = await browser.newContext({ serviceWorkers: 'block' });
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
	return { ...shown, bytes };
}

export async function measureSearch(
	browser: Browser,
	siteUrl: string,
	queries: readonly QualityQuery[],
	surface: Surface = 'page'
): Promise<QualitySummary> {
	const outcomes: QueryOutcome[] = [];
	for (const { q, kind, expect, excerpt } of queries) {
		const shown = await visit(browser, siteUrl, q, surface);
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
		outcomes.push({ q, kind, ranked, rank: index + 1, topExcerptExact: exact, bytes: shown.bytes, ms: shown.ms, secondMs: shown.secondMs });
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

/** The clause anchor of a result link (`#p2-s3-c1:~:text=…` → p2-s3-c1), or '' for a whole page. */
export function anchorOf(href: string): string {
	const hash = new URL(href, 'http://x.invalid').hash.slice(1);
	return decodeURIComponent(hash.split(':~:')[0] ?? '');
}

/** Whether a link answers: `doc#anchor` (or a clause nested in it), `doc`, or `tool:<name>` (the calculator's page). */
export function answers(href: string, answer: string): boolean {
	if (answer.startsWith('tool:')) return new URL(href, 'http://x.invalid').pathname.endsWith(`/tools/${answer.slice(5)}/`);
	const [doc, anchor] = answer.split('#');
	if (documentOf(href) !== doc) return false;
	if (anchor === undefined) return true;
	const at = anchorOf(href);
	return at === anchor || at.startsWith(`${anchor}-`);
}

export interface QuestionOutcome {
	q: string;
	kind: QuestionKind;
	heldOut: boolean;
	/** The second held-out batch (questions.ts `fresh`). */
	fresh: boolean;
	/** The blind third batch (questions-blind.ts). */
	blind: boolean;
	/** 1-based place of the first answer among answer cards (tool, go-to) and results; 0 when none answered. */
	rank: number;
	/** The first place's excerpt (or card) shows the answer. */
	excerptHit: boolean;
	/** `absent` queries: some result was marked as a verbatim match. */
	claimedVerbatim: boolean;
	/** What came first, for the report: its link and text. */
	first: string;
	bytes: number;
	ms: number;
}

export interface QuestionRow {
	label: string;
	queries: number;
	hitAt1: number;
	hitAt3: number;
	excerpt: number;
}

export interface QuestionSummary {
	surface: Surface;
	outcomes: QuestionOutcome[];
	/** Answerable queries (not `absent`): all, tuned on, held out, the second held-out batch, the blind third, then each kind. */
	rows: QuestionRow[];
	/** `absent` queries shown with a verbatim match (should be none). */
	absentClaimedVerbatim: number;
	absent: number;
	meanBytes: number;
	medianMs: number;
}

function row(label: string, outcomes: readonly QuestionOutcome[]): QuestionRow {
	const n = outcomes.length || 1;
	const share = (f: (o: QuestionOutcome) => boolean) => outcomes.filter(f).length / n;
	return {
		label,
		queries: outcomes.length,
		hitAt1: share((o) => o.rank === 1),
		hitAt3: share((o) => o.rank >= 1 && o.rank <= 3),
		excerpt: share((o) => o.excerptHit),
	};
}

/** The question set (questions.ts) on one surface: where the answering clause ranks and whether the excerpt shows it. */
export async function measureQuestions(
	browser: Browser,
	siteUrl: string,
	queries: readonly QuestionQuery[],
	surface: Surface = 'page',
	/** The row of the queries marked `blind`: the third batch in questions.ts, or a batch measured on its own (its name). */
	blindLabel = '盲测（第三批）'
): Promise<QuestionSummary> {
	const outcomes: QuestionOutcome[] = [];
	for (const { q, kind, answer, excerpt, heldOut, fresh, blind } of queries) {
		const shown = await visit(browser, siteUrl, q, surface);
		// Answer cards that name a place (a calculator, a clause) come before the results.
		const places = [
			...shown.cards.filter((c) => c.kind === 'tool' || c.kind === 'goto').map((c) => ({ hrefs: c.hrefs, text: c.text })),
			...shown.results.map((r) => ({ hrefs: [r.href], text: r.excerpt })),
		];
		const index = places.findIndex((p) => p.hrefs.some((href) => answer.some((a) => answers(href, a))));
		const firstText = compact(places[0]?.text ?? '');
		outcomes.push({
			q,
			kind,
			heldOut: heldOut ?? false,
			fresh: fresh ?? false,
			blind: blind ?? false,
			rank: index + 1,
			excerptHit: excerpt.some((e) => firstText.includes(compact(e))),
			claimedVerbatim: shown.results.some((r) => r.exact),
			first: `${places[0]?.hrefs[0] ?? '-'} ${firstText.slice(0, 40)}`,
			bytes: shown.bytes,
			ms: shown.ms,
		});
	}
	const answerable = outcomes.filter((o) => o.kind !== 'absent');
	const kinds = [...new Set(answerable.map((o) => o.kind))];
	const absent = outcomes.filter((o) => o.kind === 'absent');
	return {
		surface,
		outcomes,
		rows: [
			row('全部', answerable),
			row(
				'调参用',
				answerable.filter((o) => !o.heldOut && !o.fresh && !o.blind)
			),
			row(
				'留出',
				answerable.filter((o) => o.heldOut)
			),
			row(
				'留出（第二批）',
				answerable.filter((o) => o.fresh)
			),
			row(
				blindLabel,
				answerable.filter((o) => o.blind)
			),
			...kinds.map((k) =>
				row(
					QUESTION_KIND_LABELS[k],
					answerable.filter((o) => o.kind === k)
				)
			),
		],
		absentClaimedVerbatim: absent.filter((o) => o.claimedVerbatim).length,
		absent: absent.length,
		meanBytes: outcomes.reduce((sum, o) => sum + o.bytes, 0) / (outcomes.length || 1),
		medianMs: quantile(
			outcomes.map((o) => o.ms),
			0.5
		),
	};
}

export function formatQuestions(s: QuestionSummary, details = true): string {
	const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
	const lines = details
		? s.outcomes.map(
				(o) =>
					`${o.kind === 'absent' ? (o.claimedVerbatim ? '✗verbatim' : '✓') : o.rank === 1 ? '✓' : o.rank ? `${o.rank}` : '✗'}\t${o.excerptHit ? 'excerpt' : '-'}\t${o.kind}${o.heldOut ? '*' : o.fresh ? '**' : o.blind ? '***' : ''}\t${o.q}\t${o.first}`
			)
		: [];
	const table = [
		`| ${s.surface} | 条数 | hit@1 | hit@3 | 摘要含答案 |`,
		'| --- | --- | --- | --- | --- |',
		...s.rows.map((r) => `| ${r.label} | ${r.queries} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${pct(r.excerpt)} |`),
		`语料中没有答案的 ${s.absent} 条中标为“原文”的：${s.absentClaimedVerbatim} 条；首条结果前流量 ${(s.meanBytes / 1024).toFixed(1)} KiB（平均），首条结果 ${s.medianMs} ms（中位数）`,
	];
	return [...lines, ...table].join('\n');
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
