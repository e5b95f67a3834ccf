import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dueMonth, termReminder, type TermStatus } from '../../src/lib/rules/term-reminder';
import { anyRaw, errorsOf, expectTotal, unwrap } from './rules-helpers';

describe('termReminder: due date and status', () => {
	it.each<[string, string, number, string, string, number, TermStatus]>([
		// boundaries of the 6-month window first
		['due in exactly 6 months', '2021-12-30', 5, '2026-06-30', '2026-12-30', 183, 'due-soon'],
		['due 6 months and 1 day ahead', '2021-12-31', 5, '2026-06-30', '2026-12-31', 184, 'ok'],
		['6 months from 31 Aug ends on 28 Feb', '2022-02-28', 5, '2026-08-31', '2027-02-28', 181, 'due-soon'],
		['due today', '2021-06-30', 5, '2026-06-30', '2026-06-30', 0, 'due-soon'],
		['one day overdue', '2021-06-29', 5, '2026-06-30', '2026-06-29', -1, 'overdue'],
		// 党章: 三年至五年, both ends included
		['term 3 years', '2023-09-01', 3, '2025-09-01', '2026-09-01', 365, 'ok'],
		['term 5 years', '2021-03-15', 5, '2026-01-10', '2026-03-15', 64, 'due-soon'],
		['29 Feb → 28 Feb', '2024-02-29', 5, '2025-01-01', '2029-02-28', 1519, 'ok'],
		['29 Feb → 29 Feb in a leap year', '2024-02-29', 4, '2025-01-01', '2028-02-29', 1154, 'ok'],
		['long overdue', '2010-05-20', 4, '2026-01-01', '2014-05-20', -4244, 'overdue'],
		['elected today', '2026-01-01', 5, '2026-01-01', '2031-01-01', 1826, 'ok'],
	])('%s', (_l, lastElection, termYears, today, due, days, status) => {
		const r = unwrap(termReminder({ lastElection, termYears, today }));
		expect(r.dueDate).toBe(due);
		expect(r.daysRemaining).toBe(days);
		expect(r.status).toBe(status);
	});

	it('cites the clauses synchronising 党组织换届 with 理事会换届', () => {
		const r = unwrap(termReminder({ lastElection: '2022-01-01', termYears: '5', today: '2026-01-01' }));
		expect(r.syncBasis).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ entry: 'qinghai-guide', anchor: 'p3' }),
				expect.objectContaining({ entry: 'qing-kexie-dangfa-2018-12', anchor: 's2-u2-c2' }),
				expect.objectContaining({ entry: 'kexie-dangzufa-2019-22', anchor: 's2-u5-c3' }),
			])
		);
		expect(r.templates.election.map((t) => t.id)).toEqual(['template-4', 'template-5', 'template-6']);
		expect(r.templates.byElection.map((t) => t.id)).toEqual(['template-7', 'template-8', 'template-9']);
		expect(r.electionSteps.map((s) => s.citations[0])).toEqual(
			['p3-s1-c1', 'p3-s1-c2', 'p3-s1-c3', 'p3-s1-c3'].map((anchor) => expect.objectContaining({ anchor }))
		);
		expect(r.approvals.length).toBeGreaterThan(0);
	});
});

describe('termReminder: invalid input', () => {
	it.each<[string, unknown, unknown, unknown, string]>([
		['impossible date', '2023-02-30', 5, '2024-01-01', 'lastElection'],
		['31 April', '2023-04-31', 5, '2024-01-01', 'lastElection'],
		['future election', '2027-01-01', 5, '2026-01-01', 'lastElection'],
		['term 0', '2022-01-01', 0, '2024-01-01', 'termYears'],
		['term 2 (党章: 3–5)', '2022-01-01', 2, '2024-01-01', 'termYears'],
		['term 6 (党章: 3–5)', '2022-01-01', 6, '2024-01-01', 'termYears'],
		['term 11', '2022-01-01', 11, '2024-01-01', 'termYears'],
		['term 2.5', '2022-01-01', '2.5', '2024-01-01', 'termYears'],
		['empty date', '', 5, '2024-01-01', 'lastElection'],
		['slashes', '2022/01/01', 5, '2024-01-01', 'lastElection'],
		['bad today', '2022-01-01', 5, 'today', 'today'],
		['month 13', '2022-13-01', 5, '2024-01-01', 'lastElection'],
	])('%s', (_l, lastElection, termYears, today, field) => {
		const errors = errorsOf(termReminder({ lastElection, termYears, today }));
		expect(errors.map((e) => e.field)).toContain(field);
		for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
	});
});

