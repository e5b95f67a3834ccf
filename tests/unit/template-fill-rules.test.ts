/**
 * Election arithmetic in the filled templates, at the boundaries: 差额 ≥ 20% (模板4),
 * 等额 (模板7), 超过五分之四 (模板6、模板9), 超过半数 (模板6、模板9).
 */
import { describe, expect, it } from 'vitest';
import { marginFor, quorumFor } from '../../src/lib/rules/election';
import { compose, validate, type Values } from '../../src/lib/template-fill';
import { runsText } from '../support/template-runs';
import { SAMPLES } from './template-fill-samples';

const candidates = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ name: `候选${i + 1}`, role: i === 0 ? '书记' : i === 1 ? '副书记' : '委员' }));
const warningsFor = (id: string, v: Values, field: string) =>
	validate(id, v).warnings.filter((w) => w.field === field || w.field.startsWith(`${field}.`));

describe('模板4: 差额不少于应选人数的 20%', () => {
	it.each([1, 3, 5, 7, 9, 10, 11])('应选 %i 名: seats + margin − 1 candidates warn, seats + margin do not', (seats) => {
		const margin = marginFor(seats);
		const base = { ...SAMPLES['template-4']!, seats: String(seats) };
		const short = warningsFor('template-4', { ...base, candidates: candidates(seats + margin - 1) }, 'candidates');
		expect(short).toHaveLength(1);
		expect(short[0]!.message).toContain(`至少应有 ${seats + margin} 名`);
		expect(short[0]!.citations?.some((c) => c.kind === 'corpus' && c.entry === 'template-4')).toBe(true);
		expect(warningsFor('template-4', { ...base, candidates: candidates(seats + margin) }, 'candidates')).toEqual([]);
	});

	it('writes 差额 and 差额比例 from the counts', () => {
		const doc = compose('template-4', { ...SAMPLES['template-4']!, seats: '7', candidates: candidates(9) });
		const text = doc.body.map((b) => (b.type === 'para' ? runsText(b.runs) : '')).join('\n');
		expect(text).toContain('等9位同志');
		expect(text).toContain('差额2名，差额比例28.6%');
	});

	it('rows with only a role chosen do not count as candidates', () => {
		const v = { ...SAMPLES['template-4']!, candidates: [...candidates(6), { name: '', role: '委员' }] };
		expect(validate('template-4', v).missing).toEqual([]);
		const text = compose('template-4', v)
			.body.map((b) => (b.type === 'para' ? runsText(b.runs) : ''))
			.join('');
		expect(text).toContain('等6位同志');
	});
});

describe('模板6、模板9: 到会超过五分之四', () => {
	it.each([
		['template-6', 5],
		['template-6', 10],
		['template-6', 28],
		['template-9', 10],
		['template-9', 15],
	] as const)('%s, 应到有选举权 %i: exactly four fifths (or the largest count not above it) warns, one more is fine', (id, eligible) => {
		const min = quorumFor(eligible);
		const base = { ...SAMPLES[id]!, expected: String(eligible), present: String(eligible), expectedVoting: String(eligible) };
		const at = warningsFor(id, { ...base, presentVoting: String(min - 1) }, 'presentVoting');
		expect(at).toHaveLength(1);
		expect(at[0]!.message).toContain('五分之四');
		expect(at[0]!.citations?.length).toBeGreaterThan(0);
		expect(warningsFor(id, { ...base, presentVoting: String(min) }, 'presentVoting')).toEqual([]);
		if ((eligible * 4) % 5 === 0) expect(min - 1).toBe((eligible * 4) / 5);
	});

	it('实到多于应到 is flagged', () => {
		const w = warningsFor('template-6', { ...SAMPLES['template-6']!, presentVoting: '29' }, 'presentVoting');
		expect(w.length).toBeGreaterThan(0);
	});
});

describe('模板6、模板9: 当选须超过实到人数的半数', () => {
	it('half the votes exactly warns on that row, one more is fine', () => {
		const base = { ...SAMPLES['template-9']!, expectedVoting: '20', presentVoting: '20', present: '20', expected: '20' };
		const half = warningsFor(
			'template-9',
			{
				...base,
				elected: [
					{ name: '甲', votes: '11', duty: '组织委员' },
					{ name: '乙', votes: '10', duty: '宣传委员' },
				],
			},
			'elected'
		);
		expect(half.map((w) => w.field)).toEqual(['elected.1.votes']);
		expect(half[0]!.message).toContain('不能当选');
		expect(half[0]!.citations?.length).toBeGreaterThan(0);
		expect(
			warningsFor(
				'template-9',
				{
					...base,
					elected: [
						{ name: '甲', votes: '11', duty: '组织委员' },
						{ name: '乙', votes: '11', duty: '宣传委员' },
					],
				},
				'elected'
			)
		).toEqual([]);
	});

	it('模板6: 书记 elected at the first plenary meeting needs more than half', () => {
		const base = { ...SAMPLES['template-6']!, plenaryExpected: '5', plenaryPresent: '5' };
		expect(warningsFor('template-6', { ...base, secretaryVotes: '2' }, 'secretaryVotes')).toHaveLength(1);
		expect(warningsFor('template-6', { ...base, secretaryVotes: '3' }, 'secretaryVotes')).toEqual([]);
	});

	it('模板6: more elected than seats', () => {
		const w = validate('template-6', { ...SAMPLES['template-6']!, seats: '2' }).warnings;
		expect(w.some((x) => x.field === 'seats' && x.message.includes('多于应选名额'))).toBe(true);
	});
});

describe('模板7: 补选实行等额选举', () => {
	it.each([
		['1', '1', 0],
		['2', '2', 0],
		['2', '1', 1],
		['2', '3', 1],
	])('空缺 %s, 候选 %s → %i warning(s)', (vacancies, nominees, n) => {
		const w = warningsFor('template-7', { ...SAMPLES['template-7']!, vacancies, nominees }, 'nominees');
		expect(w).toHaveLength(n);
		if (n) expect(w[0]!.message).toContain('等额');
	});
});

describe('validation messages', () => {
	it('malformed numbers and dates are Chinese field errors', () => {
		const v = validate('template-6', {
			...SAMPLES['template-6']!,
			expected: '3.5',
			meetingDate: '2024-02-30',
			elected: [{ name: '甲', votes: 'abc' }],
		});
		const fields = v.errors.map((e) => e.field);
		expect(fields).toEqual(expect.arrayContaining(['expected', 'meetingDate', 'elected.0.votes']));
		for (const e of v.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
	});

	it('required fields left empty are listed as missing', () => {
		const v = validate('template-1', { ...SAMPLES['template-1']!, society: '  ', officers: [{ role: '书记', name: '' }] });
		expect(v.missing.map((m) => m.field)).toEqual(['society', 'officers.0.name']);
	});

	it('副书记 is required only when 选举了副书记 is ticked', () => {
		const without = { ...SAMPLES['template-6']!, hasDeputy: '', deputy: '', deputyVotes: '' };
		expect(validate('template-6', without).missing).toEqual([]);
		const text = compose('template-6', without)
			.body.map((b) => (b.type === 'para' ? runsText(b.runs) : ''))
			.join('');
		expect(text).not.toContain('副书记');
		expect(validate('template-6', { ...without, hasDeputy: 'on' }).missing.map((m) => m.field)).toEqual(['deputy', 'deputyVotes']);
	});
});
