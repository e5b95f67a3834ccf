/**
 * Build-time: the pinyin dictionary for same-sound typo suggestions (src/lib/search/typos.ts).
 * pinyin-pro runs here only; the browser gets the small JSON it produces.
 */
import { pinyin } from 'pinyin-pro';
import type { PinyinDictionary } from './typos';

function gb2312(): string[] {
	const decoder = new TextDecoder('gb2312');
	const out: string[] = [];
	for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out.push(decoder.decode(new Uint8Array([hi, lo])));
	return out.filter((c) => /^\p{Script=Han}$/u.test(c));
}

const key = (word: string) => pinyin(word, { toneType: 'none', type: 'array' }).join(' ');

/**
 * Phrases of 2–4 Chinese characters that occur often in the texts, most frequent first: two-character
 * words `min2` times, longer ones `min` times, at most `limit` of them (a short list keeps the
 * dictionary small; without the cap a corpus of 5,000 texts passes the thresholds with ~37,000 phrases).
 */
export function frequentPhrases(texts: readonly string[], min = 6, min2 = 15, limit = 3000): string[] {
	// Runs of Chinese between punctuation repeat a great deal (set phrases, clauses quoted from other
	// texts): count each distinct run once, then its phrases by the run's count. Same counts, same
	// order of first occurrence, and at 500 texts 1.8 s of the build became about 0.1 s.
	const runs = new Map<string, number>();
	for (const text of texts) for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) runs.set(run, (runs.get(run) ?? 0) + 1);
	const counts = new Map<string, number>();
	for (const [run, times] of runs) {
		const chars = [...run];
		for (let len = 2; len <= 4; len++) {
			for (let i = 0; i + len <= chars.length; i++) {
				const w = chars.slice(i, i + len).join('');
				counts.set(w, (counts.get(w) ?? 0) + times);
			}
		}
	}
	return [...counts]
		.filter(([w, n]) => n >= (w.length === 2 ? min2 : min))
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([w]) => w);
}

/**
 * `words`: the corpus's own words, most important first (terms and titles before frequent phrases);
 * when two words sound alike, the first keeps the key.
 */
export function buildPinyinDictionary(words: readonly string[]): PinyinDictionary {
	const chars: Record<string, string> = {};
	for (const ch of gb2312()) {
		for (const syllable of new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }))) {
			chars[syllable] = (chars[syllable] ?? '') + ch;
		}
	}
	const table: Record<string, string> = {};
	for (const word of words) {
		if (!/^\p{Script=Han}{2,12}$/u.test(word)) continue;
		const k = key(word);
		if (!(k in table)) table[k] = word;
	}
	return { chars, words: table };
}
