import { describe, expect, it } from 'vitest';
import { chooseRelated, sameShape, sameShapeWords } from '../../src/lib/search/related';
import { isRare, shapeKeys } from '../../src/lib/search/segment';
import { rankResults } from '../../src/lib/search/rank';
import { clausePage } from './search-pages';
import { normaliseQuery, unusedWords, type QueryTerm } from '../../src/lib/search/normalise';
import { buildVocabulary, reverseCounts, unreverse, vocabularyShardsFor, wordCounts } from '../../src/lib/search/vocabulary';

describe('isRare', () => {
	it.each([
		[undefined, true],
		[0, false],
		[1, false],
		[40, false],
	])('%j → %j', (count, rare) => {
		expect(isRare(count)).toBe(rare);
	});
});

describe('sameShape', () => {
	it.each([
		['', '', false],
		['表', '彰', false],
		['表扬', '表扬', false],
		['表扬', '扬表', false],
		['表扬', '表彰', true],
		['到场', '到会', true],
		// Sharing all but the first character is sharing a suffix, not a sense.
		['到场', '现场', false],
		['摊子', '班子', false],
		['收新', '两新', false],
		['评上', '以上', false],
		['表扬', '表彰会', false],
		['组织生活会', '组织生活日', false],
		['支委会议', '支部会议', true],
		['书记调走', '书记调动', true],
		['散摊子', '大摊子', false],
		['散摊子', '散摊儿', true],
	])('%s / %s → %j', (a, b, same) => {
		expect(sameShape(a, b)).toBe(same);
	});
});

describe('sameShapeWords', () => {
	const words: [string, number][] = [
		['表彰', 13],
		['表格', 2],
		['弘扬', 7],
		['表决', 1],
		['扬表', 9],
		['表示', 0],
		['什么', 50],
		['表彰会', 4],
	];
	it('finds nothing in an empty vocabulary', () => {
		expect(sameShapeWords('表扬', [])).toEqual([]);
	});
	it('keeps same-length words differing in one place after the first, used more than once, most used first', () => {
		expect(sameShapeWords('表扬', words)).toEqual(['表彰', '表格']);
	});
	it('stops at the limit', () => {
		expect(sameShapeWords('表扬', words, 1)).toEqual(['表彰']);
	});
	it('offers nothing for a word the texts use inside a longer one (流动 in 流动性)', () => {
		expect(
			sameShapeWords('流动', [
				['流动性', 3],
				['活动', 150],
			])
		).toEqual([]);
		expect(
			sameShapeWords('兼职', [
				['专兼职', 2],
				['兼任', 5],
			])
		).toEqual([]);
	});
	it('never offers a question word', () => {
		expect(sameShapeWords('什们', words)).toEqual([]);
	});
});

describe('shapeKeys', () => {
	it.each([
		['', []],
		['搞', []],
		['abc', []],
		['表扬', ['表扬']],
		['会表扬', ['会表扬', '表扬']],
		['一二三四五', ['四五']],
	])('%j → %j', (token, keys) => {
		expect(shapeKeys(token)).toEqual(keys);
	});
});

describe('reverse vocabulary', () => {
	it('files words by their last character and reads them back forwards, leaving out rare and long ones', () => {
		const counts = new Map([
			['弘扬', 7],
			['发扬', 3],
			['表彰', 13],
			['表扬', 1],
			['组织生活会议', 4],
		]);
		const reversed = reverseCounts(counts, 1);
		expect([...reversed.keys()].sort()).toEqual(['彰表', '扬发', '扬弘'].sort());
		const { manifest, shards } = buildVocabulary(reversed, 64);
		const loaded = vocabularyShardsFor('扬', manifest).map((i) => shards[i]!);
		const words = unreverse(wordCounts(loaded));
		expect(words.get('弘扬')).toBe(7);
		expect(words.get('发扬')).toBe(3);
		expect(words.has('表扬')).toBe(false);
	});
});

