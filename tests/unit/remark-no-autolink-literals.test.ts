/** A bare address in a text stays text; links written as links stay links (the content check judges those). */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/pipeline';

async function render(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkPlugins())
		.use(remarkRehype)
		.use(rehypePlugins({ base: '/' }))
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('remark-no-autolink-literals (in the corpus pipeline)', () => {
	it.each([
		// boundaries: at the start of a line, after a space, after CJK punctuation, at the end
		['https://example.com 是网址', '<p>https://example.com 是网址</p>'],
		['网址 https://example.com', '<p>网址 https://example.com</p>'],
		['网址：https://example.com/a_b?c=1', '<p>网址：https://example.com/a_b?c=1</p>'],
		['网址：https://example.com/a\\_b', '<p>网址：https://example.com/a_b</p>'],
		['见 www.example.com。', '<p>见 www.example.com。</p>'],
		['邮箱 dangjian@example.com', '<p>邮箱 dangjian@example.com</p>'],
		['网址：https\\://example.com\\<b\\>', '<p>网址：https://example.com&#x3C;b></p>'],
	])('%j stays text', async (markdown, expected) => {
		expect(await render(markdown)).toBe(expected);
	});

	it.each([
		['[站内](/policies/a/)', '<a href="/policies/a/">站内</a>'],
		['[站外](https://example.com/)', '<a href="https://example.com/">站外</a>'],
		['<https://example.com>', '<a href="https://example.com">https://example.com</a>'],
	])('%j written as a link stays a link', async (markdown, expected) => {
		expect(await render(markdown)).toContain(expected);
	});
});
