/**
 * Bad content must stop the build and say which file and which field are wrong, so a curator can
 * fix an entry without reading a stack trace; and a failed build leaves no site behind that could
 * be published by mistake. Each case here built with exit 0 (or left dist/ behind) before the build
 * gate (src/integrations/content-gate.ts) — see issue 15.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot, type BuildResult } from '../support/astro-build';
import { stagingDir } from '../../src/integrations/publish-output';

const tmp = resolve(repoRoot, 'tests/.tmp/content-errors');
const fixture = resolve(repoRoot, 'tests/fixtures/content');
const POLICY = 'policies/fixture-policy.mdx';

function contentWith(name: string, edit: (file: string) => string, file = POLICY): string {
	const dir = join(tmp, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(fixture, dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

/** An output folder left by an earlier successful build: a failed build must not leave it looking current. */
function staleOutput(name: string): string {
	const out = join(tmp, `${name}-dist`);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<!doctype html><title>旧的构建</title>');
	return out;
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad content fails the build, naming file, field or line', () => {
	it.each([
		['level', (s: string) => s.replace('level: 省级', 'level: 省'), 'fixture-policy.mdx:7 字段 level：层级应为'],
		['docNumber', (s: string) => s.replace('测试发〔2020〕1号', '测试发[2020]1号'), 'fixture-policy.mdx:4 字段 docNumber：文号格式'],
		[
			'issued quoted',
			(s: string) => s.replace("issued: '2020-01-02'", "issued: '2020-02-30'"),
			'fixture-policy.mdx:6 字段 issued：日期“2020-02-30”无效',
		],
		// 3: YAML made this 2020-02-14 and a /library/year/2020/ facet
		[
			'issued unquoted',
			(s: string) => s.replace("issued: '2020-01-02'", 'issued: 2019-13-45'),
			'fixture-policy.mdx:6 字段 issued：日期“2019-13-45”无效',
		],
		// 6: said “层级应为…之一”
		['level missing', (s: string) => s.replace('level: 省级\n', ''), 'fixture-policy.mdx 字段 level：缺少层级（level）'],
		// 6: said “Unable to load your Astro config” without a file name
		['bad YAML', (s: string) => s.replace('region: 测试省', 'region: [全国'), 'fixture-policy.mdx:9：frontmatter 不是有效的 YAML'],
		// 5: an entry with no body was published as an empty page
		['empty body', (s: string) => s.slice(0, s.indexOf('---', 3) + 4), 'fixture-policy.mdx：正文为空'],
		// 2: a script link and an outside image were published
		['javascript link', (s: string) => `${s}\n[点我](javascript:alert(1))\n`, 'fixture-policy.mdx:20：不安全的链接“javascript:alert(1)”'],
		['outside image', (s: string) => `${s}\n![x](https://example.com/x.png)\n`, 'fixture-policy.mdx:20：图片“https://example.com/x.png”'],
	])('%s', async (name, edit, message) => {
		const dir = contentWith(name, edit);
		const out = staleOutput(name);
		const result = await astroBuild(['--outDir', out], { KB_CONTENT_DIR: dir });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('内容检查未通过');
		expect(result.output).toContain(message);
		// 7: nothing publishable is left behind
		expect(existsSync(out)).toBe(false);
	});

	/**
	 * Issue 25: what the gate did not see. One corpus holds every case (a failing gate build takes seconds,
	 * not the minute of a full build); each test names one finding. Before the corpus layer the gate
	 * passed all of them (or crashed with EISDIR), and the build failed later, left a stale or partial
	 * dist/, or dropped a text.
	 */
	describe('the gate reads the corpus as the build does (issue 25)', () => {
		let result: BuildResult;
		const out = join(tmp, 'issue-25-dist');
		beforeAll(async () => {
			const dir = contentWith('issue-25', (s) => s);
			const policy = readFileSync(join(dir, POLICY), 'utf8');
			const put = (file: string, text: string) => {
				mkdirSync(join(dir, 'policies', file, '..'), { recursive: true });
				writeFileSync(join(dir, 'policies', file), text);
			};
			// 1: a text in a sub-folder, with code and a script
			put('sub/in-folder.mdx', `${policy}\nexport const a = 1\n\n<script>alert(1)</script>\n`);
			// 2: Astro slugged these into one id each and dropped one text
			put('Foo.mdx', policy);
			put('foo.mdx', policy);
			put('a b.mdx', policy);
			put('a-b.mdx', policy);
			// 3: YAML reads an unquoted date; the build failed with InvalidContentEntryDataError
			put('date-title.mdx', policy.replace('title: 关于测试文件的通知', 'title: 2020-01-01'));
			// 4: EISDIR / ENOENT before the gate; a file outside the corpus published silently
			mkdirSync(join(dir, 'policies/folder.mdx'));
			symlinkSync('nowhere.mdx', join(dir, 'policies/dangling.mdx'));
			symlinkSync(resolve(repoRoot, 'README.md'), join(dir, 'policies/outside.mdx'));
			// 7: two texts that supersede each other
			put(
				'cycle-a.mdx',
				policy.replace('level:', 'supersedes: [{ id: cycle-b, relation: 替代 }]\nlevel:').replace('status: 现行', 'status: 已废止')
			);
			put(
				'cycle-b.mdx',
				policy.replace('level:', 'supersedes: [{ id: cycle-a, relation: 替代 }]\nlevel:').replace('status: 现行', 'status: 已废止')
			);
			// 8: NUL and a right-to-left override
			put('invisible.mdx', policy.replace('测试省', '测试\u0000省').replace('第一条款', '第一\u202e条款'));
			// 11: a 200,000-character title
			put('long-title.mdx', policy.replace('title: 关于测试文件的通知', `title: ${'长'.repeat(200_000)}`));
			result = await astroBuild(['--outDir', out], { KB_CONTENT_DIR: dir });
		}, 180_000);

		it('stops the build, with no stack trace and no output folder', () => {
			expect(result.code).not.toBe(0);
			expect(result.output).toContain('内容检查未通过');
			expect(result.output).not.toMatch(/EISDIR|ENOENT|InvalidContentEntryDataError|Missing parameter/);
			expect(existsSync(out)).toBe(false);
		});

		it.each([
			['1: a text in a sub-folder', 'policies/sub/in-folder.mdx:20：import/export 语句'],
			['1: a script in a sub-folder', 'policies/sub/in-folder.mdx:22：组件或 HTML 标签 <script>'],
			['2: Foo.mdx beside foo.mdx', 'policies/Foo.mdx：文件名“Foo.mdx”不能作为网址'],
			['2: “a b.mdx” beside a-b.mdx', 'policies/a b.mdx：文件名“a b.mdx”不能作为网址'],
			['3: an unquoted date as title', 'policies/date-title.mdx:2 字段 title：“2020-01-01”没有加引号'],
			['4: a folder named like a text', 'policies/folder.mdx：“folder.mdx”是文件夹'],
			['4: a dangling link', 'policies/dangling.mdx：是指向不存在的文件的链接'],
			['4: a link out of the corpus', 'policies/outside.mdx：是指向语料文件夹之外的链接'],
			['7: a supersedes cycle', 'policies/cycle-a.mdx:7 字段 supersedes.0：修订/废止/替代关系形成循环'],
			['8: NUL in a field', 'policies/invisible.mdx:8 字段 region：第 11 列有看不见的字符 U+0000'],
			['8: a bidi override in the body', 'policies/invisible.mdx:16：第 6 列有看不见的字符 U+202E'],
			['11: a 200,000-character title', 'policies/long-title.mdx:2 字段 title：标题（title）过长'],
		])('%s', (_name, message) => {
			expect(result.output).toContain(message);
		});
	});

	// 1: the line ran at build time (it wrote a file) and the build passed
	it('an export line in a text is refused before it can run', async () => {
		const marker = join(tmp, 'executed.txt');
		rmSync(marker, { force: true });
		const dir = contentWith(
			'export',
			(s) => `${s}\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n（2）第二项。\n`
		);
		const result = await astroBuild(['--outDir', join(tmp, 'export-dist')], { KB_CONTENT_DIR: dir });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('fixture-policy.mdx:20：import/export 语句会在构建时作为代码执行');
		expect(existsSync(marker)).toBe(false);
	});

	// 4: one of the two was dropped silently
	it('x.md next to x.mdx names both files', async () => {
		const dir = contentWith('duplicate', (s) => s);
		cpSync(join(dir, POLICY), join(dir, 'policies/fixture-policy.md'));
		const result = await astroBuild(['--outDir', join(tmp, 'duplicate-dist')], { KB_CONTENT_DIR: dir });
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/policies\/fixture-policy\.md 和 \S*policies\/fixture-policy\.mdx 会成为同一页面/);
	});
});

