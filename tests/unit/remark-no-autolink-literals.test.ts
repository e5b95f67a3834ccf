/** A bare address in a text stays text; links written as links stay links (the content check judges those). */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown';

const render = renderMarkdown;

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
