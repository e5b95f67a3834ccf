import { describe, expect, it } from 'vitest';
import { entryPath, joinBase, linesToParam, paramToLines, policyPath } from '../../src/lib/url';

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

describe('entryPath', () => {
	it.each([
		['template-4', 's3-c1', '/templates/template-4/#s3-c1'],
		['template-10', undefined, '/templates/template-10/'],
		['templates-guide', undefined, '/policies/templates-guide/'],
		['qinghai-guide', 'p2-s3-c1', '/policies/qinghai-guide/#p2-s3-c1'],
	])('%s #%s → %s', (entry, anchor, expected) => {
		expect(entryPath(entry, anchor)).toBe(expected);
	});
});

describe('linesToParam / paramToLines (multi-line fields in the URL)', () => {
	it.each([
		['', ''],
		['张三 30', '张三 30'],
		['张三 30\n李四 28', '张三 30,李四 28'],
		['\n张三 30\n\n  李四 28  \n', '张三 30,李四 28'],
	])('%j → %j', (text, param) => {
		expect(linesToParam(text)).toBe(param);
	});
	it('a shared link gives back the lines', () => {
		expect(paramToLines('张三 30,李四 28')).toBe('张三 30\n李四 28');
	});
});
