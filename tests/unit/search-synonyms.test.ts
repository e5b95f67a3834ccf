/**
 * The synonym table (src/lib/search/synonyms.ts) is reviewed data: every corpus word it maps to
 * occurs in the texts, and every entry is applied — each everyday word of it is searched as the
 * entry's corpus words and reported (“按‘阵地’检索”). The browser gets the table without its review
 * notes, in the vocabulary shards (vocabulary.ts): each word's entry sits in a shard every query
 * holding the word fetches, so the table is applied here as the browser reads it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, readCorpusFiles } from '../../src/data/corpus';
import { everydayWords, SYNONYMS, synonymsOf, synonymWords, type Synonym } from '../../src/lib/search/synonyms';
import { normaliseQuery, type Synonyms } from '../../src/lib/search/normalise';
import { isQuestionWord } from '../../src/lib/search/segment';
import { buildVocabulary, countWords, readShard, shardSynonyms, vocabularyShardsFor, wordCounts } from '../../src/lib/search/vocabulary';
import { checkedShard } from '../../src/lib/search/vocabulary-schema';

const bodies = ['policies', 'templates'].flatMap((c) => readCorpusFiles(join(contentDir(), c)).map((f) => f.body.replace(/\\/g, '')));
const inCorpus = (word: string) => bodies.some((b) => b.includes(word));

type Built = ReturnType<typeof buildVocabulary>;

/** The table's shards as the build writes them (its words in the vocabulary, as the build counts them). */
const shardsOf = (table: readonly Synonym[], shardBytes?: number): Built =>
	buildVocabulary(countWords([], [...new Set(table.flatMap((s) => [...s.words, ...s.corpus]))]), shardBytes, everydayWords(table));

/** What the browser knows of the table for a query: the synonyms in the shards of its characters, read from their JSON. */
function synonymsFor(query: string, built: Built): Synonyms {
	const loaded = vocabularyShardsFor(query, built.manifest).map((i) => readShard(JSON.parse(JSON.stringify(built.shards[i]))));
	const found = shardSynonyms(loaded);
	return (w) => found.get(w) ?? [];
}

const site = shardsOf(SYNONYMS);
const dictFor = (query: string) => ({ docs: [], issuers: [], terms: [], synonyms: synonymsFor(query, site) });

describe('synonym table', () => {
	it.each(SYNONYMS.flatMap((s) => s.corpus.map((word) => [word, s.where])))('“%s” occurs in the texts (%s)', (word) => {
		expect(inCorpus(word)).toBe(true);
	});

	it.each(SYNONYMS.flatMap((s) => s.words.map((word) => [word, s.corpus] as const)))('“%s” is also searched as %j', (word, corpus) => {
		const q = normaliseQuery(word, dictFor(word));
		const expected = corpus.filter((c) => c !== word);
		expect(q.terms.map((t) => t.synonyms)).toEqual([expected]);
		expect(q.synonyms).toEqual([{ word, corpus: expected }]);
		for (const c of expected.slice(0, 2)) expect(q.searches).toContain(c);
	});

	it('lists each everyday word once, and no entry maps a word to itself only', () => {
		const words = SYNONYMS.flatMap((s) => s.words);
		expect(new Set(words).size).toBe(words.length);
		for (const s of SYNONYMS) for (const w of s.words) expect(synonymsOf(w).length).toBeGreaterThan(0);
		expect(synonymWords()).toEqual(expect.arrayContaining(['地方', '阵地', '一把手', '书记']));
	});

	// A question or function word is set aside before the table is read: listed in both, it would never apply.
	it.each(SYNONYMS.flatMap((s) => s.words))('“%s” is not a question or function word', (word) => {
		expect(isQuestionWord(word)).toBe(false);
	});

	it('leaves words it does not list alone', () => {
		expect(synonymsOf('党费')).toEqual([]);
		expect(normaliseQuery('党费', dictFor('党费')).synonyms).toEqual([]);
	});
});

