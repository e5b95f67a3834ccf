import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePlan, checkReportedResult, electionPlan, majority, marginFor, quorum } from '../../src/lib/rules/election';
import { anyRaw, errorsOf, expectTotal, unwrap } from './rules-helpers';

describe('差额: candidates ≥ seats + ceil(seats × 20%)', () => {
	it.each([
		[1, 1, 2],
		[3, 1, 4],
		[5, 1, 6],
		[7, 2, 9],
		[9, 2, 11],
		[10, 2, 12],
		[11, 3, 14],
		[15, 3, 18], // 15 × 0.2 is 3.0000000000000004 in floating point: must not round up to 4
		[25, 5, 30],
	])('%i seats → margin %i, %i candidates', (seats, margin, min) => {
		const r = unwrap(candidatePlan({ seats }));
		expect(r.margin).toBe(margin);
		expect(r.minCandidates).toBe(min);
		expect(r.method).toBe('差额选举');
		expect(marginFor(seats)).toBe(margin);
	});

	it.each([1, 2, 5])('补选 %i seats is 等额', (seats) => {
		const r = unwrap(candidatePlan({ seats, kind: '补选' }));
		expect(r.minCandidates).toBe(seats);
		expect(r.margin).toBe(0);
		expect(r.method).toBe('等额选举');
		expect(r.templates.map((t) => t.id)).toEqual(['template-7', 'template-8', 'template-9']);
	});

	it('书记、副书记 are 等额 (模板4 三、2.)', () => {
		const r = unwrap(candidatePlan({ seats: 5 }));
		expect(r.officers.citations[0]).toMatchObject({ entry: 'template-4', anchor: 's3-c2' });
	});

	it.each([0, '0', '', '-1', '2.5', 'abc'])('seats %j is an error', (seats) => {
		expect(errorsOf(candidatePlan({ seats }))[0]!.field).toBe('seats');
	});
});

describe('quorum: strictly more than 4/5 → floor(eligible × 4/5) + 1', () => {
	it.each([
		[1, 1],
		[5, 5], // 4/5 of 5 is 4: 4 present is not enough
		[7, 6], // 5.6 → 6
		[10, 9], // 8 is exactly 4/5: not enough
		[50, 41],
		[100, 81],
		[11, 9],
	])('eligible %i → at least %i present', (eligible, min) => {
		expect(unwrap(quorum({ eligible })).minPresent).toBe(min);
	});

	it.each([0, '', 'x', -3])('eligible %j is an error', (eligible) => {
		expect(errorsOf(quorum({ eligible }))[0]!.field).toBe('eligible');
	});
});

describe('majority: strictly more than half → floor(present / 2) + 1', () => {
	it.each([
		[1, 1],
		[9, 5],
		[10, 6], // exactly half (5) is not enough
		[41, 21],
		[40, 21],
	])('present %i → at least %i votes', (present, min) => {
		expect(unwrap(majority({ present })).minVotes).toBe(min);
	});
});

describe('electionPlan', () => {
	it('present > eligible is an error', () => {
		const errors = errorsOf(electionPlan({ seats: 5, eligible: 10, present: 11 }));
		expect(errors[0]).toMatchObject({ field: 'present' });
		expect(errors[0]!.message).toContain('不能多于');
	});

	it.each([
		[10, 8, false],
		[10, 9, true],
		[50, 40, false],
		[50, 41, true],
	])('eligible %i, present %i → quorum met %s', (eligible, present, met) => {
		const r = unwrap(electionPlan({ seats: 3, eligible, present }));
		expect(r.attendance?.quorumMet).toBe(met);
	});

	it('present is optional', () => {
		const r = unwrap(electionPlan({ seats: '5', eligible: '20', present: '' }));
		expect(r.attendance).toBeUndefined();
		expect(r.candidates.minCandidates).toBe(6);
		expect(r.quorum.minPresent).toBe(17);
	});

	it('seats 0 is an error', () => {
		expect(errorsOf(electionPlan({ seats: 0, eligible: 10 }))[0]!.field).toBe('seats');
	});
});

