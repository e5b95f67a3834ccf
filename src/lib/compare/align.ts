/**
 * Paragraph alignment of two texts for 对照阅读. Pure, no DOM: runs at build time and in the browser.
 *
 * Similarity of two paragraphs is the Dice coefficient of their character bigrams (whitespace and
 * punctuation ignored). The alignment is monotone (no crossing pairs, order of both texts kept) and
 * may leave paragraphs unpaired: a dynamic programme maximises the summed similarity above
 * `threshold` over all monotone matchings.
 */

/** [left index, right index]; null on the side where the paragraph has no counterpart. */
export type AlignedPair = [number | null, number | null];

export interface AlignOptions {
	/** Minimum similarity for two paragraphs to be paired (0–1). Low on purpose: an adapted text rewrites a lot, and the DP only pairs in order. */
	threshold?: number;
}

/** Characters that do not count for similarity: spaces and punctuation, ASCII and CJK. */
const IGNORED = /[\s\p{P}\p{S}]/gu;

export function normaliseForSimilarity(text: string): string {
	return text.replace(IGNORED, '');
}

/** Multiset of character bigrams (a single character counts as its own gram). */
export function bigrams(text: string): Map<string, number> {
	const chars = [...normaliseForSimilarity(text)];
	const grams = new Map<string, number>();
	if (chars.length === 1) grams.set(chars[0]!, 1);
	for (let i = 0; i + 1 < chars.length; i++) {
		const g = chars[i]! + chars[i + 1]!;
		grams.set(g, (grams.get(g) ?? 0) + 1);
	}
	return grams;
}

function total(grams: Map<string, number>): number {
	let n = 0;
	for (const v of grams.values()) n += v;
	return n;
}

/** Dice coefficient of two bigram multisets: 1 for equal texts, 0 for nothing in common. */
export function diceOfGrams(a: Map<string, number>, b: Map<string, number>, sizeA = total(a), sizeB = total(b)): number {
	if (sizeA === 0 && sizeB === 0) return 1;
	if (sizeA === 0 || sizeB === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let common = 0;
	for (const [g, n] of small) {
		const m = large.get(g);
		if (m) common += Math.min(n, m);
	}
	return (2 * common) / (sizeA + sizeB);
}

export function similarity(a: string, b: string): number {
	return diceOfGrams(bigrams(a), bigrams(b));
}

/**
 * Monotone alignment of `left` and `right` paragraphs. Every index of both sides appears exactly
 * once, in order; unpaired paragraphs are emitted at their place (left-only before right-only).
 */
export function alignParagraphs(left: readonly string[], right: readonly string[], options: AlignOptions = {}): AlignedPair[] {
	const threshold = options.threshold ?? 0.2;
	const n = left.length;
	const m = right.length;
	const lg = left.map(bigrams);
	const rg = right.map(bigrams);
	const ls = lg.map(total);
	const rs = rg.map(total);
	// score[i][j]: best total over left[0..i) and right[0..j); flattened, (m + 1) per row
	const w = m + 1;
	const score = new Float64Array((n + 1) * w);
	const move = new Uint8Array((n + 1) * w); // 1 = skip left, 2 = skip right, 3 = pair
	for (let i = 1; i <= n; i++) move[i * w] = 1;
	for (let j = 1; j <= m; j++) move[j] = 2;
	for (let i = 1; i <= n; i++) {
		for (let j = 1; j <= m; j++) {
			let best = score[(i - 1) * w + j]!;
			let how = 1;
			const skipRight = score[i * w + j - 1]!;
			if (skipRight > best) {
				best = skipRight;
				how = 2;
			}
			// empty paragraphs never pair: they carry no evidence
			if (ls[i - 1]! > 0 && rs[j - 1]! > 0) {
				const sim = diceOfGrams(lg[i - 1]!, rg[j - 1]!, ls[i - 1], rs[j - 1]);
				if (sim >= threshold) {
					const pair = score[(i - 1) * w + j - 1]! + sim;
					if (pair > best) {
						best = pair;
						how = 3;
					}
				}
			}
			score[i * w + j] = best;
			move[i * w + j] = how;
		}
	}
	// backtrack, then emit in order; between two pairs the left-only paragraphs come first
	const path: AlignedPair[] = [];
	let i = n;
	let j = m;
	while (i > 0 || j > 0) {
		const how = move[i * w + j];
		if (how === 3) path.push([--i, --j]);
		else if (how === 1) path.push([--i, null]);
		else path.push([null, --j]);
	}
	path.reverse();
	const out: AlignedPair[] = [];
	let lefts: AlignedPair[] = [];
	let rights: AlignedPair[] = [];
	const flush = () => {
		out.push(...lefts, ...rights);
		lefts = [];
		rights = [];
	};
	for (const p of path) {
		if (p[0] !== null && p[1] !== null) {
			flush();
			out.push(p);
		} else if (p[0] !== null) lefts.push(p);
		else rights.push(p);
	}
	flush();
	return out;
}
