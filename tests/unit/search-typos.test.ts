import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary, frequentPhrases } from '../../src/lib/search/pinyin-dictionary';
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
});

describe('frequentPhrases', () => {
	it('keeps phrases that recur, most frequent first, two-character ones only when very frequent', () => {
		const texts = [`${'换届选举，'.repeat(7)}党费。党费。`];
		const phrases = frequentPhrases(texts);
		expect(phrases).toContain('换届选举');
		expect(phrases).not.toContain('党费');
	});

	it('keeps at most `limit` phrases, the most frequent', () => {
		const texts = [`${'换届选举，'.repeat(9)}${'党员大会，'.repeat(7)}`];
		const all = frequentPhrases(texts);
		expect(all.length).toBeGreaterThan(2);
		expect(frequentPhrases(texts, 6, 15, 2)).toEqual(all.slice(0, 2));
	});
});
