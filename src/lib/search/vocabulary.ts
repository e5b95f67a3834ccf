/**
 * The search vocabulary (pure): the corpus's words with how often they occur, for segmenting queries
 * in the browser (segment.ts). Built at build time from the texts as the Markdown pipeline recorded
 * them, cut by a dictionary segmenter passed in (jieba, in src/data/search-vocabulary.ts), plus words
 * the texts must be read as whole (glossary terms, short titles, aliases, synonym-table words).
 *
 * Served in shards by a word's first character, so a query fetches only the shards of its
 * characters; a shard's `words` are `first character → "rest count rest count…"` (digits end each
 * word), about a third smaller than a word → count object. A shard also carries the synonym table's
 * everyday words that start with its characters (`synonyms`: word → the texts' words, synonyms.ts
 * without its review notes): a query with an everyday word has its entry in a shard it fetches
 * anyway, and no query downloads the whole table.
 */
import { shardOf } from './dictionary';

export interface VocabularyManifest {
	shards: number;
	/** Sum of all counts: the denominator of a word's probability. */
	total: number;
	/**
	 * Shards of the reverse vocabulary (reverseCounts: words by their last character), fetched only for
	 * a query with a word the texts do not use (related.ts); absent in a build without them.
	 */
	reverseShards?: number | undefined;
}

export interface VocabularyShard {
	/** First character → the words starting with it and their counts: "rest count rest count…". */
	words: Record<string, string>;
	/** Everyday word → the corpus words it is also searched as (synonyms.ts' everydayWords). */
	synonyms?: Record<string, string[]>;
}

const HAN = /\p{Script=Han}/u;
const byWord = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
/**
 * Shards aim at about this many bytes of JSON each (UTF-8, most characters 3 bytes). A query fetches
 * one shard per distinct character, so small shards keep a question's cost down: at 6 KiB a
 * four-character query fetched 24 KiB (four of the five shards of the 64-text corpus), at 1.5 KiB
 * about 6 KiB; the largest first-character groups (党) are a shard of their own either way.
 */
const SHARD_BYTES = 1.5 * 1024;

/**
 * The corpus's set phrases (jieba cuts 党组织书记 into 党组织 + 书记) added to the vocabulary's counts, in
 * place: a phrase that is not one of jieba's words counts its occurrences, plus the count it already
 * has as a name or a synonym-table word (countWords' `extra`). Taking that single count instead
 * (党组织书记 1, not 42) made the segmenter split a common phrase once the table listed it.
 */
export function addPhrases(
	counts: Map<string, number>,
	words: ReadonlyMap<string, number>,
	phrases: ReadonlyMap<string, number>
): Map<string, number> {
	for (const [phrase, n] of phrases) if (!words.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + n);
	return counts;
}

/**
 * The vocabulary's counts from the corpus's word counts (jieba's cut, src/data/search-vocabulary.ts):
 * single characters are left out (an unknown character is scored alike, and leaving them out keeps
 * 报销 one word rather than 报 + 销), as are words with anything but Han characters. `extra` words
 * count once more each.
 */
export function countWords(words: Iterable<readonly [string, number]>, extra: readonly string[] = []): Map<string, number> {
	const counts = new Map<string, number>();
	const add = (w: string, n: number) => {
		if ([...w].length < 2 || !/^\p{Script=Han}+$/u.test(w)) return;
		counts.set(w, (counts.get(w) ?? 0) + n);
	};
	for (const [w, n] of words) add(w, n);
	for (const w of extra) add(w, 1);
	return counts;
}

const firstOf = (word: string) => [...word][0]!;

/**
 * The vocabulary as a manifest and shards keyed by first character; `synonyms` (everyday word → the
 * texts' words) go into the shard of their word's first character, which every query holding the word
 * fetches (vocabularyShardsFor). They count towards a shard's size but not to the words' counts: a
 * one-character everyday word (钱) stays out of the segmenter's vocabulary.
 */
