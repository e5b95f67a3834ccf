/**
 * The search pipeline in the browser, shared by the header dialog and /search/: normalise the query
 * (src/lib/search/normalise.ts), ask Pagefind, read the candidates' fragments, re-rank them
 * (src/lib/search/rank.ts). Nothing here is loaded before the user focuses or opens search; `prepare()`
 * then preloads Pagefind and the search dictionary's manifest so the first keystroke is fast; a query
 * fetches only the dictionary shards its words fall in.
 */
import { hasNonSimplified, normaliseQuery, queryWords, type NormalisedQuery } from '../../lib/search/normalise';
import { dictionaryFor, shardsFor, type DictionaryManifest, type DictionaryShard } from '../../lib/search/dictionary';
import { missingEverywhere, rankResults, type Candidate, type RankedResult } from '../../lib/search/rank';
import { suggestSpelling, type PinyinDictionary } from '../../lib/search/typos';
import { SEARCH_FACETS } from '../../lib/facets';
import type { SelectedFilters } from '../../lib/search/facets';
import { joinBase } from '../../lib/url';

export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
	id: string;
	data(): Promise<Omit<Candidate, 'engineRank'>>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
	unfilteredResultCount: number;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
	init(): Promise<void>;
	search(query: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
}

/** Candidates whose fragments are read per batch: enough for re-ranking to reach verbatim matches Pagefind ranks low. */
const BATCH = 30;
/** Candidates read before anything is shown: fewer than the five Pagefind's own UI reads, so the first results cost no more than its. */
const FIRST = 3;

const base = import.meta.env.BASE_URL;
let pagefindPromise: Promise<Pagefind> | undefined;
let manifestPromise: Promise<DictionaryManifest> | undefined;
const shardPromises = new Map<number, Promise<DictionaryShard>>();
let pinyinPromise: Promise<PinyinDictionary | undefined> | undefined;
let simplifyPromise: Promise<(s: string) => string> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (import(/* @vite-ignore */ joinBase(base, '/pagefind/pagefind.js')) as Promise<Pagefind>).then(async (pf) => {
		await pf.init();
		return pf;
	});
	return pagefindPromise;
}

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(joinBase(base, path));
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** Without the dictionary the search still runs, only without nicknames, 文号 and issuer shortcuts. */
function loadManifest(): Promise<DictionaryManifest> {
	manifestPromise ??= fetchJson<DictionaryManifest>('/search-dictionary.json').catch(() => ({ shards: 1, issuers: [], terms: [] }));
	return manifestPromise;
}

async function loadShards(indexes: readonly number[]): Promise<Map<number, DictionaryShard>> {
	const loaded = await Promise.all(
		indexes.map(async (i) => {
			let shard = shardPromises.get(i);
			if (!shard) {
				shard = fetchJson<DictionaryShard>(`/search-dictionary/${i}.json`).catch(() => ({ docs: [], keys: {} }));
				shardPromises.set(i, shard);
			}
			return [i, await shard] as const;
		})
	);
	return new Map(loaded);
}

let definitionsPromise: Promise<Record<string, string>> | undefined;

/** The quoted definition of a glossary term (for the answer card); the file is fetched on the first term query. */
export async function termDefinition(id: string): Promise<string | undefined> {
	definitionsPromise ??= fetchJson<Record<string, string>>('/search-glossary.json').catch(() => ({}));
	return (await definitionsPromise)[id];
}

function loadPinyin(): Promise<PinyinDictionary | undefined> {
	pinyinPromise ??= fetchJson<PinyinDictionary>('/search-pinyin.json').catch(() => undefined);
	return pinyinPromise;
}

/** opencc-js (traditional → simplified, tw/hk variants) is 100 KB: loaded only for a query that needs it. */
function loadSimplifier(): Promise<(s: string) => string> {
	simplifyPromise ??= import('opencc-js/t2cn').then((m) => {
		const tw = m.Converter({ from: 'tw', to: 'cn' });
		const hk = m.Converter({ from: 'hk', to: 'cn' });
		return (s: string) => hk(tw(s));
	});
	return simplifyPromise;
}

/** Starts loading Pagefind and the dictionary (on focus/open); errors surface at the first search. */
export function prepare(): void {
	loadPagefind().catch(() => undefined);
	void loadManifest();
}

export class SearchCancelled extends Error {}

export interface SearchOutcome {
	query: NormalisedQuery;
	ranked: RankedResult[];
	/** Results Pagefind found (all searches merged). */
	total: number;
	filterCounts: FilterCounts;
	unfiltered: number;
	/** Query words no result contains (multi-word queries). */
	missing: string[];
	/** The query as typed when results are shown for a same-sound correction of it. */
	correctedFrom?: string | undefined;
	/** Reads and ranks the next batch of candidates (显示更多); undefined when there are no more. */
	more?: (() => Promise<RankedResult[]>) | undefined;
}