describe('a year and month only (2022年3月): the month it is due in, never a day', () => {
	it.each<[string, string, number, string, string]>([
		// boundaries first: the first and last month, the shortest and longest term, 29 Feb's month
		['January', '2022-01', 3, '2025-01', '2025年1月'],
		['December', '2021-12', 5, '2026-12', '2026年12月'],
		['February (29 Feb stays in February)', '2024-02', 5, '2029-02', '2029年2月'],
		['term 3', '2022-03', 3, '2025-03', '2025年3月'],
		['full-width digits', '２０２２-０３', 4, '2026-03', '2026年3月'],
	])('%s', (_l, lastMonth, termYears, due, label) => {
		const r = unwrap(dueMonth(lastMonth, termYears)!);
		expect(r.dueMonth).toBe(due);
		expect(r.label).toBe(label);
	});

	it.each<[string, unknown, unknown, string]>([
		['month 00', '2022-00', 3, 'lastElection'],
		['month 13', '2022-13', 3, 'lastElection'],
		['year 1899', '1899-05', 3, 'lastElection'],
		['term 2 (党章: 3–5)', '2022-03', 2, 'termYears'],
		['no term', '2022-03', '', 'termYears'],
	])('refuses %s', (_l, lastMonth, termYears, field) => {
		expect(errorsOf(dueMonth(lastMonth, termYears)!).map((e) => e.field)).toContain(field);
	});

	it.each(['2022-03-01', '2022-3', '2022年3月', '', 202203])('%j is not a year and month', (v) => {
		expect(dueMonth(v, 3)).toBeUndefined();
	});

	it('the calculator, given only a year and month (a link from search), says the month and asks for the day', () => {
		const errors = errorsOf(termReminder({ lastElection: '2022-03', termYears: 3, today: '2026-01-01' }));
		expect(errors).toEqual([
			{
				field: 'lastElection',
				message: '上次换届日期只有年月（2022年3月）：按每届 3 年推算，下次换届在 2025年3月；请补上是哪一日，才能算出到期日和剩余天数',
			},
		]);
		const noTerm = errorsOf(termReminder({ lastElection: '2022-03', termYears: '', today: '2026-01-01' }));
		expect(noTerm.map((e) => e.field)).toEqual(['lastElection', 'termYears']);
		expect(noTerm[0]!.message).toContain('请补上是哪一日');
	});
});

describe('termReminder is total', () => {
	const isoish = fc
		.record({ y: fc.integer({ min: 1890, max: 2210 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
		.map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
	it('any input → ok with finite integers, or Chinese errors', () => {
		fc.assert(
			fc.property(
				fc.oneof(anyRaw, isoish),
				fc.oneof(anyRaw, fc.integer({ min: -1, max: 12 })),
				fc.oneof(anyRaw, isoish),
				(lastElection, termYears, today) => {
					const r = termReminder({ lastElection, termYears, today });
					expectTotal(r, [(v) => v.daysRemaining, (v) => v.termYears]);
					if (r.ok) {
						expect(r.value.status === 'overdue').toBe(r.value.daysRemaining < 0);
						expect(r.value.dueDate > r.value.lastElection).toBe(true);
					}
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('addMonths never produces an impossible date', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2200 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 31 }),
				fc.integer({ min: 0, max: 240 }),
				(year, month, day, n) => {
					const r = addMonths({ year, month, day }, n);
					expect(r.day).toBeLessThanOrEqual(new Date(Date.UTC(r.year, r.month, 0)).getUTCDate());
				}
			)
		);
	});
});
