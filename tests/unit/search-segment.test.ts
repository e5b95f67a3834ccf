/**
 * Query segmentation (src/lib/search/segment.ts) and the vocabulary it reads (vocabulary.ts): an
 * unspaced question becomes the corpus's words, question and function words are set aside, unknown
 * characters stay together, counts stay whole; the vocabulary survives its shard format.
 */
import { describe, expect, it } from 'vitest';
import { contentWords, isModal, isQuestionWord, MODAL_WORDS, RULE_QUESTIONS, segmentQuery, segmentRun } from '../../src/lib/search/segment';
import { addPhrases, buildVocabulary, countWords, vocabularyShardsFor, wordCounts } from '../../src/lib/search/vocabulary';
import { shardOf } from '../../src/lib/search/dictionary';

const COUNTS = new Map<string, number>([
	['正式', 20],
	['党员', 300],
	['正式党员', 12],
	['成立', 20],
	['党支部', 100],
	['支部', 46],
	['功能型党支部', 30],
	['党费', 40],
	['组织生活会', 9],
	['组织生活', 25],
	['社会组织', 300],
	['社会', 500],
	['组织', 600],
	['阵地', 21],
	['活动', 150],
	['提供', 10],
	['超过', 40],
	['不足', 30],
	['以上', 60],
	['要点', 4],
	['差额', 6],
	['不低于', 3],
	['了解', 5],
	['取得', 8],
]);
const TOTAL = 20_000;
const count = (w: string) => COUNTS.get(w);

describe('segmentRun: the most probable split into corpus words', () => {
	it.each([
		['', []],
		['党费', ['党费']],
		['几个正式党员可以成立党支部', ['几个', '正式党员', '可以', '成立', '党支部']],
		['功能型党支部的党员党费交到哪里', ['功能型党支部', '的', '党员', '党费', '交', '到', '哪里']],
		['组织生活会', ['组织生活会']],
		['社会组织', ['社会组织']],
		// Unknown characters stay together as one word (报销, not 报 + 销).
		['党费怎么报销', ['党费', '怎么', '报销']],
		['党员活动的地方谁来提供', ['党员', '活动', '的', '地方', '谁', '来', '提供']],
		// A measure word or a colloquial verb between words is a word of its own, so the next one is not glued to it.
		['想建个党支部', ['想', '建', '个', '党支部']],
		['党费咋整', ['党费', '咋', '整']],
	])('%s', (run, words) => {
		expect(segmentRun(run, count, TOTAL)).toEqual(words);
	});
});

describe('segmentQuery: counts, digits and punctuation', () => {
	it.each([
		['正式党员52人设什么组织', ['正式党员', '52人', '设', '什么', '组织']],
		['3名以上', ['3名以上']],
		['三名以上正式党员', ['三名以上', '正式党员']],
		['超过50名不足100名', ['超过', '50名', '不足', '100名']],
		['2023要点', ['2023', '要点']],
		['党费，交到哪里？', ['党费', '交', '到', '哪里']],
		['差额不低于20%', ['差额', '不低于', '20%']],
		// A potential complement is a function word: the verb before it stays a word of its own (not 管不, shaped like 管理).
		['支部管不了', ['支部', '管', '不了']],
		['支部管得了', ['支部', '管', '得', '了']],
		['不了', ['不了']],
		// …but not over a word of the texts it overlaps.
		['党员不了解', ['党员', '不', '了解']],
		['取得了成立', ['取得', '了', '成立']],
	])('%s', (text, tokens) => {
		expect(segmentQuery(text, count, TOTAL)).toEqual(tokens);
	});
});

