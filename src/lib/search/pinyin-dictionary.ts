/**
 * Build-time: the pinyin dictionary for same-sound typo suggestions (src/lib/search/typos.ts) and
 * pinyin input (pinyin-input.ts). pinyin-pro runs here only; the browser gets the small JSON it produces.
 */
import { pinyin } from 'pinyin-pro';
import type { PinyinDictionary } from './typos';

/**
 * What pinyin-pro said, kept between builds (src/data/search-vocabulary.ts): the readings of the GB
 * 2312 characters and each word's syllables. They depend on pinyin-pro's version only, and asking it
 * is most of the dictionary's cost (about 0.4 s of CPU a build, mostly the 6,763 characters), so a
 * build after adding a text spells only the words it has not seen.
 */
export interface KeptReadings {
	chars: Record<string, string>;
	/** Word → its toneless syllables joined by spaces. */
	words: Record<string, string>;
}

function gb2312(): string[] {
	const decoder = new TextDecoder('gb2312');
	const out: string[] = [];
	for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out.push(decoder.decode(new Uint8Array([hi, lo])));
	return out.filter((c) => /^\p{Script=Han}$/u.test(c));
}

function charReadings(): Record<string, string> {
	const chars: Record<string, string> = {};
	for (const ch of gb2312()) {
		for (const syllable of new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }))) {
			chars[syllable] = (chars[syllable] ?? '') + ch;
		}
	}
	return chars;
}

const key = (word: string) => pinyin(word, { toneType: 'none', type: 'array' }).join(' ');

/**
 * `words`: the corpus's own words, most important first (terms and titles before frequent phrases);
 * when two words sound alike, the first keeps the key. `kept`: the readings of an earlier build with
 * the same pinyin-pro; returned, the readings of these words (what to keep for the next build) and
 * whether pinyin-pro was asked anything (whether they differ from `kept`'s).
 */
export function pinyinDictionaryWith(
	words: readonly string[],
	kept?: KeptReadings
): { dictionary: PinyinDictionary; readings: KeptReadings; asked: boolean } {
	const chars = kept?.chars ?? charReadings();
	const spelled: Record<string, string> = {};
	let asked = !kept;
	const table: Record<string, string> = {};
	for (const word of words) {
		if (!/^\p{Script=Han}{2,12}$/u.test(word)) continue;
		let k = kept?.words[word];
		if (k === undefined) {
			k = key(word);
			asked = true;
		}
		spelled[word] = k;
		if (!(k in table)) table[k] = word;
	}
	return { dictionary: { chars, words: table }, readings: { chars, words: spelled }, asked };
}

export function buildPinyinDictionary(words: readonly string[]): PinyinDictionary {
	return pinyinDictionaryWith(words).dictionary;
}
