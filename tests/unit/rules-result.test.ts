import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/lib/rules/result';
import { parseIsoDate } from '../../src/lib/calendar';
import { anyRaw, errorsOf, expectTotal, unwrap } from './rules-helpers';

const opts = { field: 'n', label: '人数' };

describe('parseCount', () => {
	it.each<[unknown, number]>([
		['0', 0],
		['3', 3],
		[' 42 ', 42],
		['０７', 7],
		[100_000, 100_000],
		['100000', 100_000],
		[-0, 0],
	])('%j → %i', (raw, n) => {
		expect(unwrap(parseCount(raw, opts))).toBe(n);
	});

	it.each<[unknown, string]>([
		['', '未填写'],
		[undefined, '未填写'],
		['-1', '不能为负数'],
		[-1, '不能为负数'],
		['3.5', '不能有小数'],
		[3.5, '不能有小数'],
		['abc', '应为数字'],
		['1e3', '应为数字'],
		['0x10', '应为数字'],
		['100001', '超出范围'],
		['1000000000000000', '超出范围'],
		[NaN, '不是有效数字'],
		[Infinity, '超出范围'],
		[{}, '应为数字'],
		[true, '应为数字'],
	])('%j → error “%s”', (raw, why) => {
		const [e] = errorsOf(parseCount(raw, opts));
		expect(e!.field).toBe('n');
		expect(e!.message).toContain(why);
		expect(e!.message).toContain('请输入 0 到 100000 之间的整数');
	});

	it('honours min, max (up to 10^9) and emptyAs', () => {
		expect(errorsOf(parseCount('0', { ...opts, min: 1 }))[0]!.message).toContain('请输入 1 到 100000 之间的整数');
		expect(unwrap(parseCount('1000000000', { ...opts, max: 1e9 }))).toBe(1e9);
		expect(errorsOf(parseCount('1000000001', { ...opts, max: 1e12 }))[0]!.message).toContain('1000000000');
		expect(unwrap(parseCount('', { ...opts, emptyAs: 0 }))).toBe(0);
	});

	it('is total', () => {
		fc.assert(
			fc.property(anyRaw, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2e9 }), (raw, min, max) => {
				const r = parseCount(raw, { ...opts, min, max });
				expectTotal(r, [(v) => v]);
				if (r.ok) {
					expect(r.value).toBeGreaterThanOrEqual(min);
					expect(r.value).toBeLessThanOrEqual(Math.min(max, 1e9));
				}
			}),
			{ numRuns: 3000 }
		);
	});
});

describe('parseIsoDate', () => {
	it.each(['2024-02-29', '2023-12-31', '1900-01-01'])('accepts %s', (s) => {
		expect(unwrap(parseIsoDate(s, { field: 'd', label: '日期' })).iso).toBe(s);
	});
	it.each(['2023-02-29', '2023-02-30', '2023-04-31', '2023-00-10', '2023-1-1', '20230101', '', '1899-12-31'])('rejects %j', (s) => {
		expect(errorsOf(parseIsoDate(s, { field: 'd', label: '日期' }))[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
	});
});
