import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/cite';

describe('citationText', () => {
	it.each([
		['青海省科技社团党组织工作指南（试行）', '第二部分 三、1.', 'https://kb.example/policies/qinghai-guide/#p2-s3-c1', '《青海省科技社团党组织工作指南（试行）》第二部分 三、1.（https://kb.example/policies/qinghai-guide/#p2-s3-c1）'],
		[' 标题 ', '', 'http://x/', '《标题》（http://x/）'],
	])('%s %s', (title, label, url, expected) => {
		expect(citationText(title, label, url)).toBe(expected);
	});
});
