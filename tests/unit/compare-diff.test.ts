import { describe, expect, it } from 'vitest';
import { coalesce, diffText, phrases, sideText, tokens, type DiffSegment } from '../../src/lib/compare/diff';
import { compareStats, compareTexts, rowsHtml } from '../../src/lib/compare/compare';
import { PARAGRAPHS_KEY } from '../../src/plugins/remark-paragraphs';
import type { CompareParagraph } from '../../src/lib/compare/compare';
import { parseMarkdown } from '../support/markdown';

/** The blocks the corpus pipeline records for a Markdown string (as for every compiled text). */
async function markdownParagraphs(markdown: string): Promise<CompareParagraph[]> {
	return parseMarkdown(markdown).frontmatter[PARAGRAPHS_KEY] as CompareParagraph[];
}

describe('diffText', () => {
	it.each<[string, string, string, DiffSegment[]]>([
		['equal', '党的建设', '党的建设', [{ op: 'same', text: '党的建设' }]],
		['both empty', '', '', []],
		['from empty', '', '新增', [{ op: 'ins', text: '新增' }]],
		['to empty', '删除', '', [{ op: 'del', text: '删除' }]],
		[
			'change at the start',
			'中央总体部署',
			'市委总体部署',
			[
				{ op: 'del', text: '中央' },
				{ op: 'ins', text: '市委' },
				{ op: 'same', text: '总体部署' },
			],
		],
		[
			'a number changes as a whole, percent sign included',
			'覆盖率提升到80%',
			'覆盖率提升到100%',
			[
				{ op: 'same', text: '覆盖率提升到' },
				{ op: 'del', text: '80%' },
				{ op: 'ins', text: '100%' },
			],
		],
		[
			'a year is one unit: 2019 → 2016, never 201[9]/201[6]',
			'2019年工作要点',
			'2016年工作要点',
			[
				{ op: 'del', text: '2019' },
				{ op: 'ins', text: '2016' },
				{ op: 'same', text: '年工作要点' },
			],
		],
		[
			'a number inside a sentence',
			'党员超过50名的成立党总支',
			'党员超过100名的成立党总支',
			[
				{ op: 'same', text: '党员超过' },
				{ op: 'del', text: '50' },
				{ op: 'ins', text: '100' },
				{ op: 'same', text: '名的成立党总支' },
			],
		],
		[
			'a Latin word is one unit',
			'按照QQ群通知',
			'按照WeChat群通知',
			[
				{ op: 'same', text: '按照' },
				{ op: 'del', text: 'QQ' },
				{ op: 'ins', text: 'WeChat' },
				{ op: 'same', text: '群通知' },
			],
		],
		[
			'insertion in the middle',
			'党费支持、以奖代补',
			'党费支持、购买服务、以奖代补',
			[
				{ op: 'same', text: '党费支持、' },
				{ op: 'ins', text: '购买服务、' },
				{ op: 'same', text: '以奖代补' },
			],
		],
		[
			'astral characters stay whole',
			'𠀀甲',
			'𠀁甲',
			[
				{ op: 'del', text: '𠀀' },
				{ op: 'ins', text: '𠀁' },
				{ op: 'same', text: '甲' },
			],
		],
	])('%s', (_, a, b, expected) => {
		const segments = diffText(a, b);
		expect(segments).toEqual(expected);
		expect(sideText(segments, 'before')).toBe(a);
		expect(sideText(segments, 'after')).toBe(b);
	});

	it('stays within its bound on long paragraphs and still spells both sides', () => {
		const a = '学会党组织要加强政治引领，'.repeat(200) + '甲。';
		const b = '学会党组织要加强思想引领，'.repeat(200) + '乙。';
		for (const maxEdits of [4_000, 100, 1]) {
			const segments = diffText(a, b, { maxEdits });
			expect(sideText(segments, 'before')).toBe(a);
			expect(sideText(segments, 'after')).toBe(b);
		}
		// the phrase fallback still finds the unchanged tail
		expect(
			diffText('一，二，三。' + 'x'.repeat(2000), '一，四，三。' + 'y'.repeat(2000), { maxEdits: 1 }).some((s) => s.op === 'same')
		).toBe(true);
	});

	it('splits phrases at punctuation', () => expect(phrases('一，二。三')).toEqual(['一，', '二。', '三']));

	it.each([
		['第3.5条', ['第', '3.5', '条']],
		['占80％以上', ['占', '80％', '以', '上']],
		['２０１９年', ['２０１９', '年']],
		['𠀀a1', ['𠀀', 'a', '1']],
	])('tokens(%s)', (text, expected) => expect(tokens(text)).toEqual(expected));

	it('coalesce folds one-character matches between changes', () => {
		const segments = coalesce([
			{ op: 'same', text: '开头' },
			{ op: 'del', text: '甲' },
			{ op: 'ins', text: '乙' },
			{ op: 'same', text: '的' },
			{ op: 'del', text: '丙' },
			{ op: 'ins', text: '丁' },
			{ op: 'same', text: '结尾' },
		]);
		expect(segments).toEqual([
			{ op: 'same', text: '开头' },
			{ op: 'del', text: '甲的丙' },
			{ op: 'ins', text: '乙的丁' },
			{ op: 'same', text: '结尾' },
		]);
	});
});

describe('compareTexts', () => {
	it('pairs, marks and escapes', () => {
		const rows = compareTexts(
			[
				{ text: '按照中央总体部署，实现<全覆盖>', kind: 'p' },
				{ text: '附则', kind: 'h' },
			],
			[{ text: '按照市委总体部署，实现<全覆盖>', kind: 'p' }]
		);
		expect(compareStats(rows)).toEqual({ paired: 1, identical: 0, leftOnly: 1, rightOnly: 0 });
		const html = rowsHtml(rows);
		expect(html).toContain('<del>中央</del>');
		expect(html).toContain('<ins>市委</ins>');
		expect(html).toContain('&lt;全覆盖&gt;');
		expect(html).toContain('data-row="left-only"');
	});
});

describe('paragraphs recorded by the pipeline (remark-paragraphs)', () => {
	it('reads headings, paragraphs, list items and table rows as plain text', async () => {
		const md =
			'## 一、总则\n\n1\\. **坚持**党的领导。\n\n- 甲\n- 乙\n\n| 一级 | 二级 |\n| --- | --- |\n| 好 | 1\\.内容 |\n\n> 编者注：[链接](/x/)\n';
		const paragraphs = await markdownParagraphs(md);
		expect(paragraphs.map(({ text, kind }) => ({ text, kind }))).toEqual([
			{ text: '一、总则', kind: 'h' },
			{ text: '1. 坚持党的领导。', kind: 'p' },
			{ text: '甲', kind: 'p' },
			{ text: '乙', kind: 'p' },
			{ text: '一级 二级', kind: 'p' },
			{ text: '好 1.内容', kind: 'p' },
			{ text: '编者注：链接', kind: 'p' },
		]);
		// clause anchors as the text page has them
		expect(paragraphs[0]!.anchor).toBe('s1');
		expect(paragraphs[1]!.anchor).toBe('s1-c1');
		expect(paragraphs[2]!.anchor).toBeUndefined();
	});
});
