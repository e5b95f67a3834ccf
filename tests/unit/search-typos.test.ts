import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary } from '../../src/lib/search/pinyin-dictionary';
import { suggestSpelling } from '../../src/lib/search/typos';

const dict = buildPinyinDictionary(['三会一课', '换届选举', '换届', '主题党日']);

describe('suggestSpelling', () => {
	it.each([
		['三会一棵', '三会一课'],
		['换界选举', '换届选举'],
		['换界', '换届'],
		['主题当日', '主题党日'],
		['召开三会一棵', '召开三会一课'],
	])('%s → %s', (typed, suggestion) => {
		expect(suggestSpelling(typed, dict)).toBe(suggestion);
	});

	it.each(['三会一课', '换届', '党费', 'abc', ''])('%j: nothing to correct', (typed) => {
		expect(suggestSpelling(typed, dict)).toBeUndefined();
	});

	it('never “corrects” a word of the corpus into another that sounds alike (a question’s own words)', () => {
		const known = (w: string) => ['换界'].includes(w);
		expect(suggestSpelling('换界', dict, known)).toBeUndefined();
		expect(suggestSpelling('换界选举', dict, known)).toBe('换届选举');
	});
});
