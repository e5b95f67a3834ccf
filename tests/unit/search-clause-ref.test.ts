/**
 * Go-to-clause queries (src/lib/search/clause-ref.ts): the clause number parsed from the end of the
 * query, and found among a text's anchors whichever way the text numbers its clauses.
 */
import { describe, expect, it } from 'vitest';
import { namesLoosely, parseClauseQuery, resolveClause } from '../../src/lib/search/clause-ref';
import { normaliseQuery } from '../../src/lib/search/normalise';

describe('parseClauseQuery', () => {
	it.each([
		['10号文第三条', { doc: '10号文', steps: [{ unit: '条', n: 3 }], label: '第三条' }],
		['中办发〔2015〕51号 第十条', { doc: '中办发〔2015〕51号', steps: [{ unit: '条', n: 10 }], label: '第十条' }],
		['青海指南第四部分', { doc: '青海指南', steps: [{ unit: '部分', n: 4 }], label: '第四部分' }],
		[
			'青海指南第三部分第二条',
			{
				doc: '青海指南',
				steps: [
					{ unit: '部分', n: 3 },
					{ unit: '条', n: 2 },
				],
				label: '第三部分第二条',
			},
		],
		['15号文第9条', { doc: '15号文', steps: [{ unit: '条', n: 9 }], label: '第9条' }],
		['51号文的第二十三条', { doc: '51号文', steps: [{ unit: '条', n: 23 }], label: '第二十三条' }],
	])('%s', (q, expected) => {
		expect(parseClauseQuery(q)).toEqual(expected);
	});

	it.each(['第三条', '换届选举', '党员人数超过100名', '第零条', '三会一课第'])('%s is no go-to query', (q) => {
		expect(parseClauseQuery(q)).toBeUndefined();
	});
});

describe('resolveClause', () => {
	// Anchor ids as the texts have them (src/plugins/remark-clause-anchors.ts).
	const zhongzufa = ['s1', 's2', 's3', 's3-u1', 's3-u2', 's4', 's5'];
	const zhongbanfa = [
		's1',
		's1-c1',
		's1-c2',
		's2',
		's2-c3',
		's2-c4',
		's2-c4-i2',
		's3',
		's3-c5',
		's4',
		's4-c8',
		's4-c9',
		's4-c10',
		's4-c11',
	];
	const qinghai = [
		'p1',
		'p1-s1',
		'p2',
		'p2-s3',
		'p2-s3-c1',
		'p2-s3-c2',
		'p3',
		'p3-s1',
		'p3-s1-c1',
		'p3-s1-c2',
		'p3-s2',
		'p3-s2-c1',
		'p3-s2-c2',
		'p4',
	];
	const articles = ['a1', 'a2', 'a3', 's1', 's2', 's3', 's3-a4'];
	const flat = ['c1', 'c2', 'c3', 'c9'];
	// 民函〔2016〕257号: sections 一、 to 五、, numbered paragraphs under 三、 only.
	const oneSectionNumbered = ['s1', 's2', 's3', 's3-c1', 's3-c2', 's4', 's5'];
	it.each([
		['sections 一、二、三、: 第三条 is 三、', zhongzufa, [{ unit: '条', n: 3 }], 's3'],
		['paragraphs numbered on across sections: 第十条 is 10.', zhongbanfa, [{ unit: '条', n: 10 }], 's4-c10'],
		['第四部分', qinghai, [{ unit: '部分', n: 4 }], 'p4'],
		[
			'第三部分第二条: 二、 within it',
			qinghai,
			[
				{ unit: '部分', n: 3 },
				{ unit: '条', n: 2 },
			],
			'p3-s2',
		],
		['articles: 第四条 is 第四条', articles, [{ unit: '条', n: 4 }], 's3-a4'],
		['numbered paragraphs under one section only: 第二条 is 二、, not 三、2.', oneSectionNumbered, [{ unit: '条', n: 2 }], 's2'],
		['numbered paragraphs under one section only: 第五条 is 五、', oneSectionNumbered, [{ unit: '条', n: 5 }], 's5'],
		['numbered paragraphs only', flat, [{ unit: '条', n: 9 }], 'c9'],
		['a single run-on paragraph in two sections is still 1.', ['s1', 's1-c1', 's2', 's2-c2'], [{ unit: '条', n: 1 }], 's1-c1'],
		[
			'第二条第四项: items within a clause',
			zhongbanfa,
			[
				{ unit: '条', n: 4 },
				{ unit: '项', n: 2 },
			],
			's2-c4-i2',
		],
		['a clause the text does not have', zhongzufa, [{ unit: '条', n: 9 }], undefined],
		['a part the text does not have', qinghai, [{ unit: '部分', n: 9 }], undefined],
	] as const)('%s', (_, ids, steps, anchor) => {
		expect(resolveClause(ids, steps)).toBe(anchor);
	});
});

