/**
 * Splitting a query into the words of the corpus (pure, no DOM).
 *
 * The vocabulary is built at build time (src/data/search-vocabulary.ts): the words jieba finds in the
 * texts — the same kind of dictionary segmentation Pagefind's index uses for Chinese — with how often
 * each occurs, plus the glossary's terms, the texts' short names and the synonym table's words. In the
 * browser a query is cut the way jieba cuts a sentence: the split whose words are most probable
 * (the product of their frequencies), so an unspaced question becomes the corpus's own words.
 * Question and function words (什么、哪里、几个、吗…) are then set aside: they say what kind of
 * answer is wanted, not what it is about.
 */

/** Word → how often it occurs in the corpus (at least 1); undefined for a word the corpus does not use. */
export type WordCount = (word: string) => number | undefined;

/** Longest word the segmenter looks for (characters). */
export const MAX_WORD = 12;

/**
 * Question and function words: never searched, shown as “略去”. Multi-character ones are words of
 * their own to the segmenter, so 多长时间 is not read as 多 + 长时间. Kept short and general: words
 * that carry meaning in the texts (规定、要求、一般) are not here; rare words weigh more anyway.
 */
export const QUESTION_WORDS: readonly string[] = [
	// Question words.
	'什么',
	'什么样',
	'什么时候',
	'啥时候',
	'何时',
	'啥',
	'咋',
	'咋办',
	'哪',
	'哪里',
	'哪儿',
	'哪些',
	'哪个',
	'哪种',
	'哪类',
	'哪一级',
	'怎么',
	'怎么办',
	'怎么样',
	'怎样',
	'如何',
	'为什么',
	'为何',
	'多少',
	'多久',
	'多长',
	'多长时间',
	'多大',
	'几',
	'几个',
	'几名',
	'几次',
	'几人',
	'几位',
	'几种',
	'有没有',
	'要不要',
	'能不能',
	'可不可以',
	'是不是',
	'会不会',
	'需不需要',
	'用不用',
	'该不该',
	'是否',
	'请问',
	'谁',
	// Particles and function words.
	'吗',
	'呢',
	'吧',
	'啊',
	'呀',
	'么',
	'的',
	'了',
	'着',
	'过',
	'是',
	'在',
	'和',
	'与',
	'跟',
	'或',
	'或者',
	'还是',
	'及',
	'从',
	'向',
	'对',
	'把',
	'被',
	'给',
	'由',
	'让',
	'到',
	'于',
	'我',
	'我们',
	'咱们',
	'你',
	'他',
	'她',
	'他们',
	'她们',
	'这',
	'那',
	'这个',
	'那个',
	'这些',
	'一下',
	'可以',
	'能',
	'能够',
	'要',
	'需要',
	'应该',
	'应当',
	'得',
	'还',
	'都',
	'就',
	'也',
	'才',
	'又',
	'有',
	'没有',
	'没',
	// Negations: left out themselves, they turn the next word into the texts' negated forms (negation.ts).
	'不是',
	'并非',
	'时',
	'时候',
	'叫',
	'来',
	'去',
	'一般',
	'平时',
	'应',
	'该',
	'必须',
	// Colloquial verbs that only say “do” (搞、弄、整、办) or “want” (想、打算), asking (问、请教), and a bare
	// measure word (建个支部): typed on a phone they say nothing about what is asked; kept, each found in
	// no text or in other words only, they weighed as an unfound word and glued the next character to them.
	'搞',
	'弄',
	'整',
	'办',
	'想',
	'想要',
	'打算',
	'能否',
	'可否',
	'咋样',
	'个',
	'问',
	'请教',
	// A potential complement (管不了、收不了): the verb before it is what is asked; kept, 管不 was read
	// as one unknown word (shaped like 管理) and 收不 like 收缴. (管得了 is 得 + 了 already.)
	'不了',
];

const QUESTION_SET = new Set(QUESTION_WORDS);

/**
 * Function words the segmenter counts as seen once rather than as common words: a potential
 * complement (不了) is cut off a verb it follows, but a word of the texts that overlaps it still wins
 * (不了解 is 不 + 了解).
 */
const WEAK_FUNCTION_WORDS = new Set(['不了']);

/**
 * Question words that ask for an amount (多少人、几名委员、多久) or a time (什么时候交): a clause with a
 * number answers them (a date or time limit is one: 11月15日前、每年1次).
 */
export const AMOUNT_QUESTIONS: readonly string[] = [
	'什么时候',
	'啥时候',
	'何时',
	'多少',
	'几',
	'几个',
	'几名',
	'几人',
	'几位',
	'几次',
	'几种',
	'多久',
	'多长',
	'多长时间',
	'多大',
];

/** Question words that ask whether something is allowed or required (能不能 发展党员): a rule answers them. */
export const RULE_QUESTIONS: readonly string[] = ['能不能', '可不可以', '要不要', '需不需要', '用不用', '该不该', '能否', '可否'];
/** Modal verbs: with 吗 at the end (能发展党员吗) they ask for a rule too. */
export const MODAL_WORDS: readonly string[] = ['能', '能够', '可以', '要', '需要', '应该', '应当', '必须', '得'];
const MODAL_SET = new Set([...RULE_QUESTIONS, ...MODAL_WORDS]);

