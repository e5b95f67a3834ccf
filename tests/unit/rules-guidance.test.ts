/**
 * What the tools say, held to the texts (issue 13, items 1–8 and 16): force of obligation, whose
 * members count, approval routes, open boundaries, where 补选等额 comes from, who is 应到会, term
 * lengths and postponement, appointed vs elected 班子, and the list of readings.
 */
import { describe, expect, it } from 'vitest';
import type { Basis } from '../../src/lib/rules/basis';
import { candidatePlan, ELIGIBLE_COUNT } from '../../src/lib/rules/election';
import { APPROVAL_NOT_PROVIDED, APPROVAL_ROUTES, classifyOrg, COUNT_BASIS } from '../../src/lib/rules/org-type';
import { READINGS, readingsFor } from '../../src/lib/rules/readings';
import { termReminder, TERM_REFUSED } from '../../src/lib/rules/term-reminder';
import { MIN_FORMAL_TO_FOUND, TERM_SHIFT_MAX_YEARS, TERM_YEARS } from '../../src/lib/rules/thresholds';
import { errorsOf, unwrap } from './rules-helpers';

const cites = (list: readonly Basis[], entry: string, anchor?: string) =>
	list.some((c) => c.kind === 'corpus' && c.entry === entry && (anchor === undefined || c.anchor === anchor));
const citesExternal = (list: readonly Basis[], name: string, article: string) =>
	list.some((c) => c.kind === 'external' && c.name === name && c.article === article);

describe('1. 3 名以上正式党员: a duty, not an option', () => {
	it('the threshold says 应当成立, as 党章 and 51号 do', () => {
		expect(MIN_FORMAL_TO_FOUND.meaning).toContain('都应当成立');
		expect(MIN_FORMAL_TO_FOUND.meaning).not.toContain('可以');
		expect(MIN_FORMAL_TO_FOUND.citations.map((c) => c.quote).join()).toMatch(/都应当成立|都要/);
	});
});

describe('2. whose members are counted', () => {
	it('says 理事会 with 青海指南 第二部分 三、1., and what to do when another basis is meant', () => {
		expect(COUNT_BASIS.text).toContain('理事会');
		expect(COUNT_BASIS.text).toMatch(/专职工作人员或会员/);
		expect(cites(COUNT_BASIS.citations, 'qinghai-guide', 'p2-s3-c1')).toBe(true);
		expect(cites(COUNT_BASIS.citations, 'zhongbanfa-2015-51', 's4-c8')).toBe(true);
	});
});

describe('3. approval routes: every one the corpus provides, and what it does not', () => {
	it.each<[string, string, string]>([
		['large-committee', 'zhongbanfa-2015-51', 's4-c8'],
		['work-group', 'kexie-dangzufa-2016-81', 's3-c6'],
		['temporary', 'zhongzufa-2000-10', 's2'],
		['functional', 'qing-liangxin-2018-15', 'c1'],
		['special-branch', 'chongqing-2023-gongzuo-yaodian', 's2-c7'],
		['sub-branch', 'qinghai-guide', 'p2-s3-c5'],
		['industry', 'zhongbanfa-2015-51', 's4-c9'],
	])('%s cites %s#%s', (id, entry, anchor) => {
		const route = APPROVAL_ROUTES.find((r) => r.id === id);
		expect(route).toBeDefined();
		expect(cites(route!.citations, entry, anchor)).toBe(true);
	});
	it('states what is not provided', () => {
		expect(APPROVAL_NOT_PROVIDED).toContain('不足 3 人');
		expect(READINGS.map((r) => r.text).join()).not.toContain('条文没有给出其他经批准另设的情形');
	});
});

describe('4. exactly 50 / exactly 100: both forms side by side with their clauses', () => {
	it.each<[number, number, string[]]>([
		[49, 0, []],
		[50, 0, ['branch-committee', 'general-branch']],
		[45, 5, ['branch-committee', 'general-branch']],
		[51, 0, []],
		[99, 0, []],
		[100, 0, ['general-branch', 'committee']],
		[101, 0, []],
	])('%i 正式 + %i 预备 → %j', (formal, probationary, kinds) => {
		const r = unwrap(classifyOrg({ formal, probationary }));
		expect(r.boundary?.options.map((o) => o.kind) ?? []).toEqual(kinds);
		for (const o of r.boundary?.options ?? []) expect(o.citations.length).toBeGreaterThan(0);
	});
	it('the 50 reading rests on 支部工作条例, the other on 青海指南', () => {
		const [branch, general] = unwrap(classifyOrg({ formal: 50 })).boundary!.options;
		expect(branch!.citations.some((c) => c.kind === 'external' && c.quote.includes('一般不超过50人'))).toBe(true);
		expect(cites(general!.citations, 'qinghai-guide', 'p2-s3-c1')).toBe(true);
	});
});

