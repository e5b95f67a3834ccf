import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/lib/schema/policy';

const valid = {
	title: '关于开展“双强六好”党组织建设工作的通知',
	shortTitle: '双强六好通知',
	docNumber: '晋科社行党发〔2019〕5号',
	issuers: ['中共山西省科技类社会组织行业委员会'],
	issued: '2019-09-03',
	level: '省级',
	region: '山西省',
	docType: '通知',
	status: '现行',
	source: { file: '001.txt' },
};

/** Each row breaks one field; the error must name that field. */
const invalidRows: [string, Record<string, unknown>, string][] = [
	['missing title', { title: undefined }, 'title'],
	['empty issuers', { issuers: [] }, 'issuers'],
	['half-width brackets in 文号', { docNumber: '晋科社行党发[2019]5号' }, 'docNumber'],
	['文号 without 号', { docNumber: '晋科社行党发〔2019〕5' }, 'docNumber'],
	['impossible date', { issued: '2019-02-30' }, 'issued'],
	['English "unknown" instead of 不详', { issued: 'unknown' }, 'issued'],
	['level outside the list', { level: '省' }, 'level'],
	['document type outside the list', { docType: '公告' }, 'docType'],
	['status outside the list', { status: '有效' }, 'status'],
	['unknown field (typo)', { titel: 'x' }, 'titel'],
	['source without file', { source: {} }, 'source'],
	['carriedBy not an id', { carriedBy: '青海指南' }, 'carriedBy'],
];

describe('policySchema', () => {
	it('accepts a complete entry and parses its date', () => {
		const parsed = policySchema.parse(valid);
		expect(parsed.issued).toEqual({ kind: 'date', year: 2019, month: 9, day: 3, iso: '2019-09-03' });
		expect(parsed.aliases).toEqual([]);
	});

	it.each([
		['no 文号 and unknown date', { docNumber: undefined, issued: '不详' }],
		['year and month only', { issued: '2022-06' }],
		['YAML date object', { issued: new Date('2019-09-03T00:00:00Z') }],
	])('accepts %s', (_label, patch) => {
		expect(policySchema.safeParse({ ...valid, ...patch }).success).toBe(true);
	});

	it.each(invalidRows)('rejects %s, naming the field', (_label, patch, field) => {
		const result = policySchema.safeParse({ ...valid, ...patch });
		expect(result.success).toBe(false);
		const paths = result.error!.issues.flatMap((issue) => [issue.path.join('.'), ...('keys' in issue ? (issue.keys as string[]) : [])]);
		expect(paths.some((p) => p.startsWith(field))).toBe(true);
	});
});
