/**
 * Same-sound typos (三会一棵 → 三会一课, 换界选举 → 换届选举), pure: a query's characters are read as
 * toneless pinyin and looked up among the corpus's own words (terms, titles, frequent phrases). The
 * dictionary is made at build time with pinyin-pro (src/lib/search/pinyin-dictionary.ts) and fetched
 * only when a query finds nothing verbatim.
 */
export interface PinyinDictionary {
	/** Toneless syllable → the characters read that way (GB 2312, every reading of each). */
	chars: Record<string, string>;
	/** Syllables of a corpus word joined by spaces → the word. */
	words: Record<string, string>;
}

const readingsCache = new WeakMap<PinyinDictionary, Map<string, string[]>>();

function readingsOf(dict: PinyinDictionary): Map<string, string[]> {
	let map = readingsCache.get(dict);
	if (map) return map;
	map = new Map();
	for (const [syllable, chars] of Object.entries(dict.chars)) {
		for (const ch of chars) map.set(ch, [...(map.get(ch) ?? []), syllable]);
	}
	readingsCache.set(dict, map);
	return map;
}

/** Pinyin keys of a run of characters: every combination of readings, at most `limit`. */
function keysOf(run: string, readings: Map<string, string[]>, limit = 32): string[] {
	let keys = [''];
	for (const ch of run) {
		const r = readings.get(ch);
		if (!r) return [];
		keys = keys.flatMap((k) => r.map((s) => (k ? `${k} ${s}` : s))).slice(0, limit);
	}
	return keys;
}

/**
 * The query with its longest same-sound misspelling replaced by a corpus word, or undefined when
 * nothing sounds like a corpus word that is spelled differently. A run that is itself a corpus word
 * (`known`) is no misspelling: a question's own words are never “corrected” into others.
 */
export function suggestSpelling(query: string, dict: PinyinDictionary, known: (word: string) => boolean = () => false): string | undefined {
	const readings = readingsOf(dict);
	const text = query.replace(/\s+/g, ' ').trim();
	const chars = [...text];
	for (let len = Math.min(chars.length, 12); len >= 2; len--) {
		for (let i = 0; i + len <= chars.length; i++) {
			const run = chars.slice(i, i + len).join('');
			if (!/^\p{Script=Han}+$/u.test(run) || known(run)) continue;
			for (const key of keysOf(run, readings)) {
				const word = dict.words[key];
				if (word && word !== run) return [...chars.slice(0, i), word, ...chars.slice(i + len)].join('');
			}
		}
	}
	return undefined;
}
