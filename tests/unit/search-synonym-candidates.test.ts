import { describe, expect, it } from 'vitest';
import { mergeCandidates, mineCandidates } from '../../src/lib/search/synonym-candidates';

/** A stand-in for jieba: two-character words from the end (enough to find the name before a bracket). */
const cut = (s: string) => {
	const chars = [...s];
	const words: string[] = [];
	for (let end = chars.length; end > 0; end -= 2) words.unshift(chars.slice(Math.max(0, end - 2), end).join(''));
	return words;
};

describe('mineCandidates', () => {
	it.each([
		['', []],
		['没有括号的句子。', []],
		['《意见》（试行）', []],
		['见附件（具体标准见附件）', []],
		['党员（3人）', []],
		['工作一般由办事机构（秘书处）承担。', [['办事机构', '秘书处', 'brackets']]],
		['本学会、协会、研究会（以下简称“学会”）', [['研究会', '学会', 'short-name']]],
		['省委两新工委（简称：工委）', [['两新工委', '工委', 'short-name']]],
		['实行三会一课，即支部党员大会，每季度一次', [['一课', '支部党员大会', 'that-is']]],
	])('%j', (text, pairs) => {
		expect(mineCandidates(text, cut).map((c) => [c.a, c.b, c.how])).toEqual(pairs);
	});
});

describe('mergeCandidates', () => {
	it('counts a pair once per occurrence, most frequent first, leaving out pairs the table knows', () => {
		const c = (a: string, b: string) => ({ a, b, how: 'brackets' as const, context: '' });
		const merged = mergeCandidates(
			[c('乡镇', '街道'), c('党组', '党委'), c('党组', '党委'), c('办事机构', '秘书处')],
			(a) => a === '办事机构'
		);
		expect(merged.map((m) => [m.a, m.b, m.n])).toEqual([
			['党组', '党委', 2],
			['乡镇', '街道', 1],
		]);
		expect(mergeCandidates([], () => false)).toEqual([]);
	});
});