function pagefindFilters(filters: SelectedFilters): PagefindFilters {
	// Every facet key present (with `any`), so Pagefind counts values of every facet, not only the selected ones.
	return Object.fromEntries(SEARCH_FACETS.map(({ key }) => [key, { any: filters[key] ?? [] }]));
}

export interface SearchOptions {
	/** Count every facet's values (the search page's filter column); the dialog needs none. */
	facets?: boolean;
	/** Called with a first ranking of Pagefind's top few results, before the rest of the batch is read. */
	onFirst?: (outcome: SearchOutcome) => void;
	/** Internal: a corrected query is not corrected again. */
	corrected?: boolean;
}

export async function search(
	raw: string,
	filters: SelectedFilters,
	signal: AbortSignal,
	options: SearchOptions = {}
): Promise<SearchOutcome> {
	const check = () => {
		if (signal.aborted) throw new SearchCancelled();
	};
	const [pagefind, manifest] = await Promise.all([loadPagefind(), loadManifest()]);
	check();
	const simplify = hasNonSimplified(raw) ? await loadSimplifier() : undefined;
	check();
	const { words } = queryWords(raw, simplify);
	const shards = await loadShards(shardsFor(words, manifest));
	check();
	const query = normaliseQuery(raw, dictionaryFor(words, manifest, shards), simplify);
	const searches = query.searches.length ? query.searches : [null];
	const run = async (list: (string | null)[]) =>
		(await Promise.all(list.map((s) => pagefind.search(s, options.facets ? { filters: pagefindFilters(filters) } : {})))).filter(
			(r): r is PagefindSearch => r !== null
		);
	let responses = await run(searches);
	check();
	// No page has every word (党建工作经费 来源): search the words one by one for the best partial matches.
	if (query.parts.length > 1 && responses.every((r) => r.results.length === 0)) {
		responses = await run(query.parts.map((p) => p.text));
		check();
	}
	// Merge the searches (variants, titles): each page once, at its best position in any of them.
	const order = new Map<string, { result: PagefindResult; rank: number }>();
	for (const response of responses) {
		response.results.forEach((result, rank) => {
			const seen = order.get(result.id);
			if (!seen || rank < seen.rank) order.set(result.id, { result, rank });
		});
	}
	const merged = [...order.values()].sort((a, b) => a.rank - b.rank).map((o) => o.result);
	const readCandidates = (from: number, to: number) =>
		Promise.all(merged.slice(from, to).map(async (r, i) => ({ ...(await r.data()), engineRank: from + i })));
	const read = async (from: number): Promise<RankedResult[]> => rankResults(query, await readCandidates(from, from + BATCH));
	const summary = (ranked: RankedResult[]): SearchOutcome => ({
		query,
		ranked,
		total: merged.length,
		filterCounts: responses[0]?.filters ?? {},
		unfiltered: Math.max(0, ...responses.map((r) => r.unfilteredResultCount)),
		missing: missingEverywhere(ranked, query),
	});
	// First the few results Pagefind ranks highest (shown at once), then the rest of the batch, re-ranked.
	const head = await readCandidates(0, FIRST);
	check();
	if (options.onFirst && merged.length > FIRST) options.onFirst(summary(rankResults(query, head)));
	const tail = await readCandidates(FIRST, BATCH);
	check();
	const ranked = rankResults(query, [...head, ...tail]);
	const outcome = summary(ranked);
	let next = BATCH;
	if (merged.length > next) {
		outcome.more = async () => {
			const batch = await read(next);
			next += BATCH;
			if (next >= merged.length) outcome.more = undefined;
			return batch;
		};
	}
	// Nothing verbatim: perhaps a same-sound typo (三会一棵). Show the corrected query's results.
	if (!options.corrected && query.parts.length && !ranked.some((r) => r.exact) && query.targets.length === 0) {
		const pinyin = await loadPinyin();
		check();
		const suggestion = pinyin ? suggestSpelling(query.display, pinyin) : undefined;
		if (suggestion) {
			const corrected = await search(suggestion, filters, signal, { ...options, onFirst: undefined, corrected: true });
			if (corrected.ranked.some((r) => r.exact)) return { ...corrected, correctedFrom: query.display };
		}
	}
	return outcome;
}

/**
 * Resolves when the pointer is not over `list`, so settled results never reorder under the user's
 * pointer (the first results are shown in Pagefind's order while the rest load). Throws when cancelled.
 */
export async function untilPointerLeaves(list: HTMLElement, signal: AbortSignal): Promise<void> {
	if (list.matches(':hover')) await new Promise((resolve) => list.addEventListener('pointerleave', resolve, { once: true }));
	if (signal.aborted) throw new SearchCancelled();
}
