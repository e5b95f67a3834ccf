/**
 * Pinyin typed for Chinese (pure): full pinyin (zuzhishenghuohui), initials (zzshh) and Chinese mixed
 * with pinyin (换jie) become the corpus's own words. The dictionary is the same-sound dictionary
 * (typos.ts; made with pinyin-pro at build time from the corpus's words, most important first), read
 * here without the spaces between syllables and by initials.
 */
import { chineseNumeral } from '../numerals';
import type { PinyinDictionary } from './typos';

interface PinyinIndex {
	/** Syllables without spaces → the word (the first, i.e. most important, keeps a key). */
	full: Map<string, string>;
	/** First letters of the syllables → the word. */
	initials: Map<string, string>;
	/**
	 * The first two or more syllables of a longer word → its characters so far (dang jian qiang hui →
	 * 党建强会, of 党建强会行动): a phrase the texts use, typed without its last words, which the
	 * dictionary (whole vocabulary words only) does not list on its own.
	 */
	prefixes: Map<string, string>;
	/** Character → its toneless readings. */
	readings: Map<string, string[]>;
	/** Longest full key, in letters. */
	longest: number;
	/** Every toneless syllable the dictionary knows (zu, zhi, sheng…). */
	syllables: Set<string>;
}

const cache = new WeakMap<PinyinDictionary, PinyinIndex>();

function indexOf(dict: PinyinDictionary): PinyinIndex {
	let index = cache.get(dict);
	if (index) return index;
	const full = new Map<string, string>();
	const initials = new Map<string, string>();
	const prefixes = new Map<string, string>();
	let longest = 0;
	for (const [key, word] of Object.entries(dict.words)) {
		const syllables = key.split(' ');
		const joined = syllables.join('');
		if (!full.has(joined)) full.set(joined, word);
		longest = Math.max(longest, joined.length);
		const first = syllables.map((s) => s[0]).join('');
		if (syllables.length >= 2 && !initials.has(first)) initials.set(first, word);
		// One syllable per character, so the first k syllables are the first k characters.
		const chars = [...word];
		if (chars.length !== syllables.length) continue;
		for (let k = 2; k < syllables.length; k++) {
			const start = syllables.slice(0, k).join('');
			if (!prefixes.has(start)) prefixes.set(start, chars.slice(0, k).join(''));
		}
	}
	const readings = new Map<string, string[]>();
	for (const [syllable, chars] of Object.entries(dict.chars)) {
		for (const ch of chars) readings.set(ch, [...(readings.get(ch) ?? []), syllable]);
	}
	index = { full, initials, prefixes, readings, longest, syllables: new Set(Object.keys(dict.chars)) };
	cache.set(dict, index);
	return index;
}

/** Letters, with Chinese characters or digits or neither: the part of a query word that may be pinyin (6hao). */
export function hasPinyin(word: string): boolean {
	return /[a-z]/i.test(word) && /^[a-z0-9\p{Script=Han}]+$/iu.test(word);
}

/**
 * A word typed with digits among pinyin (6hao, shuangqiang6hao) as it may be read: each number as a
 * Chinese numeral, which the texts write (双强六好); 2 also as 两 (两新). At most four spellings.
 */
export function numeralSpellings(word: string): string[] {
	let out = [''];
	for (const run of word.match(/[0-9]+|[^0-9]+/g) ?? []) {
		if (!/^[0-9]+$/.test(run)) out = out.map((s) => s + run);
		else {
			const n = Number(run);
			const forms = n === 2 ? ['二', '两'] : [chineseNumeral(n)];
			out = out.flatMap((s) => forms.map((f) => s + f));
		}
	}
	return out.slice(0, 4);
}

/**
 * A run of letters as corpus words: the split into the fewest words, each a full-pinyin word, the
 * initials of one (two letters at least) or the start of a longer one (two syllables at least);
 * a whole word in full pinyin wins a tie. Undefined when no split exists.
 */
