/**
 * Bad content must stop the build and say which file and which field are wrong,
 * so a curator can fix an entry without reading a stack trace.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot } from '../support/astro-build';

const tmp = resolve(repoRoot, 'tests/.tmp/content-errors');
const fixture = resolve(repoRoot, 'tests/fixtures/content');

function contentWith(name: string, edit: (frontmatter: string) => string, file = 'policies/fixture-policy.mdx'): string {
	const dir = join(tmp, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(fixture, dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a policy with a bad frontmatter field fails the build', () => {
	it.each([
		['level', (s: string) => s.replace('level: 省级', 'level: 省'), '层级应为'],
		['docNumber', (s: string) => s.replace('测试发〔2020〕1号', '测试发[2020]1号'), '文号格式'],
		['issued', (s: string) => s.replace("issued: '2020-01-02'", "issued: '2020-02-30'"), '日期'],
	])('%s', async (field, edit, message) => {
		const dir = contentWith(field, edit);
		const result = await astroBuild(['--outDir', join(tmp, `${field}-dist`)], { KB_CONTENT_DIR: dir });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('fixture-policy');
		expect(result.output).toMatch(new RegExp(`${field}: .*${message}`));
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

	it.each([
		['a missing anchor', '/policies/qinghai-guide/#p9-s9'],
		['a missing page', '/policies/no-such-text/'],
	])('%s names the page and the target', async (name, link) => {
		const dir = corpusWith(`links-${name}`, link);
		const result = await astroBuild(['--outDir', join(tmp, `links-${name}-dist`)], { KB_CONTENT_DIR: dir });
		expect(result.code).not.toBe(0);
		expect(result.output).toContain('链接检查未通过：发现 1 处');
		expect(result.output).toContain(`页面 policies/pingdingshan-xuehui-dangjian-yijian/index.html → ${link}`);
	});
});
