/**
 * A result's page cut into clauses (src/lib/search/passages.ts), from Pagefind's content (words
 * separated by zero-width spaces) and its anchors' word positions.
 */
import { describe, expect, it } from 'vitest';
import { leadTitle, passagesOf, type Anchor } from '../../src/lib/search/passages';

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

describe('leadTitle', () => {
	it.each([
		['', undefined],
		['审批程序。', undefined],
		['2. 书记由理事长担任。', undefined],
		['3. 审批程序。社会组织设立功能型党支部前，要征求意见。', '审批程序'],
		['（二）基本职责：保证政治方向。', '基本职责'],
		['第三条 党费缴纳。党员交纳党费。', '党费缴纳'],
		['一、总体要求。坚持党的领导。', '总体要求'],
		['1. 正式党员3人以上的，成立党支部。', undefined],
		['3. 一个超过十二个字的很长很长很长的句子。后文', undefined],
	])('%j → %j', (text, title) => {
		expect(leadTitle(text)).toBe(title);
	});
});

describe('passagesOf: lead-in titles', () => {
	// 3. 审批程序。… with a nested item and a second paragraph: both stand under 审批程序.
	const blocks = ['3. 审批程序。设立前要征求意见。', '（1）报送请示和党员名册。', '经批准后成立。', '4. 班子配备。由上级任命。'];
	const content = `标题. ${blocks.map((b) => [...b].join(Z)).join('. ')}`;
	/** The word position where block `upTo` begins, counted as Pagefind counts words. */
	const words = (upTo: number) =>
		content
			.slice(0, content.indexOf([...blocks[upTo]!].join(Z)))
			.split(/[\s\u200b]+/)
			.filter(Boolean).length;
	const anchors: Anchor[] = [
		{ element: 'h1', id: '_top', text: '标题', location: 0 },
		{ element: 'p', id: 'c3', text: blocks[0]!, location: words(0) },
		{ element: 'p', id: 'c3-i1', text: blocks[1]!, location: words(1) },
		{ element: 'p', id: 'c4', text: blocks[3]!, location: words(3) },
	];
	it('count for the clause’s nested items and later paragraphs, not for the clause itself or the next one', () => {
		expect(passagesOf(content, anchors).map((p) => [p.anchor, p.headings])).toEqual([
			['c3', ''],
			['c3-i1', '审批程序'],
			['c3-i1', '审批程序'],
			['c4', ''],
		]);
	});
});
