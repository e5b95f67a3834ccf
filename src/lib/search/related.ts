/**
 * Words the texts never use (pure): when a content word of a query does not occur in the corpus —
 * or only as the synonym table's own entry — the search also looks for corpus words shaped like it:
 * the same length, the same characters in the same places but one (表扬 → 表彰, 到场 → 到会,
 * 调走 → 调动). Chinese words built on a shared character often share its sense, but as often not
 * (表扬 → 表格), so these alternatives are only candidates: rank.ts keeps those that stand in a
 * clause together with the query's other words, and counts them below the word itself and below the
 * reviewed synonyms (synonyms.ts). Nothing here is a hand list: the candidates come from the
 * vocabulary (vocabulary.ts), which is the corpus's own words.
 */
import { isQuestionWord } from './segment';

/** Shaped words used at most this often are left out (the synonym table's own words count once). */
export const RARE_COUNT = 1;
/** Shapes compared: 2 to 4 characters (longer words are phrases, matched by their pieces). */
const MIN_LENGTH = 2;
const MAX_LENGTH = 4;
/** Candidates kept per word, most frequent first; rank.ts chooses among them by co-occurrence. */
export const MAX_CANDIDATES = 8;

/**
 * Whether the texts do not use a word: it is not in the vocabulary. (A word seen once is still the
 * texts' word — 到会 — and a phrase jieba cuts, 学习教育, is in the vocabulary as one.)
 */
export function isRare(count: number | undefined): boolean {
	return count === undefined;
}

/** Whether two words of the same length differ in exactly one place (表扬 / 表彰; not 表扬 / 扬表). */
export function sameShape(a: string, b: string): boolean {
	const x = [...a];
	const y = [...b];
	if (x.length !== y.length || x.length < MIN_LENGTH || x.length > MAX_LENGTH) return false;
	let differ = 0;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
	return differ === 1;
}

/**
 * The corpus words shaped like `word` (sameShape), used more than rarely, most frequent first, at
 * most `limit`; none when a word of the vocabulary holds `word` (the texts use it, inside that word). `words` is whatever part of the vocabulary is loaded: the words starting with each
 * of the query's characters and those ending with them (vocabulary.ts, forward and reverse shards).
 */
export function sameShapeWords(word: string, words: Iterable<readonly [string, number]>, limit = MAX_CANDIDATES): string[] {
	const out: [string, number][] = [];
	for (const [w, n] of words) {
		// The texts use the word inside a longer one (流动 in 流动性, 兼职 in 专兼职): a clause is matched
		// on the characters, so it is found as it is and needs no stand-in.
		if (w !== word && w.includes(word)) return [];
		if (n > RARE_COUNT && w !== word && sameShape(word, w) && !isQuestionWord(w)) out.push([w, n]);
	}
	return out
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([w]) => w);
}

/**
 * The words of a token to find shapes for: the token (2 to 4 characters), and when it is a run of
 * three or more characters the segmenter kept together because it knew none of them (会表扬), its
 * last two: a Chinese word group ends in its head, and what comes before it in such a run is mostly
 * a single modal or adverb (会、要、都), which the vocabulary, having no single characters, cannot tell.
 */
export function shapeKeys(token: string): string[] {
	const chars = [...token];
	if (chars.length < MIN_LENGTH || !/^\p{Script=Han}+$/u.test(token)) return [];
	const keys = chars.length <= MAX_LENGTH ? [token] : [];
	if (chars.length > 2) keys.push(chars.slice(-2).join(''));
	return keys;
}