describe('the table as the browser gets it', () => {
	const TABLE: Synonym[] = [
		{ words: ['开会', '碰头'], corpus: ['召开', '会议'], where: '甲' },
		{ words: ['开会', '议事'], corpus: ['议事规则'], where: '乙' },
		{ words: ['钱'], corpus: ['经费'], where: '丙' },
		{ words: ['活动室'], corpus: ['活动室'], where: '丁' },
		{ words: ['秘书处'], corpus: ['办事机构', '秘书处'], where: '戊' },
	];
	// Shards of 64 bytes: the table is spread over many, so each word's entry is found only in its own character's shard.
	const built = shardsOf(TABLE, 64);

	it.each([
		['a word with two entries: the first one', '开会', ['召开', '会议']],
		['a word in no shard: none', '党费', []],
		['a one-character everyday word', '钱', ['经费']],
		['a word listed as its own corpus word only: none', '活动室', []],
		['a word listed as its own corpus word too: the others', '秘书处', ['办事机构']],
		['the second entry’s own word', '议事', ['议事规则']],
	])('%s (%s)', (_, word, expected) => {
		expect(everydayWords(TABLE).get(word) ?? []).toEqual(expected);
		expect(synonymsFor(`${word}怎么办`, built)(word)).toEqual(expected);
		const q = normaliseQuery(word, { docs: [], issuers: [], terms: [], synonyms: synonymsFor(word, built) });
		expect(q.synonyms).toEqual(expected.length ? [{ word, corpus: expected }] : []);
	});

	it('spreads the entries over the shards of their first characters, without review notes', () => {
		expect(built.manifest.shards).toBeGreaterThan(2);
		const holding = built.shards.filter((s) => s.synonyms && '开会' in s.synonyms);
		expect(holding).toHaveLength(1);
		expect(
			Object.keys(holding[0]!.synonyms!).every((w) => vocabularyShardsFor(w, built.manifest)[0] === built.shards.indexOf(holding[0]!))
		).toBe(true);
		expect(JSON.stringify(built.shards)).not.toMatch(/where|甲|乙/);
		// A one-character everyday word is not a word of the vocabulary: the segmenter reads it as before.
		expect(wordCounts(built.shards).has('钱')).toBe(false);
		expect(wordCounts(built.shards).get('开会')).toBe(1);
	});

	it('gives the browser every everyday word of the table, as synonymsOf reads it', () => {
		for (const [word, corpus] of everydayWords()) {
			expect(synonymsFor(word, site)(word)).toEqual(corpus);
			expect(synonymsOf(word)).toEqual(corpus);
		}
		expect(everydayWords().size).toBe(SYNONYMS.flatMap((s) => s.words).length);
	});

	it('writes shards the schema accepts, and refuses review notes and empty or non-Chinese entries', () => {
		for (const [i, shard] of site.shards.entries()) expect(checkedShard(shard, `/search-vocabulary/${i}.json`)).toEqual(shard);
		const words = { 党: '建12 员3' };
		expect(() => checkedShard({ words, synonyms: { 地方: ['阵地'] }, where: '青海指南' }, '/search-vocabulary/0.json')).toThrow(
			/搜索词表分片 \/search-vocabulary\/0\.json 不合规/
		);
		expect(() => checkedShard({ words, synonyms: { 地方: [] } }, 'f')).toThrow(/synonyms\.地方/);
		expect(() => checkedShard({ words, synonyms: { QQ群: ['网络'] } }, 'f')).toThrow(/synonyms/);
		expect(() => checkedShard({ words: { 党: '建' } }, 'f')).toThrow(/words\.党/);
		expect(() => checkedShard({ 党: '建12' }, 'f')).toThrow(/不合规/);
	});

	it('reads a file of another shape as what it validly holds, never failing the search', () => {
		expect(readShard({ 党: '建12' })).toEqual({ words: {} });
		expect(readShard(null)).toEqual({ words: {} });
		expect(readShard({ words: { 党: '建12', 会: 3 }, synonyms: { 地方: ['阵地'], 钱: '经费', 头儿: [] } })).toEqual({
			words: { 党: '建12' },
			synonyms: { 地方: ['阵地'] },
		});
	});
});
