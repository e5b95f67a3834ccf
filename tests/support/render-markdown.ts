/** Renders a Markdown string through the site's own remark/rehype plugin lists, for plugin tests. */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/pipeline';

export async function renderMarkdown(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkPlugins())
		.use(remarkRehype)
		.use(rehypePlugins({ base: '/' }))
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}
