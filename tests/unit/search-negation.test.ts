/**
 * Negation in questions (src/lib/search/negation.ts, normalise.ts): 没有X → 无X / 未X, 不是X → 非X, and
 * the status line names only the forms the texts use.
 */
import { describe, expect, it } from 'vitest';
import { formsShown, mayNegate, negatedForms } from '../../src/lib/search/negation';
import { normaliseQuery } from '../../src/lib/search/normalise';
import { rankResults } from '../../src/lib/search/rank';
import { clausePage } from './search-pages';

describe('negatedForms', () => {
	it.each([
		// Boundaries first: no negation, an unknown one, a single character, an empty word.
		[undefined, '挂靠单位', []],
		['不', '挂靠单位', []],
		['没有', '人', []],
		['没有', '', []],
		['没有', 'abc', []],
		// Already negated: not negated again.
		['没有', '非党员', []],
		['没有', '无记名', []],
		['没有', '挂靠单位', ['无挂靠单位', '未挂靠单位']],
		['没', '转入', ['无转入', '未转入']],
		['不是', '党员', ['非党员']],
		['并非', '党员', ['非党员']],
	])('%s + %s → %j', (negation, word, forms) => {
		expect(negatedForms(negation, word)).toEqual(forms);
	});

	it.each([
		['', false],
		['挂靠单位', false],
		['是不是党员', true],
		['没有挂靠单位', true],
		['没建党组织', true],
		['并非党员', true],
	])('mayNegate(%s) = %s', (text, yes) => {
		expect(mayNegate(text)).toBe(yes);
	});
});

describe('formsShown: the status line names only forms the texts use', () => {
	it.each([
		[[], [], [], []],
		[['无党员', '未党员'], [], [], []],
		[['无党员', '未党员'], ['无党员'], [], ['无党员']],
		// Cut into pieces by the segmenter (无 + 挂靠单位), the form is still used when a result holds it.
		[['无挂靠单位', '未挂靠单位'], [], ['无挂靠单位', '学会'], ['无挂靠单位']],
		[['非党员'], ['非党员'], ['非党员'], ['非党员']],
	])('%j, vocabulary %j, found %j → %j', (forms, used, found, shown) => {
		expect(formsShown(forms, (f) => used.includes(f), found)).toEqual(shown);
	});
});

describe('negated questions', () => {
	const words = new Map<string, number>([
		['没有', 16],
		['挂靠单位', 3],
		['学会', 200],
		['党员', 500],
		['参加', 40],
		['非党员', 3],
		['未转入', 1],
		['转入', 4],
	]);
	const dict = { docs: [], issuers: [], terms: [], words: (w: string) => words.get(w), total: 20_000 };

	it('没有X is also searched as 无X and 未X; only the forms the vocabulary has are named', () => {
		const q = normaliseQuery('没有挂靠单位的学会', dict);
		expect(q.dropped).toContain('没有');
		const term = q.terms.find((t) => t.text === '挂靠单位')!;
		expect(term.synonyms).toEqual(['无挂靠单位', '未挂靠单位']);
		expect(q.negations).toEqual([{ word: '没有挂靠单位', forms: ['无挂靠单位', '未挂靠单位'], used: [] }]);
		// Not named as an everyday word's synonyms (that line would show ‘未挂靠单位’).
		expect(q.synonyms).toEqual([]);
		expect(q.searches).toEqual(expect.arrayContaining(['挂靠单位', '无挂靠单位']));
	});

	it('不是X is searched as 非X, named when the vocabulary has it; 不是 itself is left out', () => {
		const q = normaliseQuery('不是党员能参加吗', dict);
		expect(q.dropped).toEqual(expect.arrayContaining(['不是']));
		expect(q.terms.map((t) => t.text)).toEqual(['党员', '参加']);
		expect(q.negations).toEqual([{ word: '不是党员', forms: ['非党员'], used: ['非党员'] }]);
	});

	it('a word not after a negation is not negated; 是不是 asks, it does not negate', () => {
		expect(normaliseQuery('挂靠单位', dict).negations).toBeUndefined();
		expect(normaliseQuery('是不是党员', dict).negations).toBeUndefined();
	});

	it('the clause with the negated form ranks first', () => {
		const q = normaliseQuery('没有挂靠单位的学会', dict);
		const ranked = rankResults(q, [
			clausePage('/policies/a/', [
				['c1', '学会的挂靠单位负责指导党建工作。'],
				['c2', '无挂靠单位的学会，由综合党委管理。'],
			]),
		]);
		expect(ranked[0]!.target).toBe('/policies/a/#c2');
		expect(ranked[0]!.matched).toContain('无挂靠单位');
	});
});
