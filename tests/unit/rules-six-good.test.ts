import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QINGHAI_DEMONSTRATION, SHANXI_SIX_GOOD, summarise } from '../../src/lib/rules/six-good';
import { anyRaw, errorsOf, expectTotal, unwrap } from './rules-helpers';

describe('山西 六好 标准: data', () => {
	it('six headings, 25 criteria numbered 1–25 in order', () => {
		expect(SHANXI_SIX_GOOD.headings.map((h) => h.title)).toEqual([
			'坚持政治方向好',
			'团结凝聚群众好',
			'推动事业发展好',
			'建设先进文化好',
			'服务人才成长好',
			'加强自身建设好',
		]);
		expect(SHANXI_SIX_GOOD.headings.map((h) => h.criteria.length)).toEqual([3, 4, 3, 3, 4, 8]);
		const all = SHANXI_SIX_GOOD.headings.flatMap((h) => h.criteria);
		expect(all.map((c) => c.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
		expect(new Set(all.map((c) => c.id)).size).toBe(25);
		for (const c of all) {
			expect(c.citation).toMatchObject({ kind: 'corpus', entry: 'shanxi-shuangqiang-liuhao' });
			expect(c.citation.label).toContain(`${c.number}.`);
			expect(c.text.length).toBeGreaterThan(10);
		}
	});

	it('青海 示范点: six criteria with their titles', () => {
		expect(QINGHAI_DEMONSTRATION.headings.map((h) => h.title)).toEqual([
			'坚持政治方向好',
			'团结凝聚群众好',
			'推动事业发展好',
			'建设先进文化好',
			'服务人才成长好',
			'加强自身建设好',
		]);
		for (const h of QINGHAI_DEMONSTRATION.headings) {
			expect(h.criteria).toHaveLength(1);
			expect(h.criteria[0]!.citation.entry).toBe('qing-kexie-shedangfa-2019-10');
		}
	});
});

describe('summarise', () => {
	it.each<[string, Record<string, unknown>, number, number[]]>([
		['nothing ticked', {}, 0, [0, 0, 0, 0, 0, 0]],
		['first heading complete', { 'shanxi-1': true, 'shanxi-2': true, 'shanxi-3': 'on' }, 3, [3, 0, 0, 0, 0, 0]],
		['false and junk do not count', { 'shanxi-4': false, 'shanxi-5': 'no', 'shanxi-6': 1 }, 0, [0, 0, 0, 0, 0, 0]],
		[
			'last of each heading',
			{ 'shanxi-3': true, 'shanxi-7': true, 'shanxi-10': true, 'shanxi-13': true, 'shanxi-17': true, 'shanxi-25': true },
			6,
			[1, 1, 1, 1, 1, 1],
		],
	])('%s', (_l, checked, total, perHeading) => {
		const s = unwrap(summarise(checked));
		expect(s.checked).toBe(total);
		expect(s.total).toBe(25);
		expect(s.headings.map((h) => h.checked)).toEqual(perHeading);
	});

	it('everything ticked → 100%, 6 complete headings', () => {
		const all = Object.fromEntries(SHANXI_SIX_GOOD.headings.flatMap((h) => h.criteria.map((c) => [c.id, true])));
		const s = unwrap(summarise(all));
		expect(s.percent).toBe(100);
		expect(s.completeHeadings).toBe(6);
		expect(s.headings.every((h) => h.missing.length === 0)).toBe(true);
	});

	it('qinghai standard, unknown ids listed', () => {
		const s = unwrap(summarise({ 'qinghai-1': true, 'shanxi-1': true }, 'qinghai'));
		expect(s.checked).toBe(1);
		expect(s.total).toBe(6);
		expect(s.percent).toBe(16);
		expect(s.unknownIds).toEqual(['shanxi-1']);
	});

	it.each([null, 'x', 3, [true]])('rejects %j', (checked) => {
		expect(errorsOf(summarise(checked))[0]!.field).toBe('checked');
	});

	it('rejects an unknown standard', () => {
		expect(errorsOf(summarise({}, 'fujian'))[0]!.field).toBe('standard');
	});

	it('is total', () => {
		fc.assert(
			fc.property(
				fc.oneof(anyRaw, fc.dictionary(fc.constantFrom('shanxi-1', 'shanxi-25', 'qinghai-3', '__proto__', 'x'), anyRaw)),
				fc.oneof(anyRaw, fc.constantFrom('shanxi', 'qinghai')),
				(checked, standard) => {
					const r = summarise(checked, standard);
					expectTotal(r, [(s) => s.checked, (s) => s.total, (s) => s.percent]);
					if (r.ok) expect(r.value.checked).toBeLessThanOrEqual(r.value.total);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
