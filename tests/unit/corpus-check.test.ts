/**
 * The content check shared by `npm run check:content` and the build gate: each row is one kind of bad
 * input found by trying the import → build path (issue 15), and the message must name the place.
 */
import { describe, expect, it } from 'vitest';
import { checkBody, checkContentFiles, checkFrontmatter, formatProblem, unsafeUrl, type ContentFile } from '../../src/lib/content-check';
import { splitFrontmatter, FrontmatterError } from '../../src/lib/frontmatter';

const FRONTMATTER = `---
title: 关于测试文件的通知
shortTitle: 测试通知
docNumber: 测试发〔2020〕1号
issuers: [测试机关]
issued: '2020-01-02'
level: 省级
region: 测试省
docType: 通知
status: 现行
source: { file: fixture.txt }
---
`;
const BODY = '\n## 一、总体要求\n\n1\\.第一条款。\n';

/** A policy file as the corpus reader returns it. */
function policy(source: string, name = 'x.mdx'): ContentFile {
	const { data, body, hasFrontmatter } = splitFrontmatter(source);
	return { collection: 'policies', id: name.replace(/\.mdx?$/, ''), file: `content/policies/${name}`, source, data, hasFrontmatter, body };
}
const withFrontmatter = (edit: (fm: string) => string, body = BODY) => policy(edit(FRONTMATTER) + body);
const messages = (f: ContentFile) => [...checkFrontmatter(f), ...checkBody(f)].map(formatProblem);

describe('splitFrontmatter (the corpus reader)', () => {
	it('keeps an unquoted date as the text typed, not a rolled-over Date', () => {
		expect(splitFrontmatter('---\nissued: 2019-13-45\n---\n').data.issued).toBe('2019-13-45');
		expect(splitFrontmatter('---\nissued: 2019-09-03\n---\n').data.issued).toBe('2019-09-03');
	});

	it('keeps the body on the lines it has in the file', () => {
		const { body } = splitFrontmatter('---\na: 1\nb: 2\n---\n\n正文\n');
		expect(body.split('\n').indexOf('正文')).toBe(5);
	});

	it('reports broken YAML with the line of the file', () => {
		const bad = () => splitFrontmatter('---\ntitle: x\nregion: [全国\nlevel: 省级\n---\n');
		expect(bad).toThrow(FrontmatterError);
		expect(bad).toThrow(/不是有效的 YAML/);
		try {
			bad();
		} catch (err) {
			expect((err as FrontmatterError).line).toBe(4);
		}
	});

	it('a file without frontmatter has none', () => {
		expect(splitFrontmatter('正文').hasFrontmatter).toBe(false);
	});
});

describe('frontmatter: every message names file, field and line, in Chinese', () => {
	it('accepts the fixture', () => expect(messages(withFrontmatter((s) => s))).toEqual([]));

	it.each([
		// issue 15 item 3: unquoted impossible dates are caught like quoted ones
		[
			'unquoted impossible date',
			(s: string) => s.replace("issued: '2020-01-02'", 'issued: 2019-13-45'),
			'content/policies/x.mdx:6 字段 issued：日期“2019-13-45”无效',
		],
		[
			'quoted impossible date',
			(s: string) => s.replace("issued: '2020-01-02'", "issued: '2019-02-30'"),
			'content/policies/x.mdx:6 字段 issued：日期“2019-02-30”无效',
		],
		['unquoted 31 April', (s: string) => s.replace("issued: '2020-01-02'", 'issued: 2020-04-31'), '字段 issued：日期“2020-04-31”无效'],
		[
			'unquoted date in effective',
			(s: string) => s.replace('level:', 'effective: 2020-02-30\nlevel:'),
			'字段 effective：日期“2020-02-30”无效',
		],
		// issue 15 item 6: a missing field says 缺少…
		['missing level', (s: string) => s.replace('level: 省级\n', ''), 'content/policies/x.mdx 字段 level：缺少层级（level）'],
		['missing title', (s: string) => s.replace('title: 关于测试文件的通知\n', ''), '字段 title：缺少标题（title）'],
		['missing issued', (s: string) => s.replace("issued: '2020-01-02'\n", ''), '字段 issued：缺少成文日期（issued）'],
		['missing source', (s: string) => s.replace('source: { file: fixture.txt }\n', ''), '字段 source：缺少来源（source）'],
		[
			'missing source.file',
			(s: string) => s.replace('source: { file: fixture.txt }', 'source: { part: 一 }'),
			':11 字段 source.file：缺少来源文件（source.file）',
		],
		[
			'level outside the list',
			(s: string) => s.replace('level: 省级', 'level: 省'),
			':7 字段 level：层级应为 中央、中央部门、中国科协、省级、市级 之一',
		],
		['half-width brackets in 文号', (s: string) => s.replace('测试发〔2020〕1号', '测试发[2020]1号'), ':4 字段 docNumber：文号格式应为'],
		['unknown field', (s: string) => s.replace('level:', 'titel: x\nlevel:'), ':7 字段 titel：未知字段'],
		['issuers not a list', (s: string) => s.replace('issuers: [测试机关]', 'issuers: 测试机关'), '字段 issuers：发文机关应为列表'],
	])('%s', (_name, edit, expected) => {
		expect(messages(withFrontmatter(edit)).join('\n')).toContain(expected);
	});

	it('a file without frontmatter is told so', () => {
		expect(messages(policy('正文。\n'))).toEqual([expect.stringContaining('content/policies/x.mdx:1：缺少 frontmatter')]);
	});
});

