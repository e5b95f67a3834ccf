/**
 * Pinyin input (src/lib/search/pinyin-input.ts): full pinyin, initials and Chinese mixed with pinyin
 * become the corpus's words, from a dictionary made with pinyin-pro as the build makes it.
 */
import { describe, expect, it } from 'vitest';
import { buildPinyinDictionary } from '../../src/lib/search/pinyin-dictionary';
import { hasPinyin, joinSyllables, numeralSpellings, readPinyin } from '../../src/lib/search/pinyin-input';
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
	'党建强会行动',
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
		// The start of a longer word: a phrase typed without its last words.
		['dangjianqianghui', '党建强会'],
		['dangjianqianghuixingdong', '党建强会行动'],
		// A whole word still wins over the start of another (换届 of 换届选举).
		['huanjie', '换届'],
		['dangjianqianghuidangfei', '党建强会党费'],
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

describe('digits among pinyin (issue 20)', () => {
	it.each([
		['', ['']],
		['hao', ['hao']],
		['6hao', ['六hao']],
		['2xin', ['二xin', '两xin']],
		['10hao', ['十hao']],
		['shuangqiang6hao', ['shuangqiang六hao']],
		['1a2b3c', ['一a二b三c', '一a两b三c']],
	])('numeralSpellings(%s) = %j', (typed, spellings) => {
		expect(numeralSpellings(typed)).toEqual(spellings);
	});

	it.each([
		['shuangqiang6hao', '双强六好'],
		['sqlh', '双强六好'],
		['双强6hao', '双强六好'],
	])('%s → %s', (typed, read) => {
		expect(readPinyin(typed, dict)).toBe(read);
	});

	it.each([['6'], ['6hao'], ['a4'], ['2023']])('%s is not read (no corpus word spells it)', (typed) => {
		expect(readPinyin(typed, dict)).toBeUndefined();
	});

	it.each([
		['6hao', true],
		['A4', true],
		['2023', false],
		['3人以上', false],
	])('hasPinyin(%s) = %s', (q, yes) => {
		expect(hasPinyin(q)).toBe(yes);
	});
});

describe('joinSyllables: pinyin typed with spaces (issue 20)', () => {
	it.each([
		// Boundaries first: nothing, one word, a word that is not letters.
		[[], []],
		[['zu'], ['zu']],
		[
			['党费', 'zu'],
			['党费', 'zu'],
		],
		// Single syllables, however many, are one word.
		[['zu', 'zhi', 'sheng', 'huo', 'hui'], ['zuzhishenghuohui']],
		[
			['san', 'hui', 'yi', 'ke', '党费'],
			['sanhuiyike', '党费'],
		],
		// Words of several syllables join only when together they spell one corpus word.
		[['gongnengxing', 'dangzhibu'], ['gongnengxingdangzhibu']],
		[['shuangqiang', '6hao'], ['shuangqiang6hao']],
		[
			['chae', 'xuanju'],
			['chae', 'xuanju'],
		],
		[
			['huanjie', 'dangfei'],
			['huanjie', 'dangfei'],
		],
		// A word of letters that is no syllable stops a run of syllables.
		[
			['zu', 'xyz', 'zhi'],
			['zu', 'xyz', 'zhi'],
		],
	])('%j → %j', (words, joined) => {
		expect(joinSyllables(words, dict)).toEqual(joined);
	});

	it('reads spaced syllables as the corpus word', () => {
		const q = normaliseQuery('zu zhi sheng huo hui', { docs: [], issuers: [], terms: [], pinyin: dict });
		expect(q.parts.map((p) => p.text)).toEqual(['组织生活会']);
		expect(q.readings.map((r) => r.read)).toEqual(['组织生活会']);
		expect(normaliseQuery('shuangqiang 6hao', { docs: [], issuers: [], terms: [], pinyin: dict }).parts.map((p) => p.text)).toEqual([
			'双强六好',
		]);
	});
});
