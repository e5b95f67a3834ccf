import { describe, expect, it } from 'vitest';
import { parseVoteLines } from '../../src/lib/ui-parse';

describe('parseVoteLines', () => {
	it.each([
		['', []],
		['   \n ', []],
		['张三 30', [{ name: '张三', votes: '30' }]],
		[
			'张三：30\n李四:28',
			[
				{ name: '张三', votes: '30' },
				{ name: '李四', votes: '28' },
			],
		],
		[
			'张三:30,李四:28',
			[
				{ name: '张三', votes: '30' },
				{ name: '李四', votes: '28' },
			],
		],
		['欧阳 小明 25', [{ name: '欧阳 小明', votes: '25' }]],
		['张三', [{ name: '张三', votes: '' }]],
		['张三 三十', [{ name: '张三', votes: '三十' }]],
	])('%j', (text, expected) => {
		expect(parseVoteLines(text)).toEqual(expected);
	});
});