/** Whether a token is a modal verb or asks one (能不能, 可以): what follows it is what the question asks to be allowed or required. */
export function isModal(token: string): boolean {
	return MODAL_SET.has(token);
}

export function isQuestionWord(word: string): boolean {
	return QUESTION_SET.has(word);
}

/** A count before a measure word, with what follows it: 3人以上, 52名, 三名以上, 5家, 1次. */
const COUNT_TOKEN = /^(?:[0-9]+|[零〇一二两三四五六七八九十百千]+)(?:[人名个家次年届票位条]|%)(?:以上|以下|以内|左右)?/;
const HAN = /\p{Script=Han}/u;

/** Whether a token is a count and nothing else (52人, 三名以上). */
export function isCountToken(token: string): boolean {
	return COUNT_TOKEN.exec(token)?.[0] === token;
}
const LATIN_OR_DIGIT = /^[0-9A-Za-z.%]+/;

/** A run of Han characters split into the most probable words (jieba's rule: maximise the product of word frequencies). */
export function segmentRun(run: string, count: WordCount, total: number): string[] {
	const chars = [...run];
	const n = chars.length;
	// best[i]: log-probability of the best split of chars[i..]; next[i]: end of its first word.
	const best = new Array<number>(n + 1).fill(-Infinity);
	const next = new Array<number>(n + 1).fill(n);
	best[n] = 0;
	const logTotal = Math.log(total);
	// An unknown single character: as rare as a word seen once, and a little less (so known words win).
	const unknown = Math.log(0.5) - logTotal;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
			const word = chars.slice(i, j).join('');
			// Question words are common words to the segmenter even when the texts never use them.
			const c = count(word) ?? (WEAK_FUNCTION_WORDS.has(word) ? 1 : QUESTION_SET.has(word) ? total / 50 : undefined);
			const p = c === undefined ? (j === i + 1 ? unknown : -Infinity) : Math.log(c) - logTotal;
			if (p + best[j]! > best[i]!) {
				best[i] = p + best[j]!;
				next[i] = j;
			}
		}
	}
	const words: string[] = [];
	for (let i = 0; i < n; i = next[i]!) words.push(chars.slice(i, next[i]).join(''));
	// Runs of unknown single characters (报销, 一把手 when not listed) stay together as one word.
	const merged: string[] = [];
	let pending = '';
	for (const w of words) {
		const known = [...w].length > 1 || count(w) !== undefined || QUESTION_SET.has(w);
		if (known) {
			if (pending) merged.push(pending);
			pending = '';
			merged.push(w);
		} else pending += w;
	}
	if (pending) merged.push(pending);
	return merged;
}

/**
 * A query (already simplified and width-normalised) as tokens: runs of Han characters segmented,
 * counts (3人以上, 52名) and Latin/digit runs kept whole, punctuation dropped.
 */
export function segmentQuery(text: string, count: WordCount, total: number): string[] {
	const out: string[] = [];
	let i = 0;
	const chars = text;
	while (i < chars.length) {
		const rest = chars.slice(i);
		const countToken = COUNT_TOKEN.exec(rest);
		if (countToken) {
			out.push(countToken[0]);
			i += countToken[0].length;
			continue;
		}
		const latin = LATIN_OR_DIGIT.exec(rest);
		if (latin) {
			out.push(latin[0]);
			i += latin[0].length;
			continue;
		}
		if (HAN.test(rest[0]!)) {
			let j = i;
			while (j < chars.length && HAN.test(chars[j]!) && !COUNT_TOKEN.test(chars.slice(j))) j++;
			if (j === i) j = i + 1;
			out.push(...segmentRun(chars.slice(i, j), count, total));
			i = j;
			continue;
		}
		i++;
	}
	return out;
}

/** The content words of a token list: question and function words left out, each word once. */
export function contentWords(tokens: readonly string[]): { words: string[]; dropped: string[] } {
	const words: string[] = [];
	const dropped: string[] = [];
	for (const t of tokens) {
		if (QUESTION_SET.has(t)) {
			if (!dropped.includes(t)) dropped.push(t);
		} else if (!words.includes(t)) words.push(t);
	}
	return { words, dropped };
}

/** Words compared by shape (related.ts): 2 to 4 characters (longer words are phrases, matched by their pieces). */
export const MIN_SHAPE = 2;
export const MAX_SHAPE = 4;

/**
 * Whether the texts do not use a word: it is not in the vocabulary. (A word seen once is still the
 * texts' word — 到会 — and a phrase jieba cuts, 学习教育, is in the vocabulary as one.)
 */
export function isRare(count: number | undefined): boolean {
	return count === undefined;
}

/**
 * The words of a token to find shapes for: the token (2 to 4 characters), and when it is a run of
 * three or more characters the segmenter kept together because it knew none of them (会表扬), its
 * last two: a Chinese word group ends in its head, and what comes before it in such a run is mostly
 * a single modal or adverb (会、要、都), which the vocabulary, having no single characters, cannot tell.
 */
export function shapeKeys(token: string): string[] {
	const chars = [...token];
	if (chars.length < MIN_SHAPE || !/^\p{Script=Han}+$/u.test(token)) return [];
	const keys = chars.length <= MAX_SHAPE ? [token] : [];
	if (chars.length > 2) keys.push(chars.slice(-2).join(''));
	return keys;
}
