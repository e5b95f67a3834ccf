/**
 * The content check shared by `npm run check:content` and the build gate: each row is one kind of bad
 * input found by trying the import → build path (issue 15), and the message must name the place.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles, formatProblem, unsafeUrl, type ContentFile } from '../../src/lib/content-check';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { checkContent, parseBody } from '../../src/data/content-check';
import { checkSource, contentFile } from '../support/corpus';

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
const policy = (source: string, name = 'x.mdx') => contentFile(source, name);
const withFrontmatter = (edit: (fm: string) => string, body = BODY) => edit(FRONTMATTER) + body;
const messages = (source: string) => checkSource(source).map(formatProblem);
const check = (files: ContentFile[]) => checkContentFiles(files, parseBody).map(formatProblem);

describe('readFrontmatter (the corpus reader): the data Astro gets, with the lines of the file', () => {
	const read = (source: string) => {
		const r = readFrontmatter(source);
		if (!r.ok) throw new Error(r.problem.message);
		return r.frontmatter;
	};

	it('reads an unquoted date as Astro does (a Date) and keeps the text typed', () => {
		const fm = read('---\nissued: 2019-13-45\n---\n');
		// js-yaml rolls it over; the pages would show 2020-02-14
		expect(fm.data.issued).toEqual(new Date('2020-02-14T00:00:00Z'));
		expect(fm.typed(['issued'])).toBe('2019-13-45');
		expect(read("---\nissued: '2019-09-03'\n---\n").data.issued).toBe('2019-09-03');
	});

	it('gives the file line of every field and list item, also after leading blank lines', () => {
		const fm = read('\n---\ntitle: 甲\nsupersedes:\n  - { id: a, relation: 替代 }\n  - id: b\n    relation: 修订\n---\n');
		expect(fm.lineOf(['title'])).toBe(3);
		expect(fm.lineOf(['supersedes'])).toBe(4);
		expect(fm.lineOf(['supersedes', 1])).toBe(6);
		expect(fm.lineOf(['supersedes', 1, 'relation'])).toBe(7);
		// a missing field: the line of its nearest parent, none at the top
		expect(fm.lineOf(['supersedes', 0, 'title'])).toBe(5);
		expect(fm.lineOf(['level'])).toBeUndefined();
	});

	it('keeps the body on the lines it has in the file', () => {
		const { body } = read('---\na: 1\nb: 2\n---\n\n正文\n');
		expect(body.split('\n').indexOf('正文')).toBe(5);
	});

	it.each([
		['broken YAML', '---\ntitle: x\nregion: [全国\nlevel: 省级\n---\n', 4, /不是有效的 YAML/],
		['a list instead of fields', '---\n- a\n- b\n---\n', 2, /应为“字段: 值”的列表/],
		['TOML', '+++\ntitle = "x"\n+++\n', 1, /不能用 \+\+\+/],
		['a duplicate field', '---\ntitle: 甲\ntitle: 乙\n---\n', 3, /duplicated mapping key/],
	])('reports %s as data, with the line of the file', (_name, source, line, message) => {
		const r = readFrontmatter(source);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.problem.line).toBe(line);
			expect(r.problem.message).toMatch(message);
		}
	});

	it('a file without frontmatter has none', () => {
		expect(read('正文').hasFrontmatter).toBe(false);
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
		// zod's zh-CN locale said “期望 数组，实际接收 string”
		[
			'topics not a list',
			(s: string) => s.replace('level:', 'topics: 组织设置\nlevel:'),
			':7 字段 topics：应为列表（如 [甲, 乙]），写成了文字',
		],
		['summary a list', (s: string) => s.replace('level:', 'summary: [甲]\nlevel:'), ':7 字段 summary：应为文字，写成了列表'],
		// issue 25 item 3: YAML reads these as dates; the build failed with InvalidContentEntryDataError after the gate passed
		[
			'unquoted date as title',
			(s: string) => s.replace('title: 关于测试文件的通知', 'title: 2020-01-01'),
			':2 字段 title：“2020-01-01”没有加引号',
		],
		[
			'unquoted date as shortTitle',
			(s: string) => s.replace('shortTitle: 测试通知', 'shortTitle: 2020-01-01'),
			':3 字段 shortTitle：“2020-01-01”没有加引号',
		],
		['unquoted date as region', (s: string) => s.replace('region: 测试省', 'region: 2020-01-01'), ':8 字段 region：“2020-01-01”没有加引号'],
		[
			'unquoted date as summary',
			(s: string) => s.replace('level:', 'summary: 2020-01-01\nlevel:'),
			':7 字段 summary：“2020-01-01”没有加引号',
		],
		[
			'unquoted date as an alias',
			(s: string) => s.replace('level:', 'aliases: [简称, 2020-01-01]\nlevel:'),
			':7 字段 aliases.1：“2020-01-01”没有加引号',
		],
		[
			'unquoted date as a topic',
			(s: string) => s.replace('level:', 'topics:\n  - 2020-01-01\nlevel:'),
			':8 字段 topics.0：“2020-01-01”没有加引号',
		],
		[
			'a date with a time',
			(s: string) => s.replace("issued: '2020-01-02'", 'issued: 2020-01-02 10:00:00'),
			':6 字段 issued：日期“2020-01-02 10:00:00”无效',
		],
		// issue 25 item 11: Pagefind took 248 s over a 200,000-character title
		[
			'a 200,000-character title',
			(s: string) => s.replace('title: 关于测试文件的通知', `title: ${'长'.repeat(200_000)}`),
			':2 字段 title：标题（title）过长：最多 200 个字，现为 200000 个字',
		],
		[
			'a long alias',
			(s: string) => s.replace('level:', `aliases: [${'名'.repeat(201)}]\nlevel:`),
			':7 字段 aliases.0：别称（aliases）过长',
		],
	])('%s', (_name, edit, expected) => {
		expect(messages(withFrontmatter(edit)).join('\n')).toContain(expected);
	});

	it('a file without frontmatter is told so', () => {
		expect(messages('正文。\n')).toEqual([expect.stringContaining('content/policies/x.mdx:1：缺少 frontmatter')]);
	});
});

describe('invisible characters are refused, named by field or by line and column (issue 25 item 8)', () => {
	it.each([
		['NUL in the title', (s: string) => s.replace('关于测试', '关于\u0000测试'), ':2 字段 title：第 10 列有看不见的字符 U+0000 空字符 NUL'],
		['BEL in the region', (s: string) => s.replace('测试省', '测试\u0007省'), ':8 字段 region：第 11 列有看不见的字符 U+0007 响铃 BEL'],
		[
			'ESC in the 文号',
			(s: string) => s.replace('测试发', '\u001b[31m测试发'),
			':4 字段 docNumber：第 12 列有看不见的字符 U+001B 转义符 ESC',
		],
		[
			'a right-to-left override in an issuer',
			(s: string) => s.replace('[测试机关]', '[测试\u202e关机]'),
			':5 字段 issuers：第 13 列有看不见的字符 U+202E 从右到左覆盖',
		],
		[
			'a zero-width space inside a list',
			(s: string) => s.replace('source: { file: fixture.txt }', 'source:\n  file: fix\u200bture.txt'),
			':12 字段 source：第 12 列有看不见的字符 U+200B 零宽空格',
		],
	])('%s', (_name, edit, expected) => {
		expect(messages(withFrontmatter(edit)).join('\n')).toContain(expected);
	});

	it('in the body, by line and column', () => {
		const found = messages(withFrontmatter((s) => s, '\n第一条\u200b款。\n\n（1）\u202e第一项。\n'));
		expect(found).toEqual([
			expect.stringContaining('content/policies/x.mdx:14：第 4 列有看不见的字符 U+200B 零宽空格'),
			expect.stringContaining('content/policies/x.mdx:16：第 4 列有看不见的字符 U+202E 从右到左覆盖'),
		]);
	});

	it('a file full of them gets five lines and a count', () => {
		const found = messages(withFrontmatter((s) => s, `\n${'字\u0000'.repeat(40)}\n`));
		expect(found).toHaveLength(6);
		expect(found[5]).toContain('另有 35 个看不见的字符');
	});

	it('accepts a byte-order mark at the very start, tabs and the ideographic space', () => {
		expect(messages(`\ufeff${FRONTMATTER}\n第一条\t款。\u3000第二句。\n`)).toEqual([]);
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
	// issue 25 item 2: Astro slugged both to one id and dropped one text silently
	it.each([
		['Foo.mdx next to foo.mdx', ['Foo.mdx', 'foo.mdx'], ['content/policies/Foo.mdx：文件名“Foo.mdx”不能作为网址', '如 foo.mdx']],
		['“a b.mdx” next to a-b.mdx', ['a b.mdx', 'a-b.mdx'], ['content/policies/a b.mdx：文件名“a b.mdx”不能作为网址', '如 a-b.mdx']],
		['a Chinese file name', ['关于通知.mdx'], ['文件名“关于通知.mdx”不能作为网址', '小写拼音或英文']],
		['an underscore', ['zhong_ban.md'], ['文件名“zhong_ban.md”不能作为网址', '如 zhong-ban.md']],
	])('refuses %s, naming the file', (_name, names, expected) => {
		const problems = check(names.map((n) => policy(FRONTMATTER + BODY, n))).join('\n');
		for (const e of expected) expect(problems).toContain(e);
		expect(problems.split('\n')).toHaveLength(1);
	});

	it('refuses the same name in two sub-folders: one page, two files', () => {
		const problems = check([policy(FRONTMATTER + BODY, '2020/x.mdx'), policy(FRONTMATTER + BODY, 'sheng/x.mdx')]);
		expect(problems).toEqual([
			'content/policies/2020/x.mdx：id“x”重复：content/policies/2020/x.mdx 和 content/policies/sheng/x.mdx 会成为同一页面，只能保留一个文件',
			'content/policies/sheng/x.mdx：id“x”重复：content/policies/2020/x.mdx 和 content/policies/sheng/x.mdx 会成为同一页面，只能保留一个文件',
		]);
	});

	it('refuses texts that supersede each other and a text in force that is repealed, on the field that says so', () => {
		const a = policy(FRONTMATTER.replace('level:', 'supersedes: [{ id: b, relation: 替代 }]\nlevel:') + BODY, 'a.mdx');
		const b = policy(FRONTMATTER.replace('level:', 'supersedes: [{ id: a, relation: 废止 }]\nlevel:') + BODY, 'b.mdx');
		expect(check([a, b])).toEqual([
			'content/policies/a.mdx:7 字段 supersedes.0：修订/废止/替代关系形成循环：a → b → a。每篇文件都会把另一篇当作现行规定，应只在较新的文件中写 supersedes',
			'content/policies/b.mdx:7 字段 supersedes.0：修订/废止/替代关系形成循环：a → b → a。每篇文件都会把另一篇当作现行规定，应只在较新的文件中写 supersedes',
			'content/policies/a.mdx:11 字段 status：状态为“现行”，但本文已被《关于测试文件的通知》废止：被废止或替代的文件状态应为“已废止”（或删去与事实不符的关系）',
			'content/policies/b.mdx:11 字段 status：状态为“现行”，但本文已被《关于测试文件的通知》替代：被废止或替代的文件状态应为“已废止”（或删去与事实不符的关系）',
		]);
	});

	it('refuses a text carried by itself', () => {
		expect(check([policy(FRONTMATTER.replace('level:', 'carriedBy: a\nlevel:') + BODY, 'a.mdx')])).toEqual([
			'content/policies/a.mdx:7 字段 carriedBy：所在汇编“a”是本文自己：应为收录本文的另一篇文件的 id',
		]);
	});

	it('refuses x.md next to x.mdx, naming both files (issue 15 item 4)', () => {
		const problems = check([policy(FRONTMATTER + BODY, 'x.md'), policy(FRONTMATTER + BODY, 'x.mdx')]);
		expect(problems).toEqual([
			'content/policies/x.md：id“x”重复：content/policies/x.md 和 content/policies/x.mdx 会成为同一页面，只能保留一个文件',
			'content/policies/x.mdx：id“x”重复：content/policies/x.md 和 content/policies/x.mdx 会成为同一页面，只能保留一个文件',
		]);
	});

	it('refuses a 修订/废止/替代 relation naming a text that does not exist, as the pages would', () => {
		const a = policy(FRONTMATTER.replace('level:', 'supersedes: [{ id: nope, relation: 废止 }]\nlevel:') + BODY, 'a.mdx');
		expect(check([a])).toEqual(['content/policies/a.mdx:7 字段 supersedes.0.id：supersedes 中的 id“nope”不是本站收录的文件']);
	});

	it('refuses a link to a text that does not exist, and carriedBy naming none', () => {
		const a = policy(FRONTMATTER.replace('level:', 'carriedBy: nope\nlevel:') + '\n见[乙](/policies/b/)和[丙](/policies/c/)。\n', 'a.mdx');
		const b = policy(FRONTMATTER + BODY, 'b.mdx');
		expect(check([a, b])).toEqual([
			'content/policies/a.mdx:15：链接“/policies/c/”指向的文件不存在：content/policies/ 中没有 id 为“c”的文件',
			'content/policies/a.mdx:7 字段 carriedBy：所在汇编“nope”不存在：应为 content/policies/ 中另一篇文件的 id',
		]);
	});
});

describe('the build gate reusing earlier file checks (checkContent with a cache folder)', () => {
	it('finds what a fresh check finds as linked texts come and go, though the linking body is unchanged', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'kb-content-body-'));
		try {
			const a = policy(FRONTMATTER + '\n见[乙](/policies/b/)和[丙](/policies/c/)。\n', 'a.mdx');
			const other = (id: string) =>
				policy(FRONTMATTER.replace('测试发〔2020〕1号', `测试发〔2020〕${id.charCodeAt(0)}号`) + BODY, `${id}.mdx`);
			const corpus = (...files: ContentFile[]) => ({ files: files.map((f) => ({ ...f, path: f.file })), refs: files, problems: [] });
			for (const files of [
				[a, other('b')],
				[a, other('b'), other('c')],
				[a, other('c')],
				[a, other('c')],
			]) {
				const cached = checkContent(corpus(...files), cacheDir).problems.map(formatProblem);
				expect(cached).toEqual(checkContent(corpus(...files)).problems.map(formatProblem));
				expect(cached.filter((p) => p.includes('不存在')).length).toBe(3 - files.length);
			}
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});
	// the body stays the same while the frontmatter or an invisible character comes and goes: each build sees what a fresh check sees
	it.each([
		{ name: 'a field goes missing', edit: (fm: string) => fm.replace(/^level:.*\n/m, '') },
		{ name: 'an unquoted impossible date', edit: (fm: string) => fm.replace(/^issued:.*$/m, 'issued: 2019-13-45') },
		{ name: 'a zero-width space in the title', edit: (fm: string) => fm.replace(/^title: /m, 'title: \u200b') },
	])('finds it when $name with the body unchanged, and forgets it when it is put right', ({ edit }) => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'kb-content-file-'));
		try {
			const corpus = (f: ContentFile) => ({ files: [{ ...f, path: f.file }], refs: [f], problems: [] });
			const sources = [FRONTMATTER + BODY, edit(FRONTMATTER) + BODY, FRONTMATTER + BODY];
			const found = sources.map((source) => {
				const cached = checkContent(corpus(policy(source)), cacheDir).problems.map(formatProblem);
				expect(cached).toEqual(checkContent(corpus(policy(source))).problems.map(formatProblem));
				return cached.length;
			});
			expect(found).toEqual([0, expect.any(Number), 0]);
			expect(found[1]).toBeGreaterThan(0);
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});
});