describe('checkReportedResult (模板6 / 模板9)', () => {
	const base = { eligible: 20, present: 18, seats: 3 };
	it.each<[string, object, boolean, string[]]>([
		[
			'valid',
			{
				votes: [
					{ name: '甲', votes: 18 },
					{ name: '乙', votes: 15 },
					{ name: '丙', votes: 10 },
				],
			},
			true,
			[],
		],
		['quorum not met (16 of 20 is exactly 4/5)', { present: 16, votes: [{ name: '甲', votes: 16 }] }, false, ['quorum']],
		['exactly half is not a majority', { votes: [{ name: '甲', votes: 9 }] }, false, ['below-majority']],
		['more elected than seats', { votes: [1, 2, 3, 4].map((i) => ({ name: `候选人${i}`, votes: 12 })) }, false, ['too-many-elected']],
		['votes > present', { votes: [{ name: '甲', votes: 19 }] }, false, ['votes-exceed-present']],
		[
			'total votes > present × seats',
			{
				seats: 1,
				votes: [
					{ name: '甲', votes: 18 },
					{ name: '乙', votes: 17 },
				],
			},
			false,
			['too-many-elected', 'votes-total'],
		],
		[
			'duplicate name',
			{
				votes: [
					{ name: '甲', votes: 18 },
					{ name: '甲', votes: 18 },
				],
			},
			false,
			['duplicate-name'],
		],
	])('%s', (_l, over, valid, codes) => {
		const r = unwrap(checkReportedResult({ ...base, ...over } as never));
		expect(r.valid).toBe(valid);
		expect(r.problems.map((p) => p.code)).toEqual(codes);
		for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
	});

	it('fewer elected than seats is a remark, not a defect', () => {
		const r = unwrap(checkReportedResult({ ...base, votes: [{ name: '甲', votes: 18 }] }));
		expect(r.valid).toBe(true);
		expect(r.remarks[0]).toContain('应选 3 名');
		expect(r.attendancePercent).toBe(90);
	});

	it('present > eligible is a field error', () => {
		expect(errorsOf(checkReportedResult({ eligible: 10, present: 12, seats: 3, votes: [{ name: '甲', votes: 7 }] }))[0]).toMatchObject({
			field: 'present',
		});
	});

	it.each<[string, unknown, string]>([
		['no votes', undefined, 'votes'],
		['empty votes', [], 'votes'],
		['missing name', [{ name: ' ', votes: 5 }], 'votes.0.name'],
		['bad vote count', [{ name: '甲', votes: '5.5' }], 'votes.0.votes'],
	])('%s', (_l, votes, field) => {
		expect(errorsOf(checkReportedResult({ ...base, votes })).map((e) => e.field)).toContain(field);
	});
});

describe('election rules are total', () => {
	it('candidatePlan / quorum / majority', () => {
		fc.assert(
			fc.property(anyRaw, anyRaw, (a, b) => {
				expectTotal(candidatePlan({ seats: a, kind: b }), [(v) => v.minCandidates, (v) => v.margin]);
				expectTotal(quorum({ eligible: a }), [(v) => v.minPresent]);
				expectTotal(majority({ present: a }), [(v) => v.minVotes]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('electionPlan', () => {
		fc.assert(
			fc.property(anyRaw, anyRaw, anyRaw, anyRaw, (seats, eligible, present, kind) => {
				expectTotal(electionPlan({ seats, eligible, present, kind }), [
					(v) => v.candidates.minCandidates,
					(v) => v.quorum.minPresent,
					(v) => v.attendance?.minVotes,
				]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('electionPlan with plausible numbers: quorum and majority are consistent', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (eligible, p) => {
				const present = p % (eligible + 1);
				const r = unwrap(electionPlan({ seats: 1, eligible, present }));
				const min = r.quorum.minPresent;
				expect(min * 5).toBeGreaterThan(eligible * 4);
				expect((min - 1) * 5).toBeLessThanOrEqual(eligible * 4);
				expect(r.attendance!.quorumMet).toBe(present * 5 > eligible * 4);
			})
		);
	});

	it('checkReportedResult', () => {
		const votes = fc.oneof(
			anyRaw,
			fc.array(fc.record({ name: anyRaw, votes: anyRaw }), { maxLength: 5 }),
			fc.array(fc.record({ name: fc.string({ minLength: 1 }), votes: fc.integer({ min: 0, max: 200 }) }), { maxLength: 8 })
		);
		fc.assert(
			fc.property(
				fc.oneof(anyRaw, fc.integer({ min: 1, max: 200 })),
				fc.oneof(anyRaw, fc.integer({ min: 1, max: 200 })),
				fc.oneof(anyRaw, fc.integer({ min: 1, max: 9 })),
				votes,
				(eligible, present, seats, v) => {
					const r = checkReportedResult({ eligible, present, seats, votes: v });
					expectTotal(r, [(x) => x.minPresent, (x) => x.minVotes]);
					if (r.ok) for (const p of r.value.problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
