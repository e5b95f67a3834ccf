import { describe, expect, it } from 'vitest';
import { checkRelations, resolveRelations, statusNotices, type CheckedEntry, type RelationEntry } from '../../src/lib/relations';
import { parsePartialDate } from '../../src/lib/schema/partial-date';
import { policySchema } from '../../src/lib/schema/policy';

const entry = (id: string, over: Partial<RelationEntry> = {}): RelationEntry => ({
	id,
	title: `标题${id}`,
	supersedes: [],
	supersededBy: [],
	...over,
});

describe('resolveRelations', () => {
	it('reads a relation recorded on the newer text from both sides, once', () => {
		const { of, problems } = resolveRelations([
			entry('new', { supersedes: [{ id: 'old', relation: '替代' }] }),
			entry('old', { supersededBy: [{ id: 'new', relation: '替代' }] }),
		]);
		expect(problems).toEqual([]);
		expect(of('old').supersededBy).toEqual([{ relation: '替代', id: 'new', title: '标题new' }]);
		expect(of('new').supersedes).toEqual([{ relation: '替代', id: 'old', title: '标题old' }]);
		expect(of('new').supersededBy).toEqual([]);
	});

	it('keeps an uncollected text by title', () => {
		const { of } = resolveRelations([entry('old', { supersededBy: [{ title: '某省新办法', relation: '废止' }] })]);
		expect(of('old').supersededBy).toEqual([{ relation: '废止', title: '某省新办法' }]);
	});

	it('names the text and field of an unknown id or a text pointing at itself, as data', () => {
		const { problems } = resolveRelations([
			entry('a', { supersedes: [{ id: 'nope', relation: '修订' }], supersededBy: [{ id: 'a', relation: '替代' }] }),
		]);
		expect(problems).toEqual([
			{ id: 'a', path: ['supersedes', 0, 'id'], message: 'supersedes 中的 id“nope”不是本站收录的文件' },
			{ id: 'a', path: ['supersededBy', 0, 'id'], message: 'supersededBy 中的 id“a”是本文自己' },
		]);
	});

	it('a text that exists but could not be read is not unknown', () => {
		const { problems } = resolveRelations([entry('a', { supersedes: [{ id: 'broken', relation: '修订' }] })], (id) => id === 'broken');
		expect(problems).toEqual([]);
	});

	it('the schema needs an id or a title and a known relation', () => {
		const base = {
			title: '标题',
			shortTitle: '简称',
			issuers: ['甲机关'],
			issued: '2020',
			level: '省级',
			region: '青海省',
			docType: '通知',
			status: '现行',
			source: { file: 'x.txt' },
		};
		expect(policySchema.safeParse({ ...base, supersedes: [{ relation: '替代' }] }).success).toBe(false);
		expect(policySchema.safeParse({ ...base, supersedes: [{ id: 'a', relation: '取代' }] }).success).toBe(false);
		const ok = policySchema.parse({ ...base, supersedes: [{ id: 'a', relation: '替代' }] });
		expect(ok.supersededBy).toEqual([]);
	});
});