export function buildVocabulary(
	counts: ReadonlyMap<string, number>,
	shardBytes = SHARD_BYTES,
	synonyms: ReadonlyMap<string, readonly string[]> = new Map()
): { manifest: VocabularyManifest; shards: VocabularyShard[] } {
	const byFirst = new Map<string, [string, number][]>();
	let total = 0;
	for (const [word, n] of counts) {
		total += n;
		const first = firstOf(word);
		byFirst.set(first, [...(byFirst.get(first) ?? []), [word, n]]);
	}
	const groups = [...byFirst].map(([first, words]): [string, string] => [
		first,
		words
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([w, n]) => `${w.slice(first.length)}${n}`)
			.join(' '),
	]);
	const encoder = new TextEncoder();
	const everyday = [...synonyms].filter(([, corpus]) => corpus.length > 0).sort(byWord);
	const bytes =
		groups.reduce((sum, [first, list]) => sum + encoder.encode(first + list).length + 6, 0) +
		everyday.reduce((sum, [word, corpus]) => sum + encoder.encode(word + corpus.join('')).length + 5 + 3 * corpus.length, 0);
	const count = Math.max(1, Math.ceil(bytes / shardBytes));
	const shards: VocabularyShard[] = Array.from({ length: count }, () => ({ words: {} }));
	for (const [first, list] of groups) shards[shardOf(first, count)]!.words[first] = list;
	for (const [word, corpus] of everyday) (shards[shardOf(firstOf(word), count)]!.synonyms ??= {})[word] = [...corpus];
	return { manifest: { shards: count, total: Math.max(1, total) }, shards };
}

/**
 * The words of 2 to 4 characters used more than `rare` times, each spelled backwards, so that
 * buildVocabulary files them by their last character and wordCounts (then unreverse) reads them back:
 * 发扬 and 弘扬 sit in the shard of 扬, next to nothing else a query needs.
 */
export function reverseCounts(counts: ReadonlyMap<string, number>, rare: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const [word, n] of counts) {
		const chars = [...word];
		if (n > rare && chars.length >= 2 && chars.length <= 4) out.set(chars.reverse().join(''), n);
	}
	return out;
}

/** A word map read from reverse shards, spelled forwards again. */
export function unreverse(words: ReadonlyMap<string, number>): Map<string, number> {
	return new Map([...words].map(([w, n]) => [[...w].reverse().join(''), n]));
}

/** The shards a query needs: those of each Han character in it (any may start a word). */
export function vocabularyShardsFor(text: string, manifest: VocabularyManifest): number[] {
	const chars = new Set([...text].filter((c) => HAN.test(c)));
	return [...new Set([...chars].map((c) => shardOf(c, manifest.shards)))];
}

/** Word lookup over the loaded shards. */
export function wordCounts(shards: Iterable<VocabularyShard>): Map<string, number> {
	const map = new Map<string, number>();
	for (const { words } of shards) {
		for (const first of Object.keys(words)) {
			for (const entry of words[first]!.split(' ')) {
				const m = /^(\D*)(\d+)$/.exec(entry);
				if (m) map.set(first + m[1], Number(m[2]));
			}
		}
	}
	return map;
}

/** The everyday words of the loaded shards → the texts' words for them (normalise.ts' `synonyms`). */
export function shardSynonyms(shards: Iterable<VocabularyShard>): Map<string, readonly string[]> {
	const map = new Map<string, readonly string[]>();
	for (const shard of shards) for (const [word, corpus] of Object.entries(shard.synonyms ?? {})) map.set(word, corpus);
	return map;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A fetched shard as the browser reads it. The build checked the file against vocabularyShardSchema
 * (vocabulary-schema.ts); zod itself stays out of the search's first download (5.8 KiB gzipped for
 * this one schema with zod/mini), so here a file of another shape — a damaged copy, or one from an
 * older build kept for offline use — reads as what it validly holds, at worst nothing: it costs its
 * words and synonyms, never the search.
 */
export function readShard(json: unknown): VocabularyShard {
	const shard: VocabularyShard = { words: {} };
	if (!isRecord(json)) return shard;
	if (isRecord(json.words)) for (const [k, v] of Object.entries(json.words)) if (typeof v === 'string') shard.words[k] = v;
	if (isRecord(json.synonyms)) {
		for (const [k, v] of Object.entries(json.synonyms)) {
			if (Array.isArray(v) && v.length && v.every((c) => typeof c === 'string')) (shard.synonyms ??= {})[k] = v;
		}
	}
	return shard;
}
