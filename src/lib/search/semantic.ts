/**
 * Words that keep the same company (pure): closeness of meaning computed from the corpus itself.
 *
 * A question in everyday words often shares one or two words with the clause that answers it and
 * misses the rest (“负责人” asked, “书记” written). No table can list every such pair, but the corpus
 * says which of its words are used alike: words that stand in clauses beside the same other words.
 * At build time each clause's words (jieba's cut, src/data/search-semantic.ts) give a positive
 * pointwise mutual information (PPMI) vector per word — how much more often than chance it shares a
 * clause with each other word — and a word's neighbours are the words whose vectors point the same
 * way (cosine similarity): 书记 → 负责人, 场所 → 设施. They are candidates, not synonyms: rank.ts
 * counts a neighbour in a clause only when the clause lacks the word itself and holds another of the
 * query's words, and below shaped words and the reviewed synonym table.
 *
 * Served in shards by the word's first character (like the vocabulary), fetched only for a query
 * whose words the first ranking did not find together in one clause.
 */
import { shardOf } from './dictionary';

/** A word's neighbours, closest first, as `word:similarity` with the similarity in hundredths. */
export type SemanticShard = Record<string, string>;

export interface SemanticManifest {
	shards: number;
}

/** Words in fewer clauses than this have no vector worth comparing (one clause is one context). */
export const MIN_CLAUSES = 3;
/** Contexts kept per word (its strongest PPMI), so the comparison stays linear in the vocabulary. */
const CONTEXTS = 40;
/** Neighbours kept per word, and the least similarity worth keeping. */
export const NEIGHBOURS = 4;
export const MIN_SIMILARITY = 0.3;
/** Context distribution smoothing (Levy, Goldberg & Dagan 2015): rare contexts weigh less. */
const ALPHA = 0.75;
/** Shards aim at about this many bytes of JSON. */
const SHARD_BYTES = 2 * 1024;

/**
 * Each word's nearest words by the cosine of their PPMI vectors over clauses. `clauses`: the
 * content words of each clause (duplicates within a clause count once).
 */
export function neighbours(clauses: readonly (readonly string[])[]): Map<string, [string, number][]> {
	const sets = clauses.map((c) => [...new Set(c)]);
	const df = new Map<string, number>();
	for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
	const kept = (w: string) => (df.get(w) ?? 0) >= MIN_CLAUSES;
	const together = new Map<string, Map<string, number>>();
	for (const s of sets) {
		const words = s.filter(kept);
		for (const a of words) {
			let row = together.get(a);
			if (!row) together.set(a, (row = new Map()));
			for (const b of words) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
		}
	}
	const n = sets.length;
	let smoothed = 0;
	for (const [w, d] of df) if (kept(w)) smoothed += d ** ALPHA;
	// PPMI(a, b) = log P(a, b) / (P(a) Pα(b)), positive part, each word's strongest contexts only.
	const vectors = new Map<string, Map<string, number>>();
	for (const [a, row] of together) {
		const entries: [string, number][] = [];
		for (const [b, both] of row) {
			const pmi = Math.log((both * smoothed) / (df.get(a)! * df.get(b)! ** ALPHA));
			if (pmi > 0) entries.push([b, pmi]);
		}
		entries.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
		const top = entries.slice(0, CONTEXTS);
		const norm = Math.sqrt(top.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
		vectors.set(a, new Map(top.map(([b, v]) => [b, v / norm])));
	}
	// Dot products through shared contexts: a context's column lists the words that have it.
	const columns = new Map<string, [string, number][]>();
	for (const [a, vector] of vectors) for (const [c, v] of vector) columns.set(c, [...(columns.get(c) ?? []), [a, v]]);
	const out = new Map<string, [string, number][]>();
	for (const [a, vector] of vectors) {
		const dots = new Map<string, number>();
		for (const [c, v] of vector) for (const [b, u] of columns.get(c) ?? []) if (b !== a) dots.set(b, (dots.get(b) ?? 0) + v * u);
		const near = [...dots]
			.filter(([, s]) => s >= MIN_SIMILARITY)
			.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
			.slice(0, NEIGHBOURS)
			.map(([b, s]): [string, number] => [b, Math.round(s * 100) / 100]);
		if (near.length) out.set(a, near);
	}
	return out;
}

/** The neighbour table as a manifest and shards keyed by the word's first character. */
export function buildSemantic(
	table: ReadonlyMap<string, readonly [string, number][]>,
	shardBytes = SHARD_BYTES
): { manifest: SemanticManifest; shards: SemanticShard[] } {
	const entries = [...table].map(([w, near]): [string, string] => [w, near.map(([b, s]) => `${b}:${Math.round(s * 100)}`).join(' ')]);
	const bytes = entries.reduce((sum, [w, list]) => sum + new TextEncoder().encode(w + list).length + 6, 0);
	const count = Math.max(1, Math.ceil(bytes / shardBytes));
	const shards: SemanticShard[] = Array.from({ length: count }, () => ({}));
	for (const [w, list] of entries.sort((a, b) => a[0].localeCompare(b[0]))) shards[shardOf([...w][0]!, count)]![w] = list;
	return { manifest: { shards: count }, shards };
}

/** The shards holding these words' neighbours. */
export function semanticShardsFor(words: readonly string[], manifest: SemanticManifest): number[] {
	return [...new Set(words.filter(Boolean).map((w) => shardOf([...w][0]!, manifest.shards)))];
}

/** Neighbour lookup over the loaded shards: word → [neighbour, similarity][]. */
export function neighbourLookup(shards: Iterable<SemanticShard>): Map<string, [string, number][]> {
	const map = new Map<string, [string, number][]>();
	for (const shard of shards) {
		for (const [w, list] of Object.entries(shard)) {
			const near: [string, number][] = [];
			for (const entry of list.split(' ')) {
				const m = /^(.+):(\d+)$/.exec(entry);
				if (m) near.push([m[1]!, Number(m[2]) / 100]);
			}
			map.set(w, near);
		}
	}
	return map;
}
