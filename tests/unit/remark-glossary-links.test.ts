import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { linkGlossaryTerms, type GlossaryTerm } from '../../src/plugins/remark-glossary-links';

const TERMS: GlossaryTerm[] = [
	{ id: 'sanhui-yike', term: '三会一课', aliases: [] },
	{ id: 'shuangxiang', term: '双向进入、交叉任职', aliases: ['双向进入，交叉任职'] },
	{ id: 'liangge-fugai', term: '两个覆盖', aliases: ['两个全覆盖'] },
];

async function render(markdown: string, base = '/'): Promise<string> {
	const processor = unified()
		.use(remarkParse)
		.use(() => (tree: Root) => void linkGlossaryTerms(tree, TERMS, base))
		.use(remarkRehype)
		.use(rehypeStringify);
	return String(await processor.process(markdown));
}

const links = (html: string) => [...html.matchAll(/data-glossary="([^"]+)"[^>]*>([^<]+)</g)].map((m) => `${m[1]}:${m[2]}`);

describe('linkGlossaryTerms', () => {
	it.each([
		['落实三会一课制度。', ['sanhui-yike:三会一课']],
		['三会一课……再次提到三会一课。', ['sanhui-yike:三会一课']],
		['第一段三会一课。\n\n第二段三会一课。', ['sanhui-yike:三会一课']],
		['推行双向进入、交叉任职。', ['shuangxiang:双向进入、交叉任职']],
		['实现两个全覆盖，再说两个覆盖。', ['liangge-fugai:两个全覆盖']],
		['三会一课和两个覆盖', ['sanhui-yike:三会一课', 'liangge-fugai:两个覆盖']],
		['没有术语。', []],
		['三会', []],
	])('%j', async (markdown, expected) => {
		expect(links(await render(markdown))).toEqual(expected);
	});

	it.each([
		['inside a link', '[三会一课](/policies/x/)，然后三会一课。', ['sanhui-yike:三会一课'], 1],
		['inside a heading', '## 三会一课\n\n正文三会一课。', ['sanhui-yike:三会一课'], 1],
	])('skips text %s and links the next occurrence', async (_label, markdown, expected, count) => {
		const html = await render(markdown);
		expect(links(html)).toEqual(expected);
		expect(html.match(/data-glossary/g)?.length).toBe(count);
	});

	it('links with the deployment base', async () => {
		expect(await render('三会一课', '/kb/')).toContain('href="/kb/glossary/#sanhui-yike"');
	});
});
