/**
 * Templates held to the texts (issue 13, items 9–11): 模板9 keeps its 成文日期, related fields are
 * checked against each other, and a document that breaks a rule is never produced clean.
 */
import { describe, expect, it } from 'vitest';
import { compose, getSpec, NONCONFORMING_PREFIX, prepareOutput, validate, type Values } from '../../src/lib/template-fill';
import { runsText } from '../support/template-runs';
import { composeForPreview } from '../../src/lib/template-fill/output';
import { readSource, SOURCE } from '../support/sources';
import { SAMPLES } from './template-fill-samples';

const warningsOn = (id: string, v: Values, field: string) => validate(id, v).warnings.filter((w) => w.field === field);
const keepAll = { keepBlanks: true, keepNonconforming: true };
const strict = { keepBlanks: false, keepNonconforming: false };

describe('9. 模板9 ends with a 成文日期, as the source does', () => {
	it('the source of 模板9 ends with 年 月 日', () => {
		const guide = readSource(SOURCE.qinghaiGuide);
		const t9 = guide.slice(guide.indexOf('关于××学会党总支（支部） 委员会委员补选结果的请示'));
		expect(t9.slice(0, t9.indexOf('年 月 日') + 5)).toMatch(/××学会党总支（支部）\s+年 月 日$/);
	});
	it('the form requires it and the document carries it', () => {
		expect(getSpec('template-9')!.fields.find((f) => f.name === 'date')?.required).toBe(true);
		expect(validate('template-9', { ...SAMPLES['template-9']!, date: '' }).missing.map((m) => m.field)).toContain('date');
		expect(runsText(compose('template-9', SAMPLES['template-9']!).date)).toBe('2024年5月21日');
		expect(runsText(compose('template-9', { ...SAMPLES['template-9']!, date: '' }).date)).toBe('年　月　日');
	});
});

describe('10. cross-checks between fields', () => {
	const t1 = SAMPLES['template-1']!;
	it('the samples pass every check', () => {
		for (const id of Object.keys(SAMPLES)) expect({ id, warnings: validate(id, SAMPLES[id]!).warnings }).toEqual({ id, warnings: [] });
	});
	it.each<[string, Values, string]>([
		['模板1: 书记 + 副书记 + 委员 ≠ 组成人数', { ...t1, committee: '2' }, 'size'],
		['模板1: officer rows ≠ 组成人数', { ...t1, size: '4', committee: '2' }, 'officers'],
		['模板1: 党支部 with 2 副书记', { ...t1, deputies: '2', committee: '2' }, 'deputies'],
		['模板1: 党委 with 9 党员', { ...t1, orgKind: '党委' }, 'orgKind'],
		['模板1: 党总支 with 9 党员', { ...t1, orgKind: '党总支' }, 'orgKind'],
		['模板1: 党支部 with 2 党员', { ...t1, partyMembers: '2' }, 'orgKind'],
		['模板1: 支委会 with 5 党员 (不足 7 人不设支委会)', { ...t1, partyMembers: '5' }, 'size'],
		[
			'模板1: 支委会 of 9',
			{
				...t1,
				partyMembers: '40',
				size: '9',
				committee: '7',
				officers: Array.from({ length: 9 }, (_, i) => ({ role: '委员', name: `委员${i}` })),
			},
			'size',
		],
		['模板1: 成文日期 before the 理事会议', { ...t1, date: '2024-03-01' }, 'date'],
		['模板4: 支委会 of 2 seats', { ...SAMPLES['template-4']!, orgKind: '党支部', seats: '2' }, 'seats'],
		['模板4: 支委会 of 8 seats', { ...SAMPLES['template-4']!, orgKind: '党支部', seats: '8' }, 'seats'],
		['模板4: meeting before the 请示', { ...SAMPLES['template-4']!, meetingDate: '2024-03-01' }, 'meetingDate'],
		['模板4: a 6-year term', { ...SAMPLES['template-4']!, electedDate: '2018-06-01' }, 'termEnd'],
		['模板4: a 2-year term', { ...SAMPLES['template-4']!, electedDate: '2022-06-01' }, 'termEnd'],
		['模板6: 请示 before the meeting', { ...SAMPLES['template-6']!, date: '2024-05-19' }, 'date'],
		['模板7: meeting before the 请示', { ...SAMPLES['template-7']!, meetingDate: '2024-03-01' }, 'meetingDate'],
		['模板9: 请示 before the meeting', { ...SAMPLES['template-9']!, date: '2024-05-19' }, 'date'],
		['模板9: plenary 实到 > 应到', { ...SAMPLES['template-9']!, plenaryPresent: '6' }, 'plenaryPresent'],
	])('%s', (label, values, field) => {
		// '模板N: …' names the template
		expect(warningsOn(`template-${/^模板(\d)/.exec(label)![1]}`, values, field)).toHaveLength(1);
	});
	it('模板1: the open boundaries and an approved large society are accepted', () => {
		expect(warningsOn('template-1', { ...t1, orgKind: '党总支', partyMembers: '50' }, 'orgKind')).toEqual([]);
		expect(warningsOn('template-1', { ...t1, orgKind: '党委', partyMembers: '100' }, 'orgKind')).toEqual([]);
		expect(warningsOn('template-1', { ...t1, orgKind: '党委', partyMembers: '30', largeApproved: 'on' }, 'orgKind')).toEqual([]);
	});
	it('模板4 offers 党委 as its title does, and a 3- or 5-year term passes', () => {
		expect(getSpec('template-4')!.fields.find((f) => f.name === 'orgKind')?.options).toEqual(['党委', '党总支', '党支部']);
		expect(warningsOn('template-4', { ...SAMPLES['template-4']!, electedDate: '2021-06-01' }, 'termEnd')).toEqual([]);
	});
	it('模板7 says where 等额 comes from', () => {
		const [w] = warningsOn('template-7', { ...SAMPLES['template-7']!, nominees: '3' }, 'nominees');
		expect(w!.message).toContain('按青海指南模板7、9');
	});
});

