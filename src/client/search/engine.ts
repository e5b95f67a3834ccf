/**
 * The search pipeline in the browser, shared by the header dialog and /search/: understand the query
 * (src/lib/search/normalise.ts: corpus words, question words, synonyms, pinyin, 文号 and clause
 * numbers), ask Pagefind for each content word, read the best candidates' fragments, rank them clause
 * by clause (src/lib/search/rank.ts). Nothing here is loaded before the user focuses or opens search;
 * `prepare()` then preloads Pagefind and the search dictionary's manifest so the first keystroke is
 * fast; a query fetches only the dictionary and vocabulary shards its words and characters fall in.
 */
import {
	hasNonSimplified,
	lookupWords,
	mayBePinyin,
	normaliseQuery,
	queryWords,
	unusedWords,
	type NormalisedQuery,
	type QueryTerm,
} from '../../lib/search/normalise';
import { dictionaryFor, shardsFor, type DictionaryManifest, type DictionaryShard } from '../../lib/search/dictionary';
import { readShard, shardSynonyms, unreverse, vocabularyShardsFor, wordCounts, type VocabularyShard } from '../../lib/search/vocabulary';
import { missingEverywhere, rankResults, termsMissingEverywhere, type Candidate, type RankedResult } from '../../lib/search/rank';
import { suggestSpelling, type PinyinDictionary } from '../../lib/search/typos';
import { mayNegate, NEGATION_PREFIXES } from '../../lib/search/negation';
import { SEARCH_FACETS } from '../../lib/facets';
import { hasFilters, type SelectedFilters } from '../../lib/search/facets';
import { joinBase } from '../../lib/url';
import { SHARD_LIST } from '../../lib/search/index-shards';
import { asksForTemplate, readTemplates, templateFor, type TemplateHit } from '../../lib/search/template-intent';

export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
	id: string;
	/** `content` without Pagefind's word separators; `raw_content` keeps them (with < and > escaped). */
	data(): Promise<Omit<Candidate, 'engineRank'> & { raw_content?: string }>;
}

/**
 * A result's page as the ranking reads it: the content with Pagefind's word separators, which the
 * anchors' word positions count (Pagefind's `content` has them removed; `raw_content` keeps them).
 */
