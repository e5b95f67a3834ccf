import { describe, expect, it } from 'vitest';
import { joinBase, policyPath } from '../../src/lib/url';

describe('joinBase', () => {
	it.each([
		['/', '/policies/', '/policies/'],
		['/kb/', '/policies/', '/kb/policies/'],
		['/kb', '/policies/', '/kb/policies/'],
		['/kb/', 'search/', '/kb/search/'],
	])('%s + %s → %s', (base, path, expected) => {
		expect(joinBase(base, path)).toBe(expected);
	});
});

describe('policyPath', () => {
	it.each([
		['zhongbanfa-2015-51', undefined, '/policies/zhongbanfa-2015-51/'],
		['qinghai-guide', 'p2-s3-c1', '/policies/qinghai-guide/#p2-s3-c1'],
	])('%s #%s → %s', (id, anchor, expected) => {
		expect(policyPath(id, anchor)).toBe(expected);
	});
});
