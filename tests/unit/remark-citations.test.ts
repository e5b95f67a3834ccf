import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, type CitationEntry } from '../../src/lib/citations/corpus-index';
import type { Citation } from '../../src/lib/citations/registry';
import remarkCitations, { CITATIONS_KEY, sentenceAround } from '../../src/plugins/remark-citations';
import { collectCitations } from '../support/load-citations';
import { renderMarkdownFile } from '../support/markdown';

const ENTRIES: CitationEntry[] = [
	{
		id: 'zhongbanfa-2015-51',
		title: '中共中央办公厅关于加强社会组织党的建设工作的意见（试行）',
		shortTitle: '社会组织党建工作意见（试行）',
		docNumber: '中办发〔2015〕51号',
		aliases: ['关于加强社会组织党的建设工作的意见（试行）', '中办发〔2015〕51号'],
	},
	{
		id: 'kexie-dangzufa-2016-81',
		title: '中国科协关于加强科技社团党建工作的若干意见',
		shortTitle: '中国科协科技社团党建若干意见',
		docNumber: '科协党组发〔2016〕81号',
		aliases: ['中国科协关于加强科技社团党建工作的若干意见', '科协党组发〔2016〕81号'],
	},
	{
		id: 'pingdingshan-xuehui-dangjian-yijian',
		title: '关于加强科协所属学会党建工作的若干意见',
		shortTitle: '平顶山市科协学会党建若干意见',
		aliases: ['平顶山市科协关于加强科协所属学会党建工作的若干意见'],
	},
	{
		id: 'qing-liangxin-2019-13',
		title: '关于在全省非公经济和社会组织党组织中开展党建工作示范点创建工作的通知',
		shortTitle: '青海非公和社会组织党建示范点创建通知',
		docNumber: '青两新工委〔2019〕13号',
		aliases: ['社会组织党建工作示范点创建标准'],
	},
];
const index = buildCitationIndex(ENTRIES);

const PINGDINGSHAN = 'content/policies/pingdingshan-xuehui-dangjian-yijian.mdx';
const QINGHAI = 'content/policies/qinghai-guide.mdx';

/** A file as Astro hands it to the plugin: the citations found are stored in its remark frontmatter, where the pages read them. */
function astroFile(path: string, value: string) {
	const frontmatter: Record<string, unknown> = {};
	return { file: { path, value, data: { astro: { frontmatter } } }, citations: () => frontmatter[CITATIONS_KEY] as Citation[] };
}

function render(markdown: string, path = QINGHAI, base = '/', mdx = false): { html: string; citations: Citation[] } {
	const { html, frontmatter } = renderMarkdownFile(markdown, { citationIndex: index, base, mdx, path });
	return { html, citations: frontmatter[CITATIONS_KEY] as Citation[] };
}

const LINK_81 =
	'<a href="/policies/kexie-dangzufa-2016-81/" title="中国科协关于加强科技社团党建工作的若干意见" data-citation="kexie-dangzufa-2016-81">';
const LINK_51 =
	'<a href="/policies/zhongbanfa-2015-51/" title="中共中央办公厅关于加强社会组织党的建设工作的意见（试行）" data-citation="zhongbanfa-2015-51">';
const missing = (title: string, text: string) =>
	`<span class="citation-missing" data-citation-missing="${title}" title="本站未收录">${text}</span>`;

describe('sentenceAround', () => {
	it.each([
		['甲。乙《X》丙。丁', 3, 6, '乙《X》丙。'],
		['《X》', 0, 3, '《X》'],
		['第一行\n依据《X》', 6, 9, '依据《X》'],
	])('%j', (text, start, end, expected) => expect(sentenceAround(text, start, end)).toBe(expected));
	it('clips a long sentence around the citation', () => {
		const s = `${'前'.repeat(200)}《X》${'后'.repeat(200)}。`;
		const ctx = sentenceAround(s, 200, 203);
		expect(ctx.length).toBeLessThanOrEqual(162);
		expect(ctx).toMatch(/^….*《X》.*…$/);
	});
});

