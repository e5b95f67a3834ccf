/**
 * Pinyin input (src/lib/search/pinyin-input.ts): full pinyin, initials and Chinese mixed with pinyin
 * become the corpus's words, from a dictionary made with pinyin-pro as the build makes it.
 */
import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary } from '../../src/lib/search/pinyin-dictionary';
import { hasPinyin, readPinyin } from '../../src/lib/search/pinyin-input';
import { mayBePinyin, normaliseQuery } from '../../src/lib/search/normalise';

// Most important first, as the build lists them: names, then words by frequency.
const dict = buildPinyinDictionary([
	'三会一课',
	'组织生活会',
	'功能型党支部',
	'党建指导员',
	'换届',
	'换届选举',
	'党费',
	'支部书记',
	'支部',
	'书记',
	'差额',
	'选举',
	'双强六好',
]);

describe('readPinyin', () => {
	it.each([
		['zuzhishenghuohui', '组织生活会'],
		['ZuZhiShengHuoHui', '组织生活会'],
		['zzshh', '组织生活会'],
		['shyk', '三会一课'],
		['sanhuiyike', '三会一课'],
		['dangfei', '党费'],
		['huanjie', '换届'],
		['huanjiexuanju', '换届选举'],
		// A run the dictionary has no single word for: the fewest words.
		['chaexuanju', '差额选举'],
		['zhibushuji', '支部书记'],
		// Chinese with pinyin: the corpus word spelled so that keeps the characters typed.
		['换jie', '换届'],
		['党建zhidaoyuan', '党建指导员'],
		['gongnengxingdangzhibu', '功能型党支部'],
	])('%s → %s', (typed, read) => {
		expect(readPinyin(typed, dict)).toBe(read);
	});

	it.each([['xyzq'], ['qqq'], ['51号文'], ['党费'], ['']])('%s is not read', (typed) => {
		expect(readPinyin(typed, dict)).toBeUndefined();
	});

	it.each([
		['zzshh', true],
		['换jie', true],
		['中办发(2015)51号', false],
		['党费', false],
		['2023要点', false],
	])('mayBePinyin(%s) = %s', (q, yes) => {
		expect(mayBePinyin(q)).toBe(yes);
		expect(hasPinyin(q)).toBe(yes);
	});
});

describe('normaliseQuery with pinyin', () => {
	it('searches the Chinese and says how the letters were read', () => {
		const q = normaliseQuery('zzshh', { docs: [], issuers: [], terms: [], pinyin: dict });
		expect(q.readings).toEqual([{ typed: 'zzshh', read: '组织生活会' }]);
		expect(q.parts.map((p) => p.text)).toEqual(['组织生活会']);
		expect(q.display).toBe('组织生活会');
	});

	it('reads each spaced word on its own', () => {
		const q = normaliseQuery('chae xuanju', { docs: [], issuers: [], terms: [], pinyin: dict });
		expect(q.parts.map((p) => p.text)).toEqual(['差额', '选举']);
	});
});
