import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/cite';

describe('citationText', () => {
	it.each([
		// Boundary cases first: no clause label, blank 文号, surrounding spaces.
		[{ title: ' 标题 ', clause: '', url: 'http://x/' }, '《标题》\nhttp://x/'],
		[{ title: '标题', docNumber: '  ', clause: '一、', url: 'http://x/' }, '《标题》一、\nhttp://x/'],
		[
			{
				title: '青海省科技社团党组织工作指南（试行）',
				clause: '第二部分 三、1.',
				url: 'https://kb.example/policies/qinghai-guide/#p2-s3-c1',
			},
			'《青海省科技社团党组织工作指南（试行）》第二部分 三、1.\nhttps://kb.example/policies/qinghai-guide/#p2-s3-c1',
		],
		[
			{
				title: '关于加强社会组织党的建设工作的意见（试行）',
				docNumber: '中办发〔2015〕51号',
				clause: '二、4.',
				url: 'https://kb.example/policies/zhongbanfa-2015-51/#s2-c4',
			},
			'《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）二、4.\nhttps://kb.example/policies/zhongbanfa-2015-51/#s2-c4',
		],
	])('%o', (parts, expected) => {
		expect(citationText(parts)).toBe(expected);
	});
});
