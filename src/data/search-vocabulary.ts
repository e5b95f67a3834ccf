/**
 * Build-time: the corpus's words for query understanding — the search vocabulary (segmenting
 * questions, src/lib/search/vocabulary.ts) and the word list of the pinyin dictionary (typos and
 * pinyin input). The texts are read as the Markdown pipeline recorded them (remark-paragraphs), the
 * same blocks the pages show, and cut with jieba (@node-rs/jieba, the jieba-rs dictionary
 * segmenter; Pagefind's index of Chinese is a jieba segmentation too). Each text is cut and tallied
 * once; later builds tally only the texts that changed (corpusTally).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { version as jiebaVersion } from '@node-rs/jieba/package.json';
import { version as pinyinProVersion } from 'pinyin-pro/package.json';
import { entryParagraphs, glossaryEntries, policyEntries, templateEntries } from './entries';
import { cacheDirOf, textHash } from './texts';
import { TallyCache, type Tally } from '../integrations/build-cache';
import { addPhrases, countWords } from '../lib/search/vocabulary';
import { everydayWords, synonymWords } from '../lib/search/synonyms';
import { ISSUER_ABBREVIATIONS } from '../lib/search/issuers';
import { isQuestionWord } from '../lib/search/segment';
import { pinyinDictionaryWith, type KeptReadings } from '../lib/search/pinyin-dictionary';

let built: ReturnType<typeof build> | undefined;

const HAN_RUNS = /\p{Script=Han}+/gu;

/** Characters in a word: code points (a rare character outside the BMP is one), fast for the rest. */
const charCount = (word: string): number => (/[\uD800-\uDFFF]/.test(word) ? [...word].length : word.length);

/**
 * One text's tally: how often each word jieba cuts occurs in its runs of Han characters, and each run
 * of two and of three adjacent words (keyed by the words joined by a space). Everything the
 * vocabulary counts is a sum of these over the texts, so a build after changing one text tallies
 * that text and updates the kept sum (TallyCache) instead of cutting the corpus again; the filters
 * (phrase length, question words) apply to the sum, so a change to them needs no new tallies.
 */
function tallyText(text: string, cut: (run: string) => string[]): Tally {
	const tally: Tally = new Map();
	const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
	for (const run of text.match(HAN_RUNS) ?? []) {
		const tokens = cut(run);
		for (let i = 0; i < tokens.length; i++) {
			add(tokens[i]!);
			if (i + 1 >= tokens.length) continue;
			const two = `${tokens[i]} ${tokens[i + 1]}`;
			add(two);
			if (i + 2 < tokens.length) add(`${two} ${tokens[i + 2]}`);
		}
	}
	return tally;
}

/** What a tally means: the code that makes it (jieba's version and dictionary, runs of 2 and 3 words). */
const TALLY_CODE = `@node-rs/jieba ${jiebaVersion}; words, runs of 2-3 words; 1`;

/** The corpus's tally: the sum of its texts' tallies, kept between builds by the hash of each text's rendering. */
async function corpusTally(): Promise<Tally> {
	const entries = [...(await policyEntries()), ...(await templateEntries())];
	const byHash = new Map<string, (typeof entries)[number]>();
	const items = new Map<string, number>();
	for (const entry of entries) {
		const hash = textHash(entry);
		byHash.set(hash, entry);
		items.set(hash, (items.get(hash) ?? 0) + 1);
	}
	let jieba: Jieba | undefined;
	const cut = (run: string) => (jieba ??= Jieba.withDict(dict)).cut(run, false);
	// The text as the page shows it, a block a line: words and phrases are read within runs of Han characters, so none spans two blocks.
	const tally = async (hash: string) => tallyText((await entryParagraphs(byHash.get(hash)!)).map((p) => p.text).join('\n'), cut);
	const first = entries[0];
	if (!first) return new Map();
	const cacheDir = cacheDirOf(first);
	// where earlier builds kept jieba's cuts of every text (tens of MB at 5,000 texts)
	rmSync(join(cacheDir, 'kb-post-build', 'search-vocabulary-cuts.json'), { force: true });
	return new TallyCache(cacheDir, 'search-vocabulary', TALLY_CODE).sum(items, tally);
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The corpus's words (jieba's cut; countWords decides which are vocabulary) and its set phrases that jieba's
 * general dictionary cuts (组织生活 + 会 → 组织生活会, 社会 + 组织 → 社会组织, 副 + 书记 → 副书记):
 * two or three adjacent words, 3 to 6 characters, no question word, at least `min` times, and stable —
 * the phrase accounts for at least a quarter of the occurrences of its rarest word, so chance
 * neighbours (书记 + 每年) are not phrases. A phrase cut two ways (组织生活 + 会, 组织 + 生活会) is
 * judged by its commonest cut.
 */
