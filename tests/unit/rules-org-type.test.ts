import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyOrg, type OrgKind } from '../../src/lib/rules/org-type';
import { anyRaw, errorsOf, expectTotal, unwrap } from './rules-helpers';

type Row = [label: string, formal: unknown, probationary: unknown, kind: OrgKind, alternatives: OrgKind[]];

describe('classifyOrg: thresholds (boundaries first)', () => {
	it.each<Row>([
		// founding: 正式党员 3 人以上 (3 included)
		['2 正式 → joint', 2, 0, 'joint', []],
		['3 正式 → 党支部', 3, 0, 'branch', []],
		// 支委会: 正式党员 7 人以上
		['6 正式 → 党支部 无支委会', 6, 0, 'branch', []],
		['7 正式 → 党支部 设支委会', 7, 0, 'branch-committee', []],
		// 50: open boundary, read as 党支部, 党总支 with approval
		['49 → 党支部', 49, 0, 'branch-committee', []],
		['50 → 党支部 (也可党总支)', 50, 0, 'branch-committee', ['general-branch']],
		['51 → 党总支', 51, 0, 'general-branch', []],
		// 100: open boundary, read as 党总支, 党委 with approval
		['99 → 党总支', 99, 0, 'general-branch', []],
		['100 → 党总支 (也可党委)', 100, 0, 'general-branch', ['committee']],
		['101 → 党委', 101, 0, 'committee', []],
		// 预备党员 never count toward 3 or 7 …
		['2 正式 + 5 预备 → joint', 2, 5, 'joint', []],
		['6 正式 + 3 预备 → 无支委会', 6, 3, 'branch', []],
		// … but count toward 50 and 100 (党员人数); the 正式-only reading is the alternative
		['48 正式 + 3 预备 = 51 → 党总支 (也可党支部)', 48, 3, 'general-branch', ['branch-committee']],
		['45 正式 + 5 预备 = 50 → 党支部 (也可党总支)', 45, 5, 'branch-committee', ['general-branch']],
		['98 正式 + 3 预备 = 101 → 党委 (也可党总支)', 98, 3, 'committee', ['general-branch']],
		['60 正式 + 40 预备 = 100 → 党总支 (也可党委)', 60, 40, 'general-branch', ['committee']],
		['0 正式 → joint', 0, 0, 'joint', []],
		['1000 → 党委', 1000, 0, 'committee', []],
		// raw strings as a form gives them
		['"3" and "" → 党支部', '3', '', 'branch', []],
		['" 7 " and undefined → 支委会', ' 7 ', undefined, 'branch-committee', []],
		['full-width "５１" → 党总支', '５１', '0', 'general-branch', []],
	])('%s', (_label, formal, probationary, kind, alternatives) => {
		const r = unwrap(classifyOrg({ formal, probationary }));
		expect(r.kind).toBe(kind);
		expect(r.alternatives.map((a) => a.kind)).toEqual(alternatives);
		for (const a of r.alternatives) expect(a.text).toMatch(/经.*批准也可/);
	});
});

describe('classifyOrg: flags', () => {
	it.each<[string, number, number, boolean, boolean, OrgKind, boolean]>([
		['规模较大, 30 名: 党委 is an alternative only', 30, 0, true, false, 'branch-committee', false],
		['规模较大 + 经批准, 30 名 → 党委', 30, 0, true, true, 'committee', true],
		['经批准, 50 名 → 党总支', 50, 0, false, true, 'general-branch', true],
		['经批准, 100 名 → 党委', 100, 0, false, true, 'committee', true],
		['经批准, 40 名: nothing to approve', 40, 0, false, true, 'branch-committee', false],
		['规模较大 + 经批准, 2 名: still joint', 2, 0, true, true, 'joint', false],
	])('%s', (_l, formal, probationary, large, approved, kind, applied) => {
		const r = unwrap(classifyOrg({ formal, probationary, largeOrManyMembers: large, higherApproval: approved }));
		expect(r.kind).toBe(kind);
		expect(r.approvalApplied).toBe(applied);
	});

	it('规模较大 cites 中办发〔2015〕51号 四、8.', () => {
		const r = unwrap(classifyOrg({ formal: 30, largeOrManyMembers: 'on' }));
		const alt = r.alternatives.find((a) => a.kind === 'committee');
		expect(alt?.citations.some((c) => c.kind === 'corpus' && c.entry === 'zhongbanfa-2015-51' && c.anchor === 's4-c8')).toBe(true);
	});
});

