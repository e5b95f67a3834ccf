/** The pinyin dictionary with pinyin-pro's readings kept between builds (src/lib/search/pinyin-dictionary.ts). */
import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary, pinyinDictionaryWith } from '../../src/lib/search/pinyin-dictionary';

const before = ['三会一课', '换届选举', '换届', '主题党日', '督察', '督查'];
const first = pinyinDictionaryWith(before);

describe('pinyinDictionaryWith', () => {
	it.each([
		['the same words', before, false],
		['fewer words', ['换届', '三会一课'], false],
		['the same words in another order (first of a sound keeps it)', ['督查', '督察', ...before], false],
		['a word not seen', [...before, '组织生活会'], true],
		['a word not seen, sounding like one seen', ['督查', ...before], false],
		['words it does not spell (not Han, too long)', [...before, 'abc', '一二三四五六七八九十一二三'], false],
	])('%s: the dictionary a build that asks pinyin-pro for everything writes', (_, words, asks) => {
		const kept = pinyinDictionaryWith(words, first.readings);
		expect(kept.dictionary).toEqual(buildPinyinDictionary(words));
		expect(kept.asked).toBe(asks);
		// and keeps exactly the readings of these words for the next build
		expect(Object.keys(kept.readings.words).sort()).toEqual(
			words
				.filter((w) => /^\p{Script=Han}{2,12}$/u.test(w))
				.sort()
				.filter((w, i, a) => a.indexOf(w) === i)
		);
	});

	it('asks pinyin-pro when nothing is kept', () => {
		expect(first.asked).toBe(true);
		expect(first.readings.words['换届选举']).toBe('huan jie xuan ju');
		expect(first.dictionary.chars['dang']).toContain('党');
	});
});