describe('words the texts do not use', () => {
	const vocabulary = new Map<string, number>([
		['学会', 300],
		['党建', 400],
		['表彰', 13],
		['表格', 2],
		['弘扬', 7],
		['到场', 1],
		['到会', 1],
	]);
	const count = (w: string) => vocabulary.get(w);
	const dict = {
		docs: [],
		issuers: [],
		terms: [],
		words: count,
		total: 20_000,
		related: (w: string) => sameShapeWords(w, vocabulary),
	};

	it('are the unknown content words without a reviewed synonym (到场 has one), by the keys to shape', () => {
		expect(unusedWords([], count, 20_000)).toEqual([]);
		expect(unusedWords(['学会党建'], count, 20_000)).toEqual([]);
		expect(unusedWords(['到场'], count, 20_000)).toEqual([]);
		expect(unusedWords(['学会表扬吗'], count, 20_000)).toEqual(['表扬']);
	});

	it('get the shaped corpus words as candidates; known words and words with synonyms get none', () => {
		const q = normaliseQuery('学会表扬吗', dict);
		expect(q.terms.map((t) => [t.text, t.related ?? []])).toEqual([
			['学会', []],
			['表扬', ['表彰', '表格']],
		]);
		expect(normaliseQuery('到场', dict).terms[0]!.related).toBeUndefined();
		// Not the query's other words: 学彰 is shaped like 学会 too, 学会 is asked anyway.
		expect(normaliseQuery('学彰 学会', { ...dict, related: () => ['学会', '表彰'] }).terms[0]!.related).toEqual(['表彰']);
		expect(normaliseQuery('表扬', { ...dict, related: undefined }).terms[0]!.related).toBeUndefined();
		// The two most used are searched too: alone, 表扬 finds no page.
		expect(normaliseQuery('表扬', dict).searches).toEqual(['表扬', '表彰', '表格']);
	});

	const page = clausePage;

	it('keeps the shaped words that stand beside the other words, damped by how common they are', () => {
		const term = (text: string, related?: string[]): QueryTerm => ({
			text,
			variants: [text],
			synonyms: [],
			weight: 1,
			joinsNext: false,
			related,
		});
		const terms = [term('学会'), term('表扬', ['表格', '表彰', '弘扬'])];
		const passage = (text: string) => ({ text, lower: text.toLowerCase(), headings: '', heading: false });
		expect(chooseRelated(terms, [], () => 1).size).toBe(0);
		const chosen = chooseRelated(
			terms,
			[passage('对先进学会予以表彰'), passage('填写表格'), passage('填写表格'), passage('学会表格'), passage('弘扬科学家精神')],
			() => 1
		);
		expect(chosen.get(terms[1]!)).toEqual([
			['表彰', '表扬'],
			['表格', '表扬'],
		]);
		// Alone, a shaped word is kept by how often it occurs; one shaped from the end of a run is named by it.
		const run = term('会表扬', ['表格', '表彰']);
		expect(chooseRelated([run], [passage('表彰'), passage('表格')], () => 1).get(run)).toEqual([
			['表格', '表扬'],
			['表彰', '表扬'],
		]);
	});

	it('rank a clause holding a shaped word beside the other words, below one with the word itself, and say which', () => {
		const q = normaliseQuery('学会党建表扬', dict);
		// Without the chooser (the browser has not loaded it) shaped words are not looked for.
		expect(rankResults(q, [page('/policies/awards/', [['c1', '对党建工作突出的学会予以表彰']])])[0]!.related).toEqual([]);
		const ranked = rankResults(
			q,
			[
				page('/policies/forms/', [['c1', '学会填写表格']]),
				page('/policies/awards/', [['c1', '对党建工作突出的学会予以表彰']]),
				page('/policies/alone/', [['c1', '表彰大会在北京召开']]),
			],
			{ chooseRelated }
		);
		expect(ranked[0]!.target).toBe('/policies/awards/#c1');
		// A shaped word with none of the other words beside it does not count.
		expect(ranked.find((r) => r.url === '/policies/alone/')).toBeUndefined();
		expect(ranked[0]!.related).toEqual([{ word: '表扬', corpus: ['表彰'] }]);
		expect(ranked[0]!.exact).toBe(false);
		const verbatim = rankResults(
			q,
			[page('/policies/awards/', [['c1', '对党建工作突出的学会予以表彰']]), page('/policies/praise/', [['c1', '学会党建工作受到表扬']])],
			{ chooseRelated }
		);
		expect(verbatim[0]!.url).toBe('/policies/praise/');
	});
});

describe('shaped words in what a clause covers (issue 20)', () => {
	const vocabulary = new Map<string, number>([
		['学会', 300],
		['党建', 200],
		['工作', 500],
		['表彰', 6],
	]);
	const dict = {
		docs: [],
		issuers: [],
		terms: [],
		words: (w: string) => vocabulary.get(w),
		total: 20_000,
		related: (w: string) => sameShapeWords(w, vocabulary),
	};

	it('a clause with a shaped word for one word does not count as holding it: the clause with the other words as typed comes first', () => {
		const q = normaliseQuery('学会党建表扬', dict);
		expect(q.terms.map((t) => [t.text, t.related ?? []])).toEqual([
			['学会', []],
			['党建', []],
			['表扬', ['表彰']],
		]);
		const ranked = rankResults(
			q,
			[clausePage('/policies/awards/', [['c1', '学会予以表彰。']], 0), clausePage('/policies/work/', [['c1', '学会党建工作。']], 1)],
			{ chooseRelated }
		);
		expect(ranked.map((r) => r.url)).toEqual(['/policies/work/', '/policies/awards/']);
	});
});
