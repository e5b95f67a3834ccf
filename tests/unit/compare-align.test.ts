import { describe, expect, it } from 'vitest';
import { alignParagraphs, similarity } from '../../src/lib/compare/align';

const A = '加强学会党建工作是中央交给科协的重要政治任务';
const B = '总体要求：坚持党的领导与学会依法依规自主办会相统一';
const C = '加大学会党建工作支持力度，通过党费支持、以奖代补等方式给予鼓励';
const D = '本意见由市科技社团党委负责解释，自印发之日起施行';
const C2 = '加大学会党建工作支持力度，通过党费支持、以奖代补、购买服务等多种方式给予鼓励';

describe('similarity', () => {
	it.each([
		[A, A, 1],
		[A, '', 0],
		['', '', 1],
	])('%s ~ %s = %d', (a, b, expected) => expect(similarity(a, b)).toBe(expected));

	it('ignores punctuation and spaces', () => expect(similarity('一、二，三', '一二三')).toBe(1));
	it('ranks a reworded paragraph above an unrelated one', () => expect(similarity(C, C2)).toBeGreaterThan(similarity(C, D) + 0.4));
});

describe('alignParagraphs', () => {
	it.each<[string, string[], string[], [number | null, number | null][]]>([
		[
			'identical',
			[A, B, C],
			[A, B, C],
			[
				[0, 0],
				[1, 1],
				[2, 2],
			],
		],
		[
			'insertion on the right',
			[A, C],
			[A, B, C],
			[
				[0, 0],
				[null, 1],
				[1, 2],
			],
		],
		[
			'deletion on the right',
			[A, B, C],
			[A, C],
			[
				[0, 0],
				[1, null],
				[2, 1],
			],
		],
		[
			'reworded paragraph pairs',
			[A, C],
			[A, C2],
			[
				[0, 0],
				[1, 1],
			],
		],
		[
			'unrelated paragraphs stay apart, left first',
			[A, D],
			[A, B],
			[
				[0, 0],
				[1, null],
				[null, 1],
			],
		],
		[
			'left empty',
			[],
			[A, B],
			[
				[null, 0],
				[null, 1],
			],
		],
		['right empty', [A], [], [[0, null]]],
		['both empty', [], [], []],
		[
			'empty paragraphs never pair',
			[''],
			[''],
			[
				[0, null],
				[null, 0],
			],
		],
	])('%s', (_, left, right, expected) => {
		expect(alignParagraphs(left, right)).toEqual(expected);
	});

	it('is monotone: a swapped pair keeps only one of the two matches', () => {
		const pairs = alignParagraphs([A, C], [C, A]);
		const matched = pairs.filter(([l, r]) => l !== null && r !== null);
		expect(matched).toHaveLength(1);
		expect(pairs).toHaveLength(3);
	});

	it('uses every index of both sides exactly once, in order', () => {
		const left = [A, B, C, D, C2, A];
		const right = [B, D, A, C2, C];
		const pairs = alignParagraphs(left, right);
		const ls = pairs.map(([l]) => l).filter((l) => l !== null);
		const rs = pairs.map(([, r]) => r).filter((r) => r !== null);
		expect(ls).toEqual(left.map((_, i) => i));
		expect(rs).toEqual(right.map((_, i) => i));
	});
});