async function candidateOf(result: PagefindResult, engineRank: number): Promise<Candidate> {
	const { raw_content: raw, ...data } = await result.data();
	const content = raw === undefined ? data.content : raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
	return { ...data, content, engineRank };
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
	unfilteredResultCount: number;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
	init(): Promise<void>;
	mergeIndex(path: string): Promise<void>;
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
const vocabularyPromises = new Map<string, Promise<VocabularyShard>>();
let pinyinPromise: Promise<PinyinDictionary | undefined> | undefined;
let simplifyPromise: Promise<(s: string) => string> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (import(/* @vite-ignore */ joinBase(base, '/pagefind/pagefind.js')) as Promise<Pagefind>).then(async (pf) => {
		await pf.init();
		// A large corpus is indexed in shards (src/lib/search/index-shards.ts), searched together.
		const shards = await fetchJson<string[]>(`/pagefind/${SHARD_LIST}`).catch(() => []);
		await Promise.all(shards.map((folder) => pf.mergeIndex(joinBase(base, `/pagefind/${folder}`))));
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

/**
 * The vocabulary shards of the query's characters (none when the manifest has none); `reverse`: the
 * reverse shards (words by their last character), for words the texts do not use.
 */
async function loadVocabulary(text: string, manifest: DictionaryManifest, reverse = false): Promise<VocabularyShard[]> {
	const vocabulary = manifest.vocabulary;
	const shardCount = reverse ? vocabulary?.reverseShards : vocabulary?.shards;
	if (!vocabulary || !shardCount) return [];
	const dir = reverse ? 'search-vocabulary-reverse' : 'search-vocabulary';
	return Promise.all(
		vocabularyShardsFor(text, { ...vocabulary, shards: shardCount }).map((i) => {
			let shard = vocabularyPromises.get(`${dir}/${i}`);
			if (!shard) {
				shard = fetchJson<unknown>(`/${dir}/${i}.json`).then(readShard, () => ({ words: {} }));
				vocabularyPromises.set(`${dir}/${i}`, shard);
			}
			return shard;
		})
	);
}

let definitionsPromise: Promise<Record<string, string>> | undefined;

/** The quoted definition of a glossary term (for the answer card); the file is fetched on the first term query. */
export async function termDefinition(id: string): Promise<string | undefined> {
	definitionsPromise ??= fetchJson<Record<string, string>>('/search-glossary.json').catch(() => ({}));
	return (await definitionsPromise)[id];
}

let templatesPromise: Promise<TemplateHit[]> | undefined;

/** The template a query asks for (请示咋写); the templates' list is fetched on the first query with a word asking how to write. */
export async function templateAsked(raw: string): Promise<TemplateHit | undefined> {
	if (!asksForTemplate(raw)) return undefined;
	templatesPromise ??= fetchJson<unknown>('/search-templates.json').then(readTemplates, () => []);
	return templateFor(raw, await templatesPromise);
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
	/** Query words (as typed) no result contains (multi-word queries). */
	missing: string[];
	/** Content words no result contains: they are in no text. */
	termsMissing: string[];
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

/** Pages a content word was found in (its spelling and the texts' words for it), by Pagefind result id. */
function pagesOf(term: QueryTerm, found: ReadonlyMap<string, PagefindSearch>): Set<string> {
	const pages = new Set<string>();
	for (const s of [term.variants[0]!, ...term.synonyms]) for (const r of found.get(s)?.results ?? []) pages.add(r.id);
	return pages;
}

/** BM25's inverse document frequency from how many of `total` pages hold the word. */
const inverseFrequency = (df: number, total: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));

let totalPromise: Promise<number> | undefined;

/** How many pages the index has (a search without words or filters lists them all). */
function loadTotal(pagefind: Pagefind): Promise<number> {
	totalPromise ??= pagefind
		.search(null)
		.then((r) => r?.results.length || 1)
		.catch(() => 1);
	return totalPromise;
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
	const [simplify, pinyin] = await Promise.all([
		hasNonSimplified(raw) ? loadSimplifier() : undefined,
		mayBePinyin(raw) ? loadPinyin() : undefined,
	]);
	check();
	const typed = queryWords(raw, simplify, pinyin);
	const words = lookupWords(typed);
	const [shards, vocabularyShards, total] = await Promise.all([
		loadShards(shardsFor(words, manifest)),
		// A negation (没有挂靠单位) also needs the shards of the texts' negated forms (无…、未…、非…).
		loadVocabulary(typed.words.join('') + (mayNegate(raw) ? NEGATION_PREFIXES : ''), manifest),
		loadTotal(pagefind),
	]);
	check();
	const vocabulary = wordCounts(vocabularyShards);
	// The synonym table's entries for the everyday words among the query's characters came with their shards.
	const everyday = shardSynonyms(vocabularyShards);
	const synonyms = (w: string) => everyday.get(w) ?? [];
	// Words the texts do not use (表扬): the corpus words shaped like them, from the shards of their
	// last characters too, and the code that finds and chooses them (related.ts): both fetched only
	// for such a query, so other queries cost no more before their first result.
	const unused = unusedWords(typed.words, (w) => vocabulary.get(w), manifest.vocabulary?.total ?? 1, synonyms);
	const [ending, related] = unused.length
		? await Promise.all([
				loadVocabulary(unused.map((w) => [...w].at(-1)).join(''), manifest, true).then((s) => unreverse(wordCounts(s))),
				import('../../lib/search/related'),
			])
		: [new Map<string, number>(), undefined];
	check();
	const shaped = [...vocabulary, ...ending];
	const dictionary = {
		...dictionaryFor(words, manifest, shards),
		words: (w: string) => vocabulary.get(w),
		total: manifest.vocabulary?.total,
		pinyin,
		related: related && ((w: string) => related.sameShapeWords(w, shaped)),
		synonyms,
	};
	const query = normaliseQuery(raw, dictionary, simplify);
	const searches = query.searches.length ? query.searches : [null];
	const found = new Map<string, PagefindSearch>();
	await Promise.all(
		searches.map(async (s) => {
			const r = await pagefind.search(s, options.facets ? { filters: pagefindFilters(filters) } : {});
			if (r) found.set(s ?? '', r);
		})
	);
	check();
	const responses = searches.map((s) => found.get(s ?? '')).filter((r): r is PagefindSearch => r !== undefined);
	// How rare each content word is across the index: rare words weigh more in a clause.
	const weights = new Map(query.terms.map((t) => [t, inverseFrequency(pagesOf(t, found).size, total)]));
	const idf = (t: QueryTerm) => weights.get(t) ?? 1;
	// Candidates: each page once, ordered by the weight of the content words it holds, then by its best
	// position in any search (the phrase searches first, so verbatim pages lead).
	const order = new Map<string, { result: PagefindResult; rank: number; weight: number }>();
	for (const response of responses) {
		response.results.forEach((result, rank) => {
			const seen = order.get(result.id);
			if (!seen || rank < seen.rank) order.set(result.id, { result, rank, weight: seen?.weight ?? 0 });
		});
	}
	for (const t of query.terms) for (const id of pagesOf(t, found)) order.get(id)!.weight += t.weight * idf(t);
	const merged = [...order.values()].sort((a, b) => b.weight - a.weight || a.rank - b.rank).map((o) => o.result);
	const readCandidates = (from: number, to: number) => Promise.all(merged.slice(from, to).map((r, i) => candidateOf(r, from + i)));
	const rank = (candidates: Candidate[]) => rankResults(query, candidates, { idf, chooseRelated: related?.chooseRelated });
	const read = async (from: number): Promise<RankedResult[]> => rank(await readCandidates(from, from + BATCH));
	/** `read`: candidates ranked so far; those left out for holding none of the words do not count as results. */
	const summary = (ranked: RankedResult[], read: number): SearchOutcome => ({
		query,
		ranked,
		total: merged.length - (read - ranked.length),
		filterCounts: responses[0]?.filters ?? {},
		unfiltered: Math.max(0, ...responses.map((r) => r.unfilteredResultCount)),
		missing: missingEverywhere(ranked, query),
		// Nothing holds any of the words (each was searched on its own): without filters they are in no text.
		termsMissing: ranked.length || hasFilters(filters) ? termsMissingEverywhere(ranked, query) : query.terms.map((t) => t.text),
	});
	// First the few best candidates (shown at once), then the rest of the batch, ranked clause by clause.
	const head = await readCandidates(0, FIRST);
	check();
	// Shown early only when it has something to show: an empty head says nothing about the rest.
	const first = options.onFirst && merged.length > FIRST ? rank(head) : [];
	if (first.length) options.onFirst!(summary(first, head.length));
	const tail = await readCandidates(FIRST, BATCH);
	check();
	const ranked = rank([...head, ...tail]);
	const outcome = summary(ranked, head.length + tail.length);
	let next = BATCH;
	if (merged.length > next) {
		outcome.more = async () => {
			const batch = await read(next);
			next += BATCH;
			if (next >= merged.length) outcome.more = undefined;
			return batch;
		};
	}
	// Nothing verbatim and a word in no text: perhaps a same-sound typo (三会一棵). Show the corrected query's results.
	const unknownWords = outcome.termsMissing.length > 0 || (query.terms.length === 0 && ranked.length === 0);
	if (!options.corrected && query.parts.length && !ranked.some((r) => r.exact) && query.targets.length === 0 && unknownWords) {
		const dictionary = await loadPinyin();
		check();
		const suggestion = dictionary ? suggestSpelling(query.display, dictionary, (w) => vocabulary.has(w)) : undefined;
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