describe('11. no document that breaks a rule reads as valid', () => {
	const t6 = SAMPLES['template-6']!;
	it.each<[string, string, Values]>([
		[
			'20 of 25 present recorded as 80%（五分之四以上）',
			'template-6',
			{ ...t6, expectedVoting: '25', presentVoting: '20', present: '20', expected: '25' },
		],
		[
			'a person with exactly half the votes listed as 当选',
			'template-9',
			{
				...SAMPLES['template-9']!,
				expectedVoting: '20',
				presentVoting: '20',
				present: '20',
				expected: '20',
				elected: [{ name: '甲', votes: '10', duty: '组织委员' }],
			},
		],
		['差额0名', 'template-4', { ...SAMPLES['template-4']!, candidates: SAMPLES['template-4']!.candidates!.slice(0, 5) as never }],
	])('%s: refused, or marked on its first line when kept', (_label, id, values) => {
		const refused = prepareOutput(id, values, strict);
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.reason).toBe('nonconforming');
			expect(refused.message).toContain('不符合规定');
		}
		const kept = prepareOutput(id, values, keepAll);
		expect(kept.ok).toBe(true);
		if (kept.ok) expect(runsText(kept.doc.notice)).toMatch(new RegExp(`^${NONCONFORMING_PREFIX}.+`));
		expect(runsText(composeForPreview(id, values).notice)).toMatch(new RegExp(`^${NONCONFORMING_PREFIX}`));
	});
	it('a conforming document has no notice', () => {
		const out = prepareOutput('template-6', t6, strict);
		expect(out.ok && out.doc.notice).toBe(undefined);
		expect(composeForPreview('template-6', t6).notice).toBeUndefined();
	});
	it('malformed input is refused even when everything is kept', () => {
		expect(prepareOutput('template-6', { ...t6, expected: 'abc' }, keepAll)).toMatchObject({ ok: false, reason: 'errors' });
	});
});
