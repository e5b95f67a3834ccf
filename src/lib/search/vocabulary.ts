/**
 * The search vocabulary (pure): the corpus's words with how often they occur, for segmenting queries
 * in the browser (segment.ts). Built at build time from the texts as the Markdown pipeline recorded
 * them, cut by a dictionary segmenter passed in (jieba, in src/data/search-vocabulary.ts), plus words
 * the texts must be read as whole (glossary terms, short titles, aliases, synonym-table words).
 *
 * Served in shards by a word's first character, so a query fetches only the shards of its
 * characters; a shard is `first character → "rest count rest count…"` (digits end each word), about
 * a third smaller than a word → count object.
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

export type VocabularyShard = Record<string, string>;

const HAN = /\p{Script=Han}/u;
/**
 * Shards aim at about this many bytes of JSON each (UTF-8, most characters 3 bytes). A query fetches
 * one shard per distinct character, so small shards keep a question's cost down: at 6 KiB a
 * four-character query fetched 24 KiB (four of the five shards of the 64-text corpus), at 1.5 KiB
 * about 6 KiB; the largest first-character groups (党) are a shard of their own either way.
 */
const SHARD_BYTES = 1.5 * 1024;

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

/** The vocabulary as a manifest and shards keyed by first character. */
export function buildVocabulary(
	counts: ReadonlyMap<string, number>,
	shardBytes = SHARD_BYTES
): { manifest: VocabularyManifest; shards: VocabularyShard[] } {
	const byFirst = new Map<string, [string, number][]>();
	let total = 0;
	for (const [word, n] of counts) {
		total += n;
		const first = [...word][0]!;
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
	const bytes = groups.reduce((sum, [first, list]) => sum + encoder.encode(first + list).length + 6, 0);
	const count = Math.max(1, Math.ceil(bytes / shardBytes));
	const shards: VocabularyShard[] = Array.from({ length: count }, () => ({}));
	for (const [first, list] of groups) shards[shardOf(first, count)]![first] = list;
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
	for (const shard of shards) {
		for (const first of Object.keys(shard)) {
			for (const entry of shard[first]!.split(' ')) {
				const m = /^(\D*)(\d+)$/.exec(entry);
				if (m) map.set(first + m[1], Number(m[2]));
			}
		}
	}
	return map;
}