describe('normaliseQuery: go-to queries', () => {
	const dict = {
		docs: [
			{ id: 'zzf', url: '/policies/zzf/', title: '关于加强社会团体党的建设工作的意见', docNumber: '中组发〔2000〕10号', aliases: [] },
			{ id: 'qk', url: '/policies/qk/', title: '示范点创建标准', docNumber: '青科协社党发〔2019〕10号', aliases: [] },
			{ id: 'zb', url: '/policies/zb/', title: '意见', docNumber: '中办发〔2015〕51号', aliases: [] },
			{ id: 'qh', url: '/policies/qh/', title: '青海省科技社团党组织工作指南（试行）', aliases: ['青海指南'] },
		],
		issuers: [],
		terms: [],
	};
	it.each([
		['10号文第三条', ['/policies/zzf/', '/policies/qk/'], '第三条'],
		['中组发10号第二条', ['/policies/zzf/'], '第二条'],
		['中办发（2015）51号 第十条', ['/policies/zb/'], '第十条'],
		['青海指南第四部分', ['/policies/qh/'], '第四部分'],
	])('%s names %j and %s', (q, targets, label) => {
		const n = normaliseQuery(q, dict);
		expect(n.targets).toEqual(targets);
		expect(n.clause?.label).toBe(label);
		expect(n.parts).toEqual([]);
		expect(n.terms).toEqual([]);
	});

	it('a 文号 without its year finds the one text with that issuer code and serial', () => {
		const n = normaliseQuery('中组发10号', dict);
		expect(n.targets).toEqual(['/policies/zzf/']);
		expect(n.docNumber).toBe('中组发〔2000〕10号');
	});

	it('a clause number after words that name no text is an ordinary query, the clause kept for a loose name', () => {
		const n = normaliseQuery('党章第三十条', dict);
		expect(n.clause).toBeUndefined();
		expect(n.parts.map((p) => p.text)).toEqual(['党章第三十条']);
		expect(n.looseClause).toEqual({ doc: '党章', steps: [{ unit: '条', n: 30 }], label: '第三十条' });
		expect(normaliseQuery('青海工作指南 第三部分', dict).looseClause?.label).toBe('第三部分');
		expect(normaliseQuery('青海指南第四部分', dict).looseClause).toBeUndefined();
		expect(normaliseQuery('党章', dict).looseClause).toBeUndefined();
	});
});

describe('namesLoosely', () => {
	it.each([
		// Too short to name a text: fewer than three pieces, or fewer than two characters.
		['', '青海省科技社团党组织工作指南', false],
		['青海', '青海省科技社团党组织工作指南', false],
		['81号', '科协党组发〔2016〕81号', false],
		// The characters in order, gaps allowed; a trailing 文 after 号 is the everyday 号文.
		['青海工作指南', '青海省科技社团党组织工作指南（试行）', true],
		['科协81号文', '科协党组发〔2016〕81号', true],
		['科协81号文件', '科协党组发〔2016〕81号', true],
		// Out of order, or a character the name lacks.
		['指南青海工作', '青海省科技社团党组织工作指南（试行）', false],
		['青海工作规则', '青海省科技社团党组织工作指南（试行）', false],
		// A number only as a whole number: not the 8 of 2018 and the 1 of 1号.
		['科协81号文', '科协党组发〔2018〕1号', false],
		['中办发51号', '中办发〔2015〕51号', true],
		['中办发5号', '中办发〔2015〕51号', false],
	])('%s in %s: %s', (typed, name, expected) => {
		expect(namesLoosely(typed, name)).toBe(expected);
	});
});
