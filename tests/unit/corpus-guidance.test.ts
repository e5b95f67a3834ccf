/**
 * Texts and their metadata held to the sources (issue 13, items 12–15): the “and” artifact is
 * corrected and listed, duplicated source sentences are kept and listed as source defects, the
 * （文号 日期） line is its own paragraph, and inferred metadata says so, with a basis for 状态.
 */
import { describe, expect, it } from 'vitest';
import { readEntry } from '../support/corpus';
import { policySchema } from '../../src/lib/schema/policy';
import { readSource, SOURCE } from '../support/sources';

const entry = (id: string) => {
	const f = readEntry('policies', id);
	return { body: f.body, raw: f.data, data: policySchema.parse(f.data) };
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe('12. 思想 and 党的十九大精神 is corrected and listed', () => {
	it.each<[string, number]>([
		['qinghai-guide', 1],
		['qing-liangxin-2018-15', 2],
		['qing-liangxin-2019-13', 1],
	])('%s: %i place(s)', (id, n) => {
		const { body, data } = entry(id);
		expect(body).not.toMatch(/思想\s*and\s*党/);
		expect(body).toContain('思想和党的十九大精神');
		expect(data.corrections.filter((c) => c.original === '思想 and 党的十九大精神' && c.corrected === '思想和党的十九大精神')).toHaveLength(
			n
		);
	});
	it('the source has the artifact in exactly these four places', () => {
		expect(readSource(SOURCE.qinghaiGuide).split(/思想\s*and\s*党的十九大精神/).length - 1).toBe(4);
	});
});

describe('13. sentences the source prints twice are kept and listed as a source defect', () => {
	const { body, data } = entry('kexie-dangzufa-2019-22');
	it('lists each duplicated passage in sourceDefects', () => {
		expect(data.sourceDefects).toHaveLength(2);
	});
	it.each(data.sourceDefects.map((d) => [d.text.slice(0, 16), d.text] as const))(
		'%s… occurs twice in the source and in the text',
		(_l, text) => {
			expect(squash(readSource(SOURCE.qinghaiGuide)).split(squash(text)).length - 1).toBe(2);
			expect(squash(body).split(squash(text)).length - 1).toBe(2);
		}
	);
});

describe('14. the （文号 日期） line is its own paragraph', () => {
	it.each([
		'zhongbanfa-2015-51',
		'kexie-dangzufa-2016-81',
		'kexie-dangzufa-2019-22',
		'qing-kexie-dangfa-2018-12',
		'qing-liangxin-2018-15',
		'qing-liangxin-2019-13',
	])('%s', (id) => {
		const { body } = entry(id);
		const line = body.split('\n').find((l) => /^[（(][^）)]*〔\d{4}〕\d+号\s*\d{4}年\d{1,2}月\d{1,2}日[）)]/.test(l));
		expect(line, 'a line starting with （文号 日期）').toBeDefined();
		expect(line).toMatch(/日[）)]$/);
	});
});

describe('15. inferred metadata is marked, and 状态 has a basis', () => {
	it.each<[string, string]>([
		['cast-2022-xuehui-dangjian-yaodian', 'issuers'],
		['pingdingshan-xuehui-dangjian-yijian', 'issuers'],
		['kexie-dangzufa-2019-22', 'status'],
	])('%s: %s is inferred', (id, field) => {
		expect(entry(id).data.inferred).toContain(field);
	});
	it('a 试行 status rests on the title', () => {
		const { data } = entry('zhongbanfa-2015-51');
		expect(data.status).toBe('试行');
		expect(data.statusBasis).toContain('试行');
		expect(data.inferred).not.toContain('status');
	});
	it('a status without a basis says 未说明', () => {
		expect(policySchema.parse({ ...entry('zhongzufa-2000-10').raw, statusBasis: undefined }).statusBasis).toBe('未说明');
	});
	it('an unknown inferred field is refused in Chinese', () => {
		const r = policySchema.safeParse({ ...entry('zhongzufa-2000-10').raw, inferred: ['title'] });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.message).toContain('推定字段');
	});
});