describe('checkRelations: contradictions between texts (issue 25 item 7)', () => {
	const text = (id: string, over: Partial<CheckedEntry> = {}): CheckedEntry => ({ ...entry(id), status: '已废止', ...over });
	const found = (entries: CheckedEntry[]) => checkRelations(entries).map((p) => [p.id, p.path.join('.'), p.message] as const);

	it.each<[string, CheckedEntry[], [string, string, RegExp][]]>([
		[
			'a supersedes b and b supersedes a: both pages would call the other the rules in force',
			[text('a', { supersedes: [{ id: 'b', relation: '替代' }] }), text('b', { supersedes: [{ id: 'a', relation: '修订' }] })],
			[
				['a', 'supersedes.0', /循环：a → b → a/],
				['b', 'supersedes.0', /循环：a → b → a/],
			],
		],
		[
			'a three-text cycle, one side written as supersededBy',
			[
				text('a', { supersedes: [{ id: 'b', relation: '替代' }] }),
				text('b', { supersedes: [{ id: 'c', relation: '替代' }] }),
				text('c', { supersededBy: [{ id: 'b', relation: '替代' }], supersedes: [{ id: 'a', relation: '废止' }] }),
			],
			[
				['a', 'supersedes.0', /循环：a → b → c → a/],
				['b', 'supersedes.0', /循环/],
				['c', 'supersedes.0', /循环/],
			],
		],
		[
			'现行 although a newer text repeals it',
			[text('old', { status: '现行' }), text('new', { status: '现行', supersedes: [{ id: 'old', relation: '废止' }] })],
			[['old', 'status', /状态为“现行”，但本文已被《标题new》废止/]],
		],
		[
			'试行 with its own supersededBy 替代 (a newer text the site lacks)',
			[text('old', { status: '试行', supersededBy: [{ title: '某省新办法', relation: '替代' }] })],
			[['old', 'status', /状态为“试行”，但本文已被《某省新办法》替代/]],
		],
		['carriedBy itself', [text('a', { carriedBy: 'a' })], [['a', 'carriedBy', /所在汇编“a”是本文自己/]]],
		['carriedBy nothing', [text('a', { carriedBy: 'nope' })], [['a', 'carriedBy', /所在汇编“nope”不存在/]]],
		[
			'carriedBy in a circle',
			[text('a', { carriedBy: 'b' }), text('b', { carriedBy: 'a' })],
			[
				['a', 'carriedBy', /所在汇编形成循环：a → b → a/],
				['b', 'carriedBy', /所在汇编形成循环：b → a → b/],
			],
		],
	])('%s', (_name, entries, expected) => {
		const problems = found(entries);
		expect(problems).toHaveLength(expected.length);
		for (const [id, field, message] of expected) {
			expect(
				problems.some(([i, f, m]) => i === id && f === field && message.test(m ?? '')),
				`${id} ${field} ${message}`
			).toBe(true);
		}
	});

	it.each<[string, CheckedEntry[]]>([
		['an amended text may stay 现行', [text('old', { status: '现行' }), text('new', { supersedes: [{ id: 'old', relation: '修订' }] })]],
		[
			'a chain without a cycle',
			[text('a', { supersedes: [{ id: 'b', relation: '替代' }] }), text('b', { supersedes: [{ id: 'c', relation: '替代' }] }), text('c')],
		],
		[
			'a compiled text carrying two',
			[text('guide', { status: '试行' }), text('a', { carriedBy: 'guide' }), text('b', { carriedBy: 'guide' })],
		],
	])('accepts %s', (_name, entries) => {
		expect(found(entries)).toEqual([]);
	});
});

describe('statusNotices', () => {
	const date = (s: string) => parsePartialDate(s)!;
	const none = { supersededBy: [] };
	it.each([
		['现行 with a date: none', { title: '某文件', status: '现行', docType: '意见', issued: date('2019-09-03') }, none, []],
		[
			'历史年度文件 names its year',
			{ title: '某文件', status: '历史年度文件', docType: '工作要点', issued: date('2022-03') },
			none,
			['historical'],
		],
		['试行', { title: '某文件', status: '试行', docType: '指南', issued: date('2019') }, none, ['trial']],
		['unknown date', { title: '某文件', status: '现行', docType: '意见', issued: date('不详') }, none, ['undated']],
		['已废止', { title: '某文件', status: '已废止', docType: '办法', issued: date('2010') }, none, ['repealed']],
		[
			'状态不详 and no date',
			{ title: '某文件', status: '不详', docType: '意见', issued: date('不详') },
			none,
			['undated', 'status-unknown'],
		],
		[
			'superseded comes first',
			{ title: '某文件', status: '试行', docType: '意见', issued: date('2015') },
			{ supersededBy: [{ relation: '替代' as const, id: 'n', title: '新' }] },
			['superseded', 'trial'],
		],
	])('%s', (_, text, relations, kinds) => {
		expect(statusNotices(text, relations).map((n) => n.kind)).toEqual(kinds);
	});

	it('tells the reader what a past yearly plan means, with the year of its title when the date is lost', () => {
		const [n] = statusNotices({ title: '某文件', status: '历史年度文件', docType: '工作要点', issued: date('2022-03') }, none);
		expect(n!.text).toContain('本文件为 2022 年度工作要点，仅供了解当年部署');
		const [m] = statusNotices({ title: '2021年学会党建工作要点', status: '历史年度文件', docType: '工作要点', issued: date('不详') }, none);
		expect(m!.text).toContain('本文件为 2021 年度工作要点');
	});

	it('an amended text points to the amendment', () => {
		const [n] = statusNotices(
			{ title: '某文件', status: '现行', docType: '意见', issued: date('2015') },
			{ supersededBy: [{ relation: '修订', id: 'n', title: '新' }] }
		);
		expect(n!.text).toContain('已被修订');
		expect(n!.related).toHaveLength(1);
	});
});
