/**
 * A result's page cut into clauses (src/lib/search/passages.ts), from Pagefind's content (words
 * separated by zero-width spaces) and its anchors' word positions.
 */
import { describe, expect, it } from 'vitest';
import { passagesOf, type Anchor } from '../../src/lib/search/passages';

const Z = '\u200b';

describe('passagesOf', () => {
	// As Pagefind stores a page: words joined by zero-width spaces, blocks by ". " or a space after a full stop.
	const text = [
		`指南. 第二${Z}部分 ${Z}设置. 一${Z}、${Z}原则. `,
		`1${Z}.${Z} ${Z}正式${Z}党员${Z}3${Z}人${Z}以上${Z}的${Z}，${Z}成立${Z}党支部${Z}。 `,
		`2${Z}.${Z} ${Z}书记${Z}由${Z}理事长${Z}担任${Z}。 `,
		`未${Z}编号${Z}的${Z}一段${Z}话${Z}。`,
	].join('');
	/** The word position where `start` begins, counted as Pagefind counts words. */
	const at = (start: string) =>
		text
			.slice(0, text.indexOf(start))
			.split(/[\s\u200b]+/)
			.filter(Boolean).length;
	const anchors: Anchor[] = [
		{ element: 'h1', id: '_top', text: '指南', location: 0 },
		{ element: 'h2', id: 'p2', text: '第二部分 设置', location: at('第二') },
		{ element: 'h3', id: 'p2-s1', text: '一、原则', location: at(`一${Z}、`) },
		{ element: 'p', id: 'p2-s1-c1', text: '1. 正式党员3人以上的，成立党支部。', location: at(`1${Z}.`) },
		{ element: 'p', id: 'p2-s1-c2', text: '2. 书记由理事长担任。', location: at(`2${Z}.`) },
	];

	it('cuts at every anchor and block end, leaves out the title, and knows each passage’s anchor and headings', () => {
		const passages = passagesOf(text, anchors);
		expect(passages.map((p) => [p.anchor, p.heading, p.text])).toEqual([
			['p2', true, '第二部分 设置'],
			['p2-s1', true, '一、原则'],
			['p2-s1-c1', false, '1. 正式党员3人以上的，成立党支部。'],
			['p2-s1-c2', false, '2. 书记由理事长担任。'],
			['p2-s1-c2', false, '未编号的一段话。'],
		]);
		expect(passages[2]!.headings).toBe('第二部分 设置 一、原则');
		expect(passages[0]!.headings).toBe('');
	});

	it('without anchors: the blocks, the title (given) left out', () => {
		expect(passagesOf(`模板4：请示. 出自《指南》。用于换届阶段的请示。`, [], '模板4：请示').map((p) => p.text)).toEqual([
			'出自《指南》。用于换届阶段的请示。',
		]);
		expect(passagesOf('', [])).toEqual([]);
	});
});