describe('classifyOrg: content', () => {
	it('joint gives the corpus routes, with the ≤5 units clause', () => {
		const r = unwrap(classifyOrg({ formal: 2 }));
		expect(r.routes.map((x) => x.id)).toEqual(['joint', 'instructor', 'area', 'trade', 'liaison']);
		const joint = r.routes[0]!;
		expect(joint.citations.some((c) => c.kind === 'corpus' && c.entry === 'qingbanfa-2018-9' && c.anchor === 's3-c9')).toBe(true);
		expect(r.routes[1]!.citations.some((c) => c.kind === 'corpus' && c.anchor === 'p2-s3-c6')).toBe(true);
	});

	it('founding steps follow 第二部分 四、 with 模板1–3 at step 2', () => {
		const r = unwrap(classifyOrg({ formal: 5 }));
		expect(r.nextSteps.map((s) => s.citations[0])).toEqual(
			expect.arrayContaining([expect.objectContaining({ entry: 'qinghai-guide', anchor: 'p2-s4-c1' })])
		);
		expect(r.nextSteps).toHaveLength(5);
		expect(r.nextSteps[1]!.templates.map((t) => t.id)).toEqual(['template-1', 'template-2', 'template-3']);
		expect(r.templates.map((t) => t.id)).toEqual(['template-1', 'template-2', 'template-3']);
	});

	it('功能型党组织: what it does not do', () => {
		const r = unwrap(classifyOrg({ formal: 5 }));
		expect(r.functional.doesNot).toEqual(expect.arrayContaining(['不接转组织关系', '不在科技社团党组织交纳党费', '不发展党员']));
		expect(r.functional.citations[0]).toMatchObject({ entry: 'qinghai-guide', anchor: 'p2-s2' });
	});

	it('leadership: 书记 1 名 without 支委会; 委员 3–5 with', () => {
		expect(unwrap(classifyOrg({ formal: 6 })).leadership.text).toContain('书记 1 名');
		expect(unwrap(classifyOrg({ formal: 7 })).leadership.text).toContain('3 至 5 名');
	});

	it('founding basis cites 党章 第三十条 and 青海指南 p2-s3-c1', () => {
		const r = unwrap(classifyOrg({ formal: 3 }));
		expect(r.basis).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ kind: 'external', article: '第三十条' }),
				expect.objectContaining({ entry: 'qinghai-guide', anchor: 'p2-s3-c1' }),
			])
		);
	});
});

describe('classifyOrg: invalid input', () => {
	it.each<[string, unknown, unknown, string]>([
		['empty formal', '', '0', 'formal'],
		['negative', '-1', '0', 'formal'],
		['decimal', '3.5', '0', 'formal'],
		['non-numeric', '三', '0', 'formal'],
		['too large', '100001', '0', 'formal'],
		['NaN', NaN, 0, 'formal'],
		['Infinity probationary', 3, Infinity, 'probationary'],
		['negative probationary', 3, -2, 'probationary'],
	])('%s', (_l, formal, probationary, field) => {
		const errors = errorsOf(classifyOrg({ formal, probationary }));
		expect(errors.map((e) => e.field)).toContain(field);
		expect(errors[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
	});
});

describe('classifyOrg is total', () => {
	it('any input → ok with finite integers, or Chinese errors', () => {
		fc.assert(
			fc.property(anyRaw, anyRaw, anyRaw, anyRaw, (formal, probationary, large, approved) => {
				const r = classifyOrg({ formal, probationary, largeOrManyMembers: large, higherApproval: approved });
				expectTotal(r, [(v) => v.counts.formal, (v) => v.counts.probationary, (v) => v.counts.total]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('survives a missing input object', () => {
		expectTotal(classifyOrg(undefined as never));
		expectTotal(classifyOrg(null as never));
	});
});
