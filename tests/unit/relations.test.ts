import { describe, expect, it } from 'vitest';
import { resolveRelations, statusNotices, type RelationEntry } from '../../src/lib/relations';
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
		const { of, errors } = resolveRelations([
			entry('new', { supersedes: [{ id: 'old', relation: '替代' }] }),
			entry('old', { supersededBy: [{ id: 'new', relation: '替代' }] }),
		]);
		expect(errors).toEqual([]);
		expect(of('old').supersededBy).toEqual([{ relation: '替代', id: 'new', title: '标题new' }]);
		expect(of('new').supersedes).toEqual([{ relation: '替代', id: 'old', title: '标题old' }]);
		expect(of('new').supersededBy).toEqual([]);
	});

	it('keeps an uncollected text by title', () => {
		const { of } = resolveRelations([entry('old', { supersededBy: [{ title: '某省新办法', relation: '废止' }] })]);
		expect(of('old').supersededBy).toEqual([{ relation: '废止', title: '某省新办法' }]);
	});

	it('names the file and field of an unknown id or a text pointing at itself', () => {
		const { errors } = resolveRelations([
			entry('a', { supersedes: [{ id: 'nope', relation: '修订' }], supersededBy: [{ id: 'a', relation: '替代' }] }),
		]);
		expect(errors).toEqual(['a：supersedes 中的 id“nope”不是本站收录的文件', 'a：supersededBy 中的 id“a”是本文自己']);
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