describe('5. 补选等额 is a 青海 template rule', () => {
	it('the plan says 按青海指南模板7、9 and does not present it as national', () => {
		const p = unwrap(candidatePlan({ seats: 2, kind: '补选' }));
		expect(p.text).toContain('按青海指南模板7、9');
		expect(p.text).toContain('不是全国性文件的规定');
		expect(p.citations.every((c) => c.kind === 'corpus' && /^template-[79]$/.test(c.entry))).toBe(true);
	});
});

describe('6. 应到会人数 as the 选举工作条例 states it', () => {
	it('names 留党察看, 留置、逮捕 and 预备党员, citing 第五条', () => {
		expect(ELIGIBLE_COUNT.text).toContain('留党察看');
		expect(ELIGIBLE_COUNT.text).toContain('留置、逮捕');
		expect(ELIGIBLE_COUNT.text).toContain('预备党员');
		expect(citesExternal(ELIGIBLE_COUNT.citations, '《中国共产党基层组织选举工作条例》', '第五条')).toBe(true);
	});
});

describe('7. term lengths and postponement', () => {
	it('terms follow 党章: 3 to 5 years', () => {
		expect(TERM_YEARS.value).toEqual({ min: 3, max: 5 });
		expect(citesExternal(TERM_YEARS.citations, '《中国共产党章程》', '第三十一条')).toBe(true);
	});
	it.each([2, 6, 10])('a %i-year term is refused with the reason', (termYears) => {
		const [error] = errorsOf(termReminder({ lastElection: '2022-01-01', termYears, today: '2024-01-01' }));
		expect(error!.field).toBe('termYears');
		expect(error!.message).toContain(TERM_REFUSED);
	});
	it('postponing or advancing needs approval, generally ≤ 1 year, with 选举工作条例 第三条', () => {
		const r = unwrap(termReminder({ lastElection: '2022-01-01', termYears: 5, today: '2024-01-01' }));
		expect(r.notes.join()).not.toContain('党组织随之调整');
		expect(r.shift.text).toContain('应当报上级党组织批准');
		expect(r.shift.text).toContain('一般不超过 1 年');
		expect(citesExternal(TERM_SHIFT_MAX_YEARS.citations, '《中国共产党基层组织选举工作条例》', '第三条')).toBe(true);
		expect(citesExternal(r.shift.citations, '《中国共产党基层组织选举工作条例》', '第三条')).toBe(true);
	});
});

describe('8. 党支部班子: elected, 功能型党支部: appointed', () => {
	it('the branch leadership no longer cites the 功能型 clause for an election', () => {
		const r = unwrap(classifyOrg({ formal: 5 }));
		expect(cites(r.leadership.citations, 'qing-liangxin-2018-15')).toBe(false);
		expect(cites(r.leadership.citations, 'qinghai-guide', 'p2-s4-c4')).toBe(true);
	});
	it('the 功能型党支部 is shown as appointed, without a term, with 15号 4. and 5.', () => {
		const r = unwrap(classifyOrg({ formal: 5 }));
		expect(r.functional.leadership.text).toContain('由上级党组织任命');
		expect(r.functional.leadership.text).toContain('不实行任期制');
		expect(cites(r.functional.leadership.citations, 'qing-liangxin-2018-15', 'c4')).toBe(true);
		expect(cites(r.functional.leadership.citations, 'qing-liangxin-2018-15', 'c5')).toBe(true);
	});
});

describe('16. the list of readings', () => {
	it('has unique ids, and every reading of a text cites it', () => {
		expect(new Set(READINGS.map((r) => r.id)).size).toBe(READINGS.length);
		for (const r of READINGS) if (r.kind !== '本站约定') expect(r.citations.length, r.id).toBeGreaterThan(0);
	});
	it.each(['org-type', 'election', 'term-reminder', 'templates'] as const)('%s has readings', (tool) => {
		expect(readingsFor(tool).length).toBeGreaterThan(0);
	});
	it('covers the readings the tools state: 50/100, 超过五分之四, 补选等额, 任期', () => {
		expect(READINGS.map((r) => r.id)).toEqual(
			expect.arrayContaining(['boundary-50-100', 'quorum-strict', 'by-election-equal', 'term-range', 'term-shift', 'eligible-count'])
		);
	});
});