describe('a build that fails after rendering began leaves no output (issue 25)', () => {
	it('a page that throws half-way: no dist/, no staging folder, no stale site', async () => {
		const out = staleOutput('render-crash');
		const result = await astroBuild(['--config', 'tests/build/render-crash/astro.config.mjs', '--outDir', out], {
			KB_CONTENT_DIR: contentWith('render-crash', (s) => s),
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('测试：页面在渲染中途出错');
		expect(result.output).toContain('构建失败：没有生成输出目录');
		expect(existsSync(out)).toBe(false);
		expect(existsSync(stagingDir(out))).toBe(false);
	});
});

describe('a broken internal link fails the build', () => {
	// The real corpus (tool pages cite its clauses), with one link broken on purpose.
	function corpusWith(name: string, link: string): string {
		const dir = join(tmp, name);
		rmSync(dir, { recursive: true, force: true });
		cpSync(resolve(repoRoot, 'content'), dir, { recursive: true });
		const file = join(dir, 'policies/pingdingshan-xuehui-dangjian-yijian.mdx');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n见[测试链接](${link})。\n`);
		return dir;
	}

	it('a missing anchor names the page and the target, and removes the built site', async () => {
		const link = '/policies/qinghai-guide/#p9-s9';
		const out = staleOutput('links-anchor');
		const result = await astroBuild(['--outDir', out], { KB_CONTENT_DIR: corpusWith('links-anchor', link) });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('链接检查未通过：发现 1 处');
		expect(result.output).toContain(`页面 policies/pingdingshan-xuehui-dangjian-yijian/index.html → ${link}`);
		// 7: 90 complete-looking pages were left in dist/; now the site was never moved into place
		expect(existsSync(out)).toBe(false);
		expect(existsSync(stagingDir(out))).toBe(false);
	});

	it('a missing page is found before building', async () => {
		const result = await astroBuild(['--outDir', join(tmp, 'links-page-dist')], {
			KB_CONTENT_DIR: corpusWith('links-page', '/policies/no-such-text/'),
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('链接“/policies/no-such-text/”指向的文件不存在');
	});
});
