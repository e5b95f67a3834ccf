/**
 * Entry ids: the glob loaders (src/data/loaders.ts), the corpus reader and the citation plugin take
 * them from the file name with one function, and a name that is not already an id is refused.
 */
import { describe, expect, it } from 'vitest';
import { entryId, fileNameProblem, ID_PATTERN } from '../../src/lib/schema/entry-id';

describe('entryId', () => {
	it.each([
		['', ''],
		['zhongbanfa-2015-51.mdx', 'zhongbanfa-2015-51'],
		['qinghai-guide.md', 'qinghai-guide'],
		['2024/sheng/x.mdx', 'x'],
		['/abs/content/policies/zhongbanfa-2015-51.mdx', 'zhongbanfa-2015-51'],
		['C:\\site\\content\\policies\\qinghai-guide.md', 'qinghai-guide'],
		['Foo.mdx', 'Foo'],
	])('%j → %j', (path, id) => expect(entryId(path)).toBe(id));
});

describe('fileNameProblem', () => {
	it.each(['a.mdx', 'zhongbanfa-2015-51.mdx', 'template-1.mdx', '2024/x-1.md', '中文目录/x.mdx'])('accepts %s', (name) => {
		expect(fileNameProblem(name)).toBeUndefined();
	});

	it.each([
		['Foo.mdx', '如 foo.mdx'],
		['a b.mdx', '如 a-b.mdx'],
		['a_b.md', '如 a-b.md'],
		['-a.mdx', '如 a.mdx'],
		['a--b.mdx', '如 a-b.mdx'],
		['a.b.mdx', '如 a-b.mdx'],
		['关于通知.mdx', '小写拼音或英文'],
		['.mdx', '小写拼音或英文'],
	])('refuses %s, suggesting a name', (name, hint) => {
		const why = fileNameProblem(name)!;
		expect(why).toContain(`文件名“${name}”不能作为网址`);
		expect(why).toContain(hint);
	});

	it('the id pattern is the schema’s pattern for ids in relations', () => {
		expect(ID_PATTERN.test('kexie-dangzufa-2016-81')).toBe(true);
		expect(ID_PATTERN.test('a/b')).toBe(false);
	});
});