function wordsAndPhrases(tally: Tally, min = 4): { words: Map<string, number>; phrases: Map<string, number> } {
	const tokens = new Map<string, number>();
	const cuts: [string, number][] = [];
	for (const [key, n] of tally) {
		if (key.includes(' ')) cuts.push([key, n]);
		else tokens.set(key, n);
	}
	const phrases = new Map<string, { n: number; parts: string[]; best: number }>();
	for (const [key, n] of cuts.sort(byKey)) {
		const parts = key.split(' ');
		const length = parts.reduce((sum, p) => sum + charCount(p), 0);
		if (length < 3 || length > 6 || parts.some(isQuestionWord)) continue;
		const phrase = parts.join('');
		const seen = phrases.get(phrase);
		if (!seen) phrases.set(phrase, { n, parts, best: n });
		else {
			seen.n += n;
			if (n > seen.best) Object.assign(seen, { parts, best: n });
		}
	}
	const out = new Map<string, number>();
	for (const [phrase, { n, parts }] of phrases) {
		const rarest = Math.min(...parts.map((p) => tokens.get(p) ?? n));
		if (n >= min && n * 4 >= rarest) out.set(phrase, n);
	}
	return { words: tokens, phrases: out };
}

async function build() {
	const [policies, glossary, tally] = await Promise.all([policyEntries(), glossaryEntries(), corpusTally()]);
	const names = [
		...glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
		...policies.flatMap((p) => [p.data.shortTitle ?? '', ...p.data.aliases]),
		...ISSUER_ABBREVIATIONS.map((a) => a.abbr),
	].filter(Boolean);
	const { words, phrases } = wordsAndPhrases(tally);
	// The texts' words, and the names and synonym-table words once more each.
	const counts = countWords(words, [...names, ...synonymWords()]);
	addPhrases(counts, words, phrases);
	// A name (glossary term, short title) is read whole even when its parts are common words
	// (社会组织 is not 社会 + 组织): it counts as often as a common word.
	const common = Math.ceil([...counts.values()].reduce((a, b) => a + b, 0) / 200);
	for (const name of names) if (counts.has(name)) counts.set(name, Math.max(counts.get(name)!, common));
	// In the order of the words, not of the texts: a warm build adds texts in another order than a cold one, and must write the same files.
	const sorted = new Map([...counts].sort(byKey));
	// For pinyin: names first, then the words by frequency.
	const byCount = [...sorted]
		.filter(([, n]) => n >= 2)
		.sort((a, b) => b[1] - a[1])
		.map(([w]) => w);
	const pinyinWords = [...new Set([...names, ...byCount])];
	return { counts: sorted, pinyinWords, synonyms: everydayWords() };
}

/**
 * The corpus's word counts, the words the pinyin dictionary spells (most important first) and the
 * synonym table as the browser gets it (everyday word → the texts' words; served in the vocabulary shards).
 */
export function searchVocabulary() {
	built ??= build();
	return built;
}

/** What the kept readings mean: pinyin-pro's version (its readings of a word are fixed for it). */
const PINYIN_CODE = `pinyin-pro ${pinyinProVersion}; toneless, GB 2312; 1`;

/**
 * The pinyin dictionary of the corpus's words (src/lib/search/pinyin-dictionary.ts), with pinyin-pro's
 * readings kept in the cache folder between builds: a later build spells only words it has not
 * seen, and writes the same dictionary as a build that spells them all.
 */
export async function searchPinyin() {
	const { pinyinWords } = await searchVocabulary();
	const first = (await policyEntries())[0] ?? (await templateEntries())[0];
	const file = first ? join(cacheDirOf(first), 'kb-tallies', 'search-pinyin.json') : undefined;
	let kept: KeptReadings | undefined;
	try {
		const stored = file ? (JSON.parse(readFileSync(file, 'utf8')) as { code?: string } & Partial<KeptReadings>) : undefined;
		if (stored?.code === PINYIN_CODE && stored.chars && stored.words) kept = { chars: stored.chars, words: stored.words };
	} catch {
		// none kept yet, or a damaged file: ask pinyin-pro for everything
	}
	const { dictionary, readings, asked } = pinyinDictionaryWith(pinyinWords, kept);
	if (file && asked) {
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(`${file}.tmp`, JSON.stringify({ code: PINYIN_CODE, ...readings }));
		renameSync(`${file}.tmp`, file);
	}
	return dictionary;
}