describe('body: only text, headings, lists, tables and links within the site', () => {
	it.each([
		// issue 15 item 5: no body, no page
		['an empty body', '\n\n', '正文为空'],
		// issue 15 item 1: code that MDX would run at build time
		[
			'export between clauses',
			'\n第一条。\n\nexport const x = 1\n\n第二条。\n',
			':16：import/export 语句会在构建时作为代码执行：“export const x = 1”',
		],
		['import at line start', '\nimport fs from "node:fs"\n', ':14：import/export 语句'],
		['an expression', '\n共{1+1}条。\n', '{…} 表达式会在构建时作为代码执行'],
		['a component', '\n<Foo />\n', '组件或 HTML 标签 <Foo>'],
		// issue 15 item 2: script links and outside requests
		['a javascript: link', '\n[点我](javascript:alert(1))\n', ':14：不安全的链接“javascript:alert(1)”'],
		['a JAVASCRIPT: link with spaces', '\n[点我]( JAVASCRIPT:alert(1))\n', '不安全的链接'],
		['a data: link', '\n[x](data:text/html,hi)\n', '不安全的链接'],
		['an outside image', '\n![x](https://example.com/x.png)\n', '图片“https://example.com/x.png”'],
		['an outside link', '\n[x](https://example.com/)\n', '站外链接“https://example.com/”'],
		['a protocol-relative link', '\n[x](//example.com/)\n', '站外链接'],
		['a link reference definition', '\n[x]\n\n[x]: https://example.com\n', '站外链接'],
	])('%s', (_name, body, expected) => {
		expect(messages(withFrontmatter((s) => s, body)).join('\n')).toContain(expected);
	});

	it('accepts links within the site and escaped syntax as text', () => {
		expect(messages(withFrontmatter((s) => s, '\n见[第一条](/policies/x/#s1-c1)。\\<b\\> \\{x\\} \\&lt;\n'))).toEqual([]);
	});

	it('accepts a bare address in a text: it stays text (remark-no-autolink-literals)', () => {
		expect(messages(withFrontmatter((s) => s, '\n网址：https://example.com，邮箱 a@example.com。\n'))).toEqual([]);
	});

	it.each([
		['/policies/a/', undefined],
		['#p1', undefined],
		['javascript:alert(1)', '不安全'],
		['java\u0000script:alert(1)', '不安全'],
		['mailto:a@b.c', '站外'],
		['http://intranet/kb/', '站外'],
	])('unsafeUrl(%j)', (url, expected) => {
		const why = unsafeUrl(url);
		if (expected) expect(why).toContain(expected);
		else expect(why).toBeUndefined();
	});
});

describe('across files', () => {
	it('refuses x.md next to x.mdx, naming both files (issue 15 item 4)', () => {
		const problems = checkContentFiles([policy(FRONTMATTER + BODY, 'x.md'), policy(FRONTMATTER + BODY, 'x.mdx')]).map(formatProblem);
		expect(problems).toEqual([
			'content/policies/x.md：id“x”重复：content/policies/x.md 和 content/policies/x.mdx 会成为同一页面，只能保留一个文件',
			'content/policies/x.mdx：id“x”重复：content/policies/x.md 和 content/policies/x.mdx 会成为同一页面，只能保留一个文件',
		]);
	});

	it('refuses a 修订/废止/替代 relation naming a text that does not exist, as the pages would', () => {
		const a = policy(FRONTMATTER.replace('level:', 'supersedes: [{ id: nope, relation: 废止 }]\nlevel:') + BODY, 'a.mdx');
		expect(checkContentFiles([a]).map(formatProblem)).toEqual([
			'content/policies/a.mdx:7 字段 supersedes：supersedes 中的 id“nope”不是本站收录的文件',
		]);
	});

	it('refuses a link to a text that does not exist, and carriedBy naming none', () => {
		const a = policy(FRONTMATTER.replace('level:', 'carriedBy: nope\nlevel:') + '\n见[乙](/policies/b/)和[丙](/policies/c/)。\n', 'a.mdx');
		const b = policy(FRONTMATTER + BODY, 'b.mdx');
		expect(checkContentFiles([a, b]).map(formatProblem)).toEqual([
			'content/policies/a.mdx:15：链接“/policies/c/”指向的文件不存在：content/policies/ 中没有 id 为“c”的文件',
			'content/policies/a.mdx:7 字段 carriedBy：所在汇编“nope”不存在：应为 content/policies/ 中另一篇文件的 id',
		]);
	});
});
