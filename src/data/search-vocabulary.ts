/**
 * Build-time: the corpus's words for query understanding — the search vocabulary (segmenting
 * questions, src/lib/search/vocabulary.ts) and the word list of the pinyin dictionary (typos and
 * pinyin input). The texts are read as the Markdown pipeline recorded them (remark-paragraphs), the
 * same blocks the pages show, and cut with jieba (@node-rs/jieba, the jieba-rs dictionary
 * segmenter; Pagefind's index of Chinese is a jieba segmentation too), once per build.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { version as jiebaVersion } from '@node-rs/jieba/package.json';
import { corpusTexts, glossaryEntries, policyEntries } from './entries';
import { cacheDirOf } from './texts';
import { contentHash, ResultCache } from '../integrations/build-cache';
import { countWords } from '../lib/search/vocabulary';
import { synonymWords } from '../lib/search/synonyms';
import { ISSUER_ABBREVIATIONS } from '../lib/search/issuers';
import { isQuestionWord } from '../lib/search/segment';

let built: ReturnType<typeof build> | undefined;

const HAN_RUNS = /\p{Script=Han}+/gu;

/** Characters in a word: code points (a rare character outside the BMP is one), fast for the rest. */
const charCount = (word: string): number => (/[\uD800-\uDFFF]/.test(word) ? [...word].length : word.length);

/**
 * Set phrases of the texts that jieba's general dictionary cuts (组织生活 + 会 → 组织生活会, 社会 +
 * 组织 → 社会组织, 副 + 书记 → 副书记): two or three adjacent words, 3 to 6 characters, no function
 * word, at least `min` times, and stable — the phrase accounts for at least a quarter of the
 * occurrences of its rarest word, so chance neighbours (书记 + 每年) are not phrases.
 */
function collocations(texts: readonly string[], cut: (s: string) => string[], min = 4): Map<string, number> {
	const words = new Map<string, number>();
	const phrases = new Map<string, { n: number; parts: string[] }>();
	for (const text of texts) {
		for (const run of text.match(HAN_RUNS) ?? []) {
			const tokens = cut(run);
			for (const t of tokens) words.set(t, (words.get(t) ?? 0) + 1);
			// per token once, not per phrase: this loop runs over every word of the corpus
			const lengths = tokens.map(charCount);
			const asks = tokens.map(isQuestionWord);
			for (let i = 0; i < tokens.length; i++) {
				let phrase = tokens[i]!;
				let length = lengths[i]!;
				let ask = asks[i]!;
				for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
					phrase += tokens[i + n - 1]!;
					length += lengths[i + n - 1]!;
					ask ||= asks[i + n - 1]!;
					if (length < 3 || length > 6 || ask) continue;
					const seen = phrases.get(phrase);
					if (seen) seen.n++;
					else phrases.set(phrase, { n: 1, parts: tokens.slice(i, i + n) });
				}
			}
		}
	}
	const out = new Map<string, number>();
	for (const [phrase, { n, parts }] of phrases) {
		const rarest = Math.min(...parts.map((p) => words.get(p) ?? n));
		if (n >= min && n * 4 >= rarest) out.set(phrase, n);
	}
	return out;
}

/**
 * jieba's cut of every run of Han characters in `texts`, as a lookup for `cut`. Cutting is most of
 * this module's work (at 5,000 texts, half a minute of every build), and a text's cut depends only on
 * the text and jieba's version and dictionary: each text's cut is kept in Astro's cache folder by the
 * text's hash, so a build after changing one text cuts that one text.
 */
function cutRuns(texts: readonly string[], cacheDir: string | undefined): (run: string) => string[] {
	let jieba: Jieba | undefined;
	const cutFresh = (run: string) => (jieba ??= Jieba.withDict(dict)).cut(run, false);
	const cache = cacheDir ? new ResultCache<string>(cacheDir, 'search-vocabulary-cuts', `@node-rs/jieba ${jiebaVersion}`) : undefined;
	const runs = new Map<string, string[]>();
	for (const text of texts) {
		const inText = text.match(HAN_RUNS) ?? [];
		const hash = contentHash(text);
		// stored: each run's words joined by spaces, runs by line breaks (Han runs hold neither)
		const stored = cache?.lookup(hash)?.split('\n');
		const kept = stored?.length === inText.length;
		const cuts = kept ? stored!.map((r) => r.split(' ')) : inText.map(cutFresh);
		if (!kept) cache?.store(hash, cuts.map((words) => words.join(' ')).join('\n'));
		inText.forEach((run, i) => runs.set(run, cuts[i]!));
	}
	cache?.save();
	return (run) => runs.get(run) ?? cutFresh(run);
}

async function build() {
	const [policies, glossary] = await Promise.all([policyEntries(), glossaryEntries()]);
	// The texts as the pages show them, a block a line: words and phrases are read within runs of Han
	// characters, so none spans two blocks.
	const texts = (await corpusTexts()).map((t) => t.text);
	const cut = cutRuns(texts, policies[0] && cacheDirOf(policies[0]));
	const names = [
		...glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
		...policies.flatMap((p) => [p.data.shortTitle ?? '', ...p.data.aliases]),
		...ISSUER_ABBREVIATIONS.map((a) => a.abbr),
	].filter(Boolean);
	const counts = countWords(texts, cut, [...names, ...synonymWords()]);
	for (const [phrase, n] of collocations(texts, cut)) if (!counts.has(phrase)) counts.set(phrase, n);
	// A name (glossary term, short title) is read whole even when its parts are common words
	// (社会组织 is not 社会 + 组织): it counts as often as a common word.
	const common = Math.ceil([...counts.values()].reduce((a, b) => a + b, 0) / 200);
	for (const name of names) if (counts.has(name)) counts.set(name, Math.max(counts.get(name)!, common));
	// For pinyin: names first, then the words by frequency.
	const byCount = [...counts]
		.filter(([, n]) => n >= 2)
		.sort((a, b) => b[1] - a[1])
		.map(([w]) => w);
	const pinyinWords = [...new Set([...names, ...byCount])];
	return { counts, pinyinWords };
}

/** The corpus's word counts and the words the pinyin dictionary spells (most important first). */
export function searchVocabulary() {
	built ??= build();
	return built;
}
