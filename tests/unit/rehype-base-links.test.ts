import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeBaseLinks from '../../src/plugins/rehype-base-links';

async function render(markdown: string, base: string): Promise<string> {
	const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeBaseLinks, { base }).use(rehypeStringify).process(markdown);
	return String(file);
}

describe('rehypeBaseLinks', () => {
	it.each([
		['/', '[a](/policies/x/)', 'href="/policies/x/"'],
		['/kb/', '[a](/policies/x/)', 'href="/kb/policies/x/"'],
		['/kb/', '[a](/policies/x/#s2-c1)', 'href="/kb/policies/x/#s2-c1"'],
		['/kb/', '[a](/kb/policies/x/)', 'href="/kb/policies/x/"'],
		['/kb/', '[a](#s1)', 'href="#s1"'],
		['/kb/', '[a](../x/)', 'href="../x/"'],
		['/kb/', '[a](//cdn.example/x)', 'href="//cdn.example/x"'],
		['/kb/', '[a](https://example.org/)', 'href="https://example.org/"'],
	])('base %s: %s → %s', async (base, markdown, expected) => {
		expect(await render(markdown, base)).toContain(expected);
	});
});