describe('contentWords: question and function words set aside, each word once', () => {
	it.each([
		[
			['几个', '正式党员', '可以', '成立', '党支部'],
			['正式党员', '成立', '党支部'],
			['几个', '可以'],
		],
		[['党费', '吗', '党费', '呢'], ['党费'], ['吗', '呢']],
		[['什么'], [], ['什么']],
		[
			['想', '建', '个', '党支部'],
			['建', '党支部'],
			['想', '个'],
		],
		[['组织生活会', '怎么', '搞'], ['组织生活会'], ['怎么', '搞']],
		// He/she says who is asked about, not what: 他能当书记吗 asks what 能当书记吗 asks.
		[
			['他', '能', '当', '书记', '吗'],
			['当', '书记'],
			['他', '能', '吗'],
		],
		[['她们', '入党'], ['入党'], ['她们']],
		// A negation is left out itself (it turns the next word into 无… / 非…, negation.ts).
		[['不是', '党员'], ['党员'], ['不是']],
		[['并非', '党员'], ['党员'], ['并非']],
	])('%j', (tokens, words, dropped) => {
		expect(contentWords(tokens)).toEqual({ words, dropped });
	});

	it.each(['什么', '哪里', '怎么', '怎样', '几', '多少', '多久', '有没有', '要不要', '能不能', '吗', '呢'])(
		'%s is a question word',
		(w) => {
			expect(isQuestionWord(w)).toBe(true);
		}
	);
	// Colloquial verbs that only say “do” or “want”, and a bare measure word: they say nothing about what is asked.
	it.each(['搞', '弄', '整', '办', '想', '想要', '打算', '能否', '可否', '咋样', '个', '问', '请教', '不了'])(
		'%s is a function word',
		(w) => {
			expect(isQuestionWord(w)).toBe(true);
		}
	);
	it.each(['规定', '要求', '党员', '书记', '建', '交', '换'])('%s is not', (w) => {
		expect(isQuestionWord(w)).toBe(false);
	});
});

describe('isModal: modal verbs and the question words that ask for one', () => {
	it.each([
		['', false],
		['能', true],
		['能不能', true],
		['可以', true],
		['可否', true],
		['得', true],
		['什么', false],
		['吗', false],
		['不能', false],
		['发展', false],
	])('%j → %j', (token, modal) => {
		expect(isModal(token)).toBe(modal);
	});
	it('every modal is also set aside as a question word', () => {
		for (const word of [...RULE_QUESTIONS, ...MODAL_WORDS]) expect(isQuestionWord(word), word).toBe(true);
	});
});

describe('the vocabulary', () => {
	it('counts words of two characters or more, Han only, plus the extra words once', () => {
		const words = [
			['党员', 2],
			['交', 1],
			['党费', 1],
			['社会组织', 1],
			['2015', 1],
			['党员a', 3],
		] as const;
		const counts = countWords(words, ['三会一课', 'ab']);
		expect(Object.fromEntries(counts)).toEqual({ 党员: 2, 党费: 1, 社会组织: 1, 三会一课: 1 });
	});

	it('round-trips through shards keyed by first character, and a query fetches the shards of its characters', () => {
		const { manifest, shards } = buildVocabulary(COUNTS, 100);
		expect(manifest.shards).toBeGreaterThan(1);
		expect(manifest.total).toBe([...COUNTS.values()].reduce((a, b) => a + b, 0));
		expect(wordCounts(shards)).toEqual(COUNTS);
		const needed = vocabularyShardsFor('党费a1', manifest);
		expect(needed).toEqual([...new Set(['党', '费'].map((c) => shardOf(c, manifest.shards)))]);
		expect(wordCounts(needed.map((i) => shards[i]!)).get('党费')).toBe(40);
	});
});

describe('addPhrases: the corpus’s set phrases in the vocabulary (issue 20)', () => {
	it.each([
		// Boundaries first: no phrases, a phrase jieba already has whole (its own count stands).
		[[], [], [], []],
		[[['组织生活会', 3]], [['组织生活会', 3]], [['组织生活会', 9]], [['组织生活会', 3]]],
		// A phrase only cut: its occurrences.
		[[], [], [['社会组织', 12]], [['社会组织', 12]]],
		// Also a synonym-table word or a name (counted once by countWords): both, not the single count.
		[[['党组织书记', 1]], [], [['党组织书记', 41]], [['党组织书记', 42]]],
	] as [string, number][][][])('%j + phrases %j', (counts, words, phrases, expected) => {
		expect([...addPhrases(new Map(counts), new Map(words), new Map(phrases))]).toEqual(expected);
	});
});
