import { describe, expect, it } from 'vitest';
import { groupByLevel, sortByIssuedDesc, type ListedPolicy } from '../../src/lib/policy-list';
import { parsePartialDate } from '../../src/lib/schema/partial-date';

const policy = (id: string, issued: string, level: ListedPolicy['level'] = '省级'): ListedPolicy => ({
	id,
	title: id,
	shortTitle: id,
	issuers: ['x'],
	issued: parsePartialDate(issued)!,
	level,
	status: '现行',
	docType: '通知',
});

describe('sortByIssuedDesc', () => {
	it.each([
		[
			['a:2019-09-03', 'b:2023-04-14'],
			['b', 'a'],
		],
		[
			['a:2022-06', 'b:2022-06-30'],
			['b', 'a'],
		],
		[
			['a:不详', 'b:2000-01-01'],
			['b', 'a'],
		],
		[
			['b:不详', 'a:不详'],
			['a', 'b'],
		],
	])('%j → %j', (rows, expected) => {
		const input = rows.map((r) => policy(r.split(':')[0]!, r.split(':')[1]!));
		expect(sortByIssuedDesc(input).map((p) => p.id)).toEqual(expected);
	});
});

describe('groupByLevel', () => {
	it('orders levels from the centre down and leaves out empty ones', () => {
		const groups = groupByLevel([policy('m', '2020', '市级'), policy('c', '2015', '中央'), policy('p', '2019', '省级')]);
		expect(groups.map((g) => g.level)).toEqual(['中央', '省级', '市级']);
	});
});