describe('remark-citations', () => {
	it.each<[string, string, string[], string[]]>([
		// boundary: no citation at all
		['普通段落，没有引用。', 'no citation', [], ['<a ', 'citation-missing']],
		// the real 平顶山 sentence: one resolved, one missing
		[
			'依据《中国科协关于加强科技社团党建工作的若干意见》《平顶山市科协系统深化改革方案》，就加强科协所属学会党建工作提出意见如下：',
			'平顶山 cites 2016-81',
			[
				`依据${LINK_81}《中国科协关于加强科技社团党建工作的若干意见》</a>${missing('平顶山市科协系统深化改革方案', '《平顶山市科协系统深化改革方案》')}，就`,
			],
			[],
		],
		// 文号 alone
		['根据中办发〔2015〕51号文件精神', '文号', [`根据${LINK_51}中办发〔2015〕51号</a>文件精神`], []],
		// title + 文号 in brackets: one link
		[
			'《关于加强社会组织党的建设工作的意见(试行)》(中办发〔2015〕51号)和',
			'title + 文号',
			[`${LINK_51}《关于加强社会组织党的建设工作的意见(试行)》(中办发〔2015〕51号)</a>和`],
			[],
		],
		// nested 〈〉 in a 印发 notice
		[
			'根据《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》精神',
			'nested notice',
			[`${LINK_51}《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》</a>精神`],
			[],
		],
		// missing texts: never a broken link
		[
			'根据《中国共产党章程》《中国共产党支部工作条例（试行）》',
			'missing',
			[missing('中国共产党章程', '《中国共产党章程》'), missing('中国共产党支部工作条例（试行）', '《中国共产党支部工作条例（试行）》')],
			['<a '],
		],
		['按照《党章》规定', '党章', [missing('中国共产党章程', '《党章》')], ['<a ']],
		// near-misses
		['中办发〔2015〕51文件，印发的〔2015〕51号，× × 字〔 〕号', '文号 near-misses', [], ['<a ', 'citation-missing']],
		['严格按照《条例》《准则》的要求', 'bare 文种', [], ['<a ', 'citation-missing']],
		[
			'《青海省社会组织党建工作示范点创建标准补充规定》',
			'longer title containing an alias',
			[missing('青海省社会组织党建工作示范点创建标准补充规定', '《青海省社会组织党建工作示范点创建标准补充规定》')],
			['<a '],
		],
		// untouched: existing links, code
		[
			'见[中办发〔2015〕51号](/policies/zhongbanfa-2015-51/)和`《中国共产党章程》`',
			'inside link and code',
			['<a href="/policies/zhongbanfa-2015-51/">中办发〔2015〕51号</a>', '<code>《中国共产党章程》</code>'],
			['data-citation', 'citation-missing'],
		],
		// headings and emphasis are linked too
		['## 学习《中国科协关于加强科技社团党建工作的若干意见》', 'heading', [`<h2>学习${LINK_81}`], []],
		['**《中国科协关于加强科技社团党建工作的若干意见》**', 'strong', [`<strong>${LINK_81}`], []],
		// tables
		['| 依据 |\n| --- |\n| 科协党组发〔2016〕81号 |', 'table cell', [`<td>${LINK_81}科协党组发〔2016〕81号</a></td>`], []],
	])('%j (%s)', (markdown, _name, contains, absent) => {
		const { html } = render(markdown);
		for (const s of contains) expect(html).toContain(s);
		for (const s of absent) expect(html).not.toContain(s);
	});

	it("leaves the file's own title and 文号 alone", () => {
		const { html, citations } = render(
			'（中办发〔2015〕51号）\n\n根据《关于加强社会组织党的建设工作的意见（试行）》和《中国科协关于加强科技社团党建工作的若干意见》',
			'/x/content/policies/zhongbanfa-2015-51.mdx'
		);
		expect(html).toContain('<p>（中办发〔2015〕51号）</p>');
		expect(html).toContain('根据《关于加强社会组织党的建设工作的意见（试行）》和');
		expect(citations.map((c) => c.to)).toEqual(['kexie-dangzufa-2016-81']);
	});

	it('puts the base in front of the link', () => {
		expect(render('中办发〔2015〕51号', QINGHAI, '/kb/').html).toContain('<a href="/kb/policies/zhongbanfa-2015-51/"');
		expect(render('中办发〔2015〕51号', QINGHAI, '/kb').html).toContain('<a href="/kb/policies/zhongbanfa-2015-51/"');
	});

	it('reports each citation with its clause anchor and sentence', () => {
		const md = [
			'依据《中国科协关于加强科技社团党建工作的若干意见》制定本意见。',
			'## 二、总体要求',
			'1\\.总体要求。按照《中国共产党章程》规定。另见中办发〔2015〕51号。',
			'补充说明，参照《中国科协关于加强科技社团党建工作的若干意见》。',
			'## 附则',
			'见[中办发〔2015〕51号](/policies/zhongbanfa-2015-51/#s1)。',
		].join('\n\n');
		const { citations } = render(md, PINGDINGSHAN);
		expect(citations.map(({ from, to, title, kind, anchor, context, n }) => ({ from, to, title, kind, anchor, context, n }))).toEqual([
			{
				from: 'pingdingshan-xuehui-dangjian-yijian',
				to: 'kexie-dangzufa-2016-81',
				title: '中国科协关于加强科技社团党建工作的若干意见',
				kind: 'title',
				anchor: undefined,
				context: '依据《中国科协关于加强科技社团党建工作的若干意见》制定本意见。',
				n: 0,
			},
			{
				from: 'pingdingshan-xuehui-dangjian-yijian',
				to: undefined,
				title: '中国共产党章程',
				kind: 'title',
				anchor: 's2-c1',
				context: '按照《中国共产党章程》规定。',
				n: 1,
			},
			{
				from: 'pingdingshan-xuehui-dangjian-yijian',
				to: 'zhongbanfa-2015-51',
				title: '中办发〔2015〕51号',
				kind: 'docNumber',
				anchor: 's2-c1',
				context: '另见中办发〔2015〕51号。',
				n: 2,
			},
			// an unnumbered paragraph belongs to the clause before it
			{
				from: 'pingdingshan-xuehui-dangjian-yijian',
				to: 'kexie-dangzufa-2016-81',
				title: '中国科协关于加强科技社团党建工作的若干意见',
				kind: 'title',
				anchor: 's2-c1',
				context: '补充说明，参照《中国科协关于加强科技社团党建工作的若干意见》。',
				n: 3,
			},
			// an unnumbered heading ends it; existing links to entries count as citations
			{
				from: 'pingdingshan-xuehui-dangjian-yijian',
				to: 'zhongbanfa-2015-51',
				title: '中共中央办公厅关于加强社会组织党的建设工作的意见（试行）',
				kind: 'link',
				anchor: undefined,
				context: '见中办发〔2015〕51号。',
				n: 4,
			},
		]);
	});

	it('collectCitations finds what the plugin reports', () => {
		const md =
			'依据《中国科协关于加强科技社团党建工作的若干意见》。\n\n## 二、要求\n\n1\\.按照《党章》和中办发〔2015〕51号。\n\n{"《中国共产党章程》"}\n';
		const strip = (cs: Citation[]) => cs.map(({ line: _line, ...c }) => c);
		const viaPlugin = render(md, PINGDINGSHAN, '/', true).citations;
		const upFront = collectCitations(md, 'pingdingshan-xuehui-dangjian-yijian', index);
		expect(strip(upFront)).toEqual(strip(viaPlugin));
		expect(upFront.map((c) => [c.title, c.anchor, c.line])).toEqual([
			['中国科协关于加强科技社团党建工作的若干意见', undefined, 1],
			['中国共产党章程', 's2-c1', 5],
			['中办发〔2015〕51号', 's2-c1', 5],
		]);
	});

	it('collectCitations skips a frontmatter block and keeps line numbers', () => {
		const cs = collectCitations('---\ntitle: 《中国共产党章程》\n---\n\n中办发〔2015〕51号', 'x', index);
		expect(cs.map((c) => [c.title, c.line])).toEqual([['中办发〔2015〕51号', 5]]);
	});

	it('leaves MDX expressions and JSX attributes alone, and compiles with @mdx-js/mdx', async () => {
		const source = [
			'export const t = "《中国共产党章程》";',
			'',
			'<Note label="《中国共产党章程》">依据《中国科协关于加强科技社团党建工作的若干意见》</Note>',
			'',
			'{"中办发〔2015〕51号"} 和《中国共产党章程》',
		].join('\n');
		const { file, citations } = astroFile(QINGHAI, source);
		const js = String(await compile(file, { remarkPlugins: [[remarkCitations, { index, base: '/' }]] }));
		expect(citations().map((c) => [c.title, c.to])).toEqual([
			['中国科协关于加强科技社团党建工作的若干意见', 'kexie-dangzufa-2016-81'],
			['中国共产党章程', undefined],
		]);
		expect(js).toContain('"data-citation": "kexie-dangzufa-2016-81"');
		expect(js).toContain('"data-citation-missing": "中国共产党章程"');
		expect(js).toContain('label: "《中国共产党章程》"');
		expect(js).toContain('"中办发〔2015〕51号"');
	});
});
