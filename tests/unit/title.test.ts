import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/lib/title';

describe('splitTitle', () => {
	it.each([
		['no parenthesis', '中国科协党的建设工作方案', '中国科协党的建设工作方案', ''],
		[
			'（试行）',
			'中共中央办公厅关于加强社会组织党的建设工作的意见（试行）',
			'中共中央办公厅关于加强社会组织党的建设工作的意见',
			'（试行）',
		],
		['half-width', '某意见(试行)', '某意见', '(试行)'],
		['parenthesis in the middle only', '关于（试行）工作的通知', '关于（试行）工作的通知', ''],
		['only a parenthetical', '（试行）', '（试行）', ''],
		[
			'too long to be a tag',
			'意见（关于加强和改进新时代科技社团党建工作的意见）',
			'意见（关于加强和改进新时代科技社团党建工作的意见）',
			'',
		],
		['closing quote after it', '“社会组织党建（试行）”', '“社会组织党建', '（试行）”'],
	])('%s', (_, title, head, tail) => {
		expect(splitTitle(title)).toEqual({ head, tail });
		expect(splitTitle(title).head + splitTitle(title).tail).toBe(title);
	});
});
