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

describe('issue 22: the last guidance gaps', () => {
	const reading = (id: string) => READINGS.find((r) => r.id === id)!;

	it('the 功能型 conflict states both texts: 青海指南 第二部分 二、 and 青两新工委〔2018〕15号 4.、5.', () => {
		const r = reading('functional-conflict');
		expect(r.kind).toBe('文件之间不一致');
		expect(r.text).toContain('学会设立的党的基层组织为功能型党组织');
		expect(r.text).toContain('由上级党组织任命，不实行任期制');
		expect(cites(r.citations, 'qinghai-guide', 'p2-s2')).toBe(true);
		expect(cites(r.citations, 'qing-liangxin-2018-15', 'c4')).toBe(true);
		expect(cites(r.citations, 'qing-liangxin-2018-15', 'c5')).toBe(true);
		expect(readingsFor('org-type')).toContain(r);
		expect(readingsFor('term-reminder')).toContain(r);
		// The calculator's 功能型 section says it too.
		expect(unwrap(classifyOrg({ formal: 5 })).functional.leadership.text).toContain('两份青海文件的说法不同');
	});

	it('the 书记 route: 理事长 (青海), 主要负责人 or 上级党组织选派 (81号, 平顶山, 51号 17., 9号 17.), in both tools', () => {
		const r = reading('secretary-route');
		for (const [entry, anchor] of [
			['qinghai-guide', 'p2-s3-c4'],
			['kexie-dangzufa-2016-81', 's3-c6'],
			['pingdingshan-xuehui-dangjian-yijian', 's3-c3'],
			['zhongbanfa-2015-51', 's6-c17'],
			['qingbanfa-2018-9', 's5-c17'],
		] as const) {
			expect(cites(r.citations, entry, anchor), `${entry} ${anchor}`).toBe(true);
		}
		expect(r.text).toContain('原则上由是中共正式党员的学会理事长担任');
		expect(r.text).toContain('由上级党组织选派');
		const org = unwrap(classifyOrg({ formal: 12 }));
		expect(org.leadership.text).toContain('由上级党组织选派');
		expect(cites(org.leadership.citations, 'zhongbanfa-2015-51', 's6-c17')).toBe(true);
		const term = unwrap(termReminder({ lastElection: '2021-06-30', termYears: 5, today: '2024-01-01' }));
		const approval = term.approvals.find((a) => a.what.startsWith('书记人选'))!;
		expect(approval.by).toContain('上级党组织选派');
		expect(cites(approval.citations, 'qingbanfa-2018-9', 's5-c17')).toBe(true);
	});

	it('the 规模较大 route is approved by a 县级以上党委, and the verdict says so when the box is ticked', () => {
		const r = unwrap(classifyOrg({ formal: 30, largeOrManyMembers: true, higherApproval: true }));
		expect(r.kind).toBe('committee');
		expect(r.reason).toContain('县级以上党委');
		expect(r.reason).toContain('所勾选的批准须是县级以上党委的批准');
		// At exactly 50, the approval meant is the higher organisation's: no 县级以上党委 sentence.
		expect(unwrap(classifyOrg({ formal: 50, higherApproval: true })).reason).not.toContain('县级以上党委');
		const reading50 = reading('large-committee-approval');
		expect(cites(reading50.citations, 'zhongbanfa-2015-51', 's4-c8')).toBe(true);
		expect(cites(reading50.citations, 'qingbanfa-2018-9', 's3-c7')).toBe(true);
	});

	it('the joint route states 支部工作条例 第五条 “应当” beside the “可以” of the other texts', () => {
		const joint = unwrap(classifyOrg({ formal: 2 })).routes.find((x) => x.id === 'joint')!;
		expect(joint.text).toContain('“应当”成立联合党支部');
		expect(joint.text).toContain('“可以”联合建立');
		expect(citesExternal(joint.citations, '《中国共产党支部工作条例（试行）》', '第五条')).toBe(true);
		expect(reading('joint-must-may').citations.some((c) => c.kind === 'external' && c.quote.includes('应当按照地域相邻'))).toBe(true);
	});

	it('the 临时党组织 keeps the “应” of 中组发〔2000〕10号', () => {
		const route = APPROVAL_ROUTES.find((x) => x.id === 'temporary')!;
		expect(route.text).toContain('应根据工作需要成立临时党组织');
		expect(route.citations.some((c) => c.quote.includes('应根据工作需要成立社会团体临时党组织'))).toBe(true);
	});

	it('the term reminder says it follows “与理事会换届同步”, and that texts outside the corpus govern the term', () => {
		const r = unwrap(termReminder({ lastElection: '2021-06-30', termYears: 5, today: '2024-01-01' }));
		expect(r.notes[0]).toContain('与理事会换届同步');
		expect(r.notes[0]).toContain('本站未收录的党内法规');
		const other = reading('term-other-texts');
		expect(citesExternal(other.citations, '《中国共产党章程》', '第三十一条')).toBe(true);
		expect(cites(other.citations, 'qinghai-guide', 'p3')).toBe(true);
	});

	it('the first plenary meeting’s 半数以上 is a reading of the templates, with its clause', () => {
		expect(cites(reading('plenary-quorum').citations, 'qinghai-guide', 'p5-s1-c3')).toBe(true);
		expect(readingsFor('templates')).toContain(reading('plenary-quorum'));
	});
});
