import { describe, expect, it } from 'vitest';
import {
	buildSemantic,
	MIN_CLAUSES,
	MIN_SIMILARITY,
	NEIGHBOURS,
	neighbourLookup,
	neighbours,
	semanticShardsFor,
} from '../../src/lib/search/semantic';
import { nearHere, rankResults, type Neighbours } from '../../src/lib/search/rank';
import { normaliseQuery, type QueryTerm } from '../../src/lib/search/normalise';
import { clausePage } from './search-pages';

/** Clauses where 书记 and 负责人 never meet but keep the same company (学会, 党组织, 担任). */
const CLAUSES = [
	['书记', '学会', '担任'],
	['书记', '党组织', '担任'],
	['书记', '学会', '党组织'],
	['负责人', '学会', '担任'],
	['负责人', '党组织', '担任'],
	['负责人', '学会', '党组织'],
	['党费', '交纳', '标准'],
	['党费', '交纳', '管理'],
	['党费', '标准', '管理'],
];

describe('neighbours', () => {
	const table = neighbours(CLAUSES);
	it.each([
		['书记', '负责人'],
		['负责人', '书记'],
	])('%s keeps the company of %s', (word, near) => {
		expect(table.get(word)![0]![0]).toBe(near);
	});
	it('relates no words that share no company, and keeps at most NEIGHBOURS above MIN_SIMILARITY', () => {
		expect((table.get('书记') ?? []).map(([w]) => w)).not.toContain('党费');
		for (const near of table.values()) {
			expect(near.length).toBeLessThanOrEqual(NEIGHBOURS);
			for (const [, s] of near) expect(s).toBeGreaterThanOrEqual(MIN_SIMILARITY);
		}
	});
	it.each([
		[[], 0],
		[[['书记', '学会']], 0],
		[Array.from({ length: MIN_CLAUSES - 1 }, () => ['书记', '学会']), 0],
	] as [string[][], number][])('too few clauses (%j) give no neighbours', (clauses, size) => {
		expect(neighbours(clauses).size).toBe(size);
	});
	it('counts a word once per clause', () => {
		expect(neighbours(CLAUSES.map((c) => [...c, ...c]))).toEqual(table);
	});
});

describe('neighbour shards', () => {
	it.each([1, 64, 100_000])('round-trip through shards of %i bytes', (bytes) => {
		const table = new Map<string, [string, number][]>([
			[
				'书记',
				[
					['负责人', 0.58],
					['人选', 0.7],
				],
			],
			['场所', [['设施', 0.8]]],
		]);
		const { manifest, shards } = buildSemantic(table, bytes);
		expect(shards).toHaveLength(manifest.shards);
		const wanted = semanticShardsFor(['书记', '场所', ''], manifest);
		expect(neighbourLookup(wanted.map((i) => shards[i]!))).toEqual(table);
		expect(neighbourLookup(semanticShardsFor(['书记'], manifest).map((i) => shards[i]!)).get('书记')).toEqual(table.get('书记'));
	});
});

describe('a word the clause lacks, by the words used like it', () => {
	const dict = { docs: [], issuers: [], terms: [] };
	// 牵头人 and 召集人: in no synonym table, so only the neighbour table relates them
	const q = normaliseQuery('学会 牵头人 担任', dict);
	const [xuehui, qiantou, danren] = q.terms as [QueryTerm, QueryTerm, QueryTerm];
	const near: Neighbours = new Map([[qiantou, [['召集人', 0.6] as const, ['担任', 0.5] as const]]]);

	it.each([
		['学会会议的召集人由党员担任', [['召集人', 0.6]]],
		// alone, a word of like use may be about anything
		['召集人', []],
	])('%s → %j', (clause, found) => {
		expect(nearHere(qiantou, q.terms, clause.toLowerCase(), near)).toEqual(found);
	});

	it('never stands in for another of the query’s words (担任 counts as 担任)', () => {
		expect(nearHere(qiantou, q.terms, '学会担任', near)).toEqual([]);
		expect(nearHere(xuehui, q.terms, '学会召集人担任', near)).toEqual([]);
		expect(nearHere(danren, q.terms, '学会召集人', near)).toEqual([]);
	});

	it('rank the clause holding a word of like use first, and say so; without the table nothing changes', () => {
		const pages = [
			clausePage('/policies/a/', [['c1', '学会经费担任管理']]),
			clausePage('/policies/b/', [['c1', '学会会议召集人一般由党员担任']], 1),
		];
		const plain = rankResults(q, pages);
		expect(plain.every((r) => r.related.length === 0)).toBe(true);
		const ranked = rankResults(q, pages, { neighbours: near });
		expect(ranked[0]!.target).toBe('/policies/b/#c1');
		expect(ranked[0]!.related).toEqual([{ word: '牵头人', corpus: ['召集人'], near: true }]);
		expect(ranked[0]!.matched).toContain('召集人');
		expect(ranked[0]!.exact).toBe(false);
	});
});
