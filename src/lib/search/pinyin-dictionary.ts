/**
 * Build-time: the pinyin dictionary for same-sound typo suggestions (src/lib/search/typos.ts) and
 * pinyin input (pinyin-input.ts). pinyin-pro runs here only; the browser gets the small JSON it produces.
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