function readLetters(letters: string, index: PinyinIndex): string[] | undefined {
	const n = letters.length;
	// cost[i]: best (pieces, initials used) for letters[i..].
	const best: ({ pieces: number; initials: number; words: string[] } | undefined)[] = new Array(n + 1).fill(undefined);
	best[n] = { pieces: 0, initials: 0, words: [] };
	for (let i = n - 1; i >= 0; i--) {
		for (let j = Math.min(n, i + index.longest); j > i; j--) {
			const key = letters.slice(i, j);
			const rest = best[j];
			if (!rest) continue;
			const options: [string | undefined, number][] = [
				[index.full.get(key), 0],
				[key.length >= 2 ? index.initials.get(key) : undefined, 1],
				[index.prefixes.get(key), 1],
			];
			for (const [word, initial] of options) {
				if (!word) continue;
				const candidate = { pieces: rest.pieces + 1, initials: rest.initials + initial, words: [word, ...rest.words] };
				const current = best[i];
				if (
					!current ||
					candidate.pieces < current.pieces ||
					(candidate.pieces === current.pieces && candidate.initials < current.initials)
				) {
					best[i] = candidate;
				}
			}
		}
	}
	return best[0]?.words;
}

/** Every full-pinyin spelling of a mixed word (Chinese characters read every way), at most `limit`. */
function spellings(word: string, index: PinyinIndex, limit = 16): string[] {
	let out = [''];
	for (const ch of word) {
		if (/[a-z]/.test(ch)) out = out.map((s) => s + ch);
		else {
			const r = index.readings.get(ch);
			if (!r) return [];
			out = out.flatMap((s) => r.map((syllable) => s + syllable)).slice(0, limit);
		}
	}
	return out;
}

/**
 * A query word with pinyin in it read as Chinese, or undefined when it cannot be read. Letters only:
 * split into corpus words. Mixed (换jie, 党建zhidaoyuan): the whole spelled as one corpus word that
 * keeps the typed characters, else the characters kept and the letters read on their own.
 */
export function readPinyin(word: string, dict: PinyinDictionary): string | undefined {
	if (!hasPinyin(word)) return undefined;
	if (/[0-9]/.test(word)) {
		for (const spelling of numeralSpellings(word)) {
			const read = readPinyin(spelling, dict);
			if (read) return read;
		}
		return undefined;
	}
	const index = indexOf(dict);
	const lower = word.toLowerCase();
	if (/^[a-z]+$/.test(lower)) return readLetters(lower, index)?.join('');
	const typedChars = [...lower].filter((ch) => !/[a-z]/.test(ch));
	for (const spelling of spellings(lower, index)) {
		// A corpus word spelled exactly so, keeping the characters typed (换jie → 换届, not 换界).
		const found = index.full.get(spelling);
		if (found && typedChars.every((ch) => found.includes(ch))) return found;
	}
	let out = '';
	for (const run of lower.match(/[a-z]+|[^a-z]+/g) ?? []) {
		if (/^[a-z]+$/.test(run)) {
			const read = readLetters(run, index);
			if (!read) return undefined;
			out += read.join('');
		} else out += run;
	}
	return out;
}

/**
 * Pinyin typed with a space between syllables (zu zhi sheng huo hui) as one word: a run of two or more
 * words of letters (and digits) is joined when each is a single syllable, or when joined they spell
 * one corpus word (gongneng xing → 功能型, shuangqiang 6hao → 双强六好). Other words, and runs that spell several words (chae xuanju, two
 * words a search wants both of), stay apart.
 */
export function joinSyllables(words: readonly string[], dict: PinyinDictionary): string[] {
	const index = indexOf(dict);
	const letters = (w: string | undefined) => w !== undefined && /[a-z]/i.test(w) && /^[a-z0-9]+$/i.test(w);
	// Joined, the run spells one corpus word (digits as numerals: shuangqiang 6hao → 双强六好).
	const oneWord = (joined: string) => numeralSpellings(joined).some((w) => spellings(w, index).some((s) => index.full.has(s)));
	const out: string[] = [];
	for (let i = 0; i < words.length;) {
		let end = i + 1;
		if (letters(words[i])) {
			for (let j = i + 2; j <= words.length && letters(words[j - 1]); j++) {
				const run = words.slice(i, j).map((w) => w.toLowerCase());
				if (run.every((w) => index.syllables.has(w)) || oneWord(run.join(''))) end = j;
			}
		}
		out.push(end > i + 1 ? words.slice(i, end).join('') : words[i]!);
		i = end;
	}
	return out;
}
