/**
 * Words the texts never use (pure): when a content word of a query does not occur in the corpus —
 * or only as the synonym table's own entry — the search also looks for corpus words shaped like it:
 * the same length, the same characters in the same places but one (表扬 → 表彰, 到场 → 到会,
 * 调走 → 调动). Chinese words built on a shared character often share its sense, but as often not
 * (表扬 → 表格), so these alternatives are only candidates: rank.ts keeps those that stand in a
 * clause together with the query's other words, and counts them below the word itself and below the
 * reviewed synonyms (synonyms.ts). Nothing here is a hand list: the candidates come from the
 * vocabulary (vocabulary.ts), which is the corpus's own words.
 *
 * The browser loads this module only for a query with such a word (segment.ts isRare, shapeKeys
 * decide which): the engine passes chooseRelated to rank.ts.
 */
import { isQuestionWord, MAX_SHAPE, MIN_SHAPE, shapeKeys } from './segment';
import { holds } from './rank';
import type { Passage } from './passages';
import type { QueryTerm } from './normalise';

/** Shaped words used at most this often are left out (the synonym table's own words count once). */
export const RARE_COUNT = 1;
/** Candidates kept per word, most frequent first; rank.ts chooses among them by co-occurrence. */
export const MAX_CANDIDATES = 8;

/**
 * Whether two words of the same length differ in exactly one place, not the first (表扬 / 表彰; not
 * 表扬 / 扬表). Words that share only what follows their first character mostly share a suffix or
 * a common second morpheme (摊子 / 班子, 好会 / 学会, 评上 / 以上, 收新 / 两新), which says nothing
 * of their sense; those that share their first (表扬 / 表彰, 到场 / 到会, 调走 / 调动) often do.
 */
export function sameShape(a: string, b: string): boolean {
	const x = [...a];
	const y = [...b];
	if (x.length !== y.length || x.length < MIN_SHAPE || x.length > MAX_SHAPE || x[0] !== y[0]) return false;
	let differ = 0;
	for (let i = 1; i < x.length; i++) if (x[i] !== y[i]) differ++;
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

/** Per word the texts do not use: the shaped words chosen, each with the part of the word it stands for (会表扬 → [表彰, 表扬]). */
export type RelatedChoice = Map<QueryTerm, [shaped: string, stands: string][]>;
export type ChooseRelated = (terms: readonly QueryTerm[], passages: readonly Passage[], idf: (t: QueryTerm) => number) => RelatedChoice;

/** Shaped words kept per word: those standing beside the query's other words in the most clauses. */
const RELATED_KEPT = 2;

/**
 * The shaped words (QueryTerm.related) worth searching clauses for: those that stand in a clause
 * beside the query's other words, weighed by those words' weight, per clause that holds the shaped
 * word, best first, at most RELATED_KEPT a word (表扬 → 表彰 beside 学会 and 党建, not 表格).
 * A query of that one word keeps the most used.
 */
export const chooseRelated: ChooseRelated = (terms, passages, idf) => {
	const chosen: RelatedChoice = new Map();
	const texts = passages.map((p) => `${p.headings} ${p.text}`.toLowerCase());
	for (const t of terms) {
		if (!t.related?.length) continue;
		const others = terms.filter((o) => o !== t && o.weight >= 1);
		const weights = t.related.map((r, order) => {
			let w = 0;
			let n = 0;
			for (const text of texts) {
				if (!text.includes(r.toLowerCase())) continue;
				n++;
				w += others.length ? others.filter((o) => holds(o, text)).reduce((sum, o) => sum + o.weight * idf(o), 0) : 1;
			}
			// Per clause that holds it: a word in every other clause (会议, 充分) says little about any.
			return { r, w: n ? w / n : 0, order };
		});
		const kept = weights
			.filter((x) => x.w > 0)
			.sort((a, b) => b.w - a.w || a.order - b.order)
			.slice(0, RELATED_KEPT)
			// Named by the part it stands for (会表扬 → “表扬”), as the user will recognise it.
			.map((x): [string, string] => [x.r, shapeKeys(t.text).find((k) => sameShape(k, x.r)) ?? t.text]);
		if (kept.length) chosen.set(t, kept);
	}
	return chosen;
};
