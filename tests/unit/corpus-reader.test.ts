/**
 * The corpus reader sees exactly what the build's glob loaders load (issue 25 items 1, 2 and 4): it
 * is compared with Astro's own `glob()` loader run on the same folder, and whatever the loader would
 * skip silently, crash on or publish from outside the corpus is reported, naming the file.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection, readCorpus } from '../../src/data/corpus';
import { corpusLoader } from '../../src/data/loaders';
import { formatProblem } from '../../src/lib/content-check';

const repoRoot = resolve(import.meta.dirname, '../..');
const tmp = resolve(repoRoot, 'tests/.tmp/corpus-reader');
const root = join(tmp, 'content');
const policies = join(root, 'policies');

const text = (title: string) => `---\ntitle: ${title}\n---\n\n正文。\n`;

function write(path: string, content: string) {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, content);
}

beforeAll(() => {
	rmSync(tmp, { recursive: true, force: true });
	write(join(policies, 'a.mdx'), text('甲'));
	write(join(policies, 'sub/deeper/b.md'), text('乙'));
	write(join(policies, 'Foo.mdx'), text('丙'));
	write(join(policies, 'foo.mdx'), text('丁'));
	write(join(policies, 'x y.mdx'), text('戊'));
	// a folder named like a text; the text inside it is loaded
	write(join(policies, 'folder.mdx/c.mdx'), text('己'));
	write(join(policies, '.hidden.mdx'), text('庚'));
	write(join(policies, '.drafts/d.mdx'), text('辛'));
	write(join(policies, 'upper.MDX'), text('壬'));
	write(join(policies, 'notes.txt'), '不是文件');
	symlinkSync('nowhere.mdx', join(policies, 'dangling.mdx'));
	write(join(tmp, 'outside/secret.mdx'), text('仓库之外'));
	symlinkSync(join(tmp, 'outside/secret.mdx'), join(policies, 'leak.mdx'));
	symlinkSync(join(tmp, 'outside'), join(policies, 'linked-folder'));
	symlinkSync('a.mdx', join(policies, 'same.mdx'));
	write(join(policies, 'latin1.mdx'), '');
	writeFileSync(join(policies, 'latin1.mdx'), Buffer.from([...Buffer.from('---\ntitle: '), 0xe9, 0x0a, ...Buffer.from('---\n\n正文\n')]));
	write(join(policies, 'broken.mdx'), '---\ntitle: [甲\n---\n\n正文\n');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What Astro's glob loader (with our options) stores for a folder: id → file path relative to the root. */
async function astroLoads(): Promise<Map<string, string>> {
	const stored = new Map<string, { id: string; filePath?: string }>();
	const entryType = {
		getEntryInfo: ({ contents }: { contents: string }) => {
			const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
			return { data: parsed.frontmatter, body: parsed.content.trim() };
		},
	};
	const loader = corpusLoader('policies');
	await loader.load({
		collection: 'policies',
		config: { root: pathToFileURL(`${repoRoot}/`), srcDir: pathToFileURL(`${repoRoot}/src/`) },
		entryTypes: new Map([
			['.md', entryType],
			['.mdx', entryType],
		]),
		store: {
			keys: () => stored.keys(),
			get: (id: string) => stored.get(id),
			set: (entry: { id: string; filePath?: string }) => void stored.set(entry.id, entry),
			delete: (id: string) => void stored.delete(id),
		},
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (s: unknown) => String(s).length.toString(),
		logger: { warn: () => {}, error: () => {}, info: () => {} },
	} as never);
	return new Map([...stored.values()].map((e) => [e.id, e.filePath!]));
}

describe('the reader finds what the glob loader loads', () => {
	it('every file the loader stores is read or reported under the same id, and no other', async () => {
		// the loader cannot parse broken YAML: it stops the build there (the gate reports it first)
		rmSync(join(policies, 'broken.mdx'));
		try {
			process.env.KB_CONTENT_DIR = root;
			const loaded = await astroLoads();
			const read = readCollection('policies', policies, root);
			const readIds = new Set(read.refs.map((r) => r.id));
			expect([...readIds].sort()).toEqual([...loaded.keys()].sort());
			// the loader keeps one of two files with one id; the reader names both
			for (const [id, filePath] of loaded) {
				expect(read.refs.filter((r) => r.id === id).map((r) => r.file)).toContainEqual(expect.stringContaining(filePath.split('/').pop()!));
			}
			expect([...loaded.keys()].sort()).toEqual(['Foo', 'a', 'b', 'c', 'foo', 'latin1', 'leak', 'same', 'secret', 'x y']);
		} finally {
			delete process.env.KB_CONTENT_DIR;
			write(join(policies, 'broken.mdx'), '---\ntitle: [甲\n---\n\n正文\n');
		}
	});
});

describe('what the loader would skip, crash on or publish is reported', () => {
	const problems = () => readCorpus(root).problems.map(formatProblem);

	it.each([
		// 4: EISDIR / ENOENT stack traces before the gate could speak
		['a folder named like a text', 'policies/folder.mdx：“folder.mdx”是文件夹'],
		['a dangling link', 'policies/dangling.mdx：是指向不存在的文件的链接（nowhere.mdx）'],
		// 4: published silently
		['a link leading out of the corpus folder', 'policies/leak.mdx：是指向语料文件夹之外的链接'],
		['a file in a linked folder outside the corpus', 'policies/linked-folder/secret.mdx：是指向语料文件夹之外的链接'],
		// never built, never reported
		['a hidden file', 'policies/.hidden.mdx：文件或所在文件夹的名字以“.”开头'],
		['a text in a hidden folder', 'policies/.drafts/d.mdx：文件或所在文件夹的名字以“.”开头'],
		['an upper-case extension', 'policies/upper.MDX：扩展名应为小写的 .md 或 .mdx'],
		['a file that is not UTF-8', 'policies/latin1.mdx：不是 UTF-8 编码的文字'],
		['broken YAML, with its line', 'policies/broken.mdx:3：frontmatter 不是有效的 YAML'],
	])('%s', (_name, expected) => {
		expect(problems().join('\n')).toContain(expected);
	});

	it('says nothing about other files and does not throw', () => {
		const found = problems().join('\n');
		expect(found).not.toContain('notes.txt');
		expect(found).not.toMatch(/policies\/(a|same|sub\/deeper\/b)\.mdx?：/);
		expect(problems()).toHaveLength(9);
	});

	it('reads a text in a sub-folder under its file name’s id', () => {
		const b = readCorpus(root).files.find((f) => f.entry === 'sub/deeper/b.md');
		expect(b?.id).toBe('b');
		expect(b?.data.title).toBe('乙');
	});

	it('a corpus folder that does not exist is empty, not an error', () => {
		expect(readCorpus(join(tmp, 'nothing'))).toEqual({ files: [], refs: [], problems: [] });
	});
});
