/**
 * The site's Markdown pipeline for tests (src/plugins/pipeline.ts): parse a Markdown string with the
 * pipeline's transforms, or render it to HTML, with the same plugin list as the build. What the
 * plugins record for Astro (citations, paragraphs) is returned as `frontmatter`.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { rehypePlugins, remarkProcessor, type PipelineOptions } from '../../src/plugins/pipeline';

export interface MarkdownOptions extends PipelineOptions {
	/** Read as MDX (a .mdx file), as the site reads the corpus. */
	mdx?: boolean;
	/** The file's path, as Astro gives it to the plugins (the citation plugin takes the entry id from it). */
	path?: string;
}

/** A file as Astro hands it to the remark plugins: they record their findings in its frontmatter. */
function astroFile(markdown: string, path: string | undefined): { file: VFile; frontmatter: Record<string, unknown> } {
	const frontmatter: Record<string, unknown> = {};
	return { file: new VFile({ value: markdown, ...(path ? { path } : {}), data: { astro: { frontmatter } } }), frontmatter };
}

/** The tree the pipeline's remark plugins leave (clause anchors set, bare URLs unwrapped …). */
export function parseMarkdown(markdown: string, options: MarkdownOptions = {}): { tree: Root; frontmatter: Record<string, unknown> } {
	const processor = remarkProcessor(options);
	const { file, frontmatter } = astroFile(markdown, options.path);
	return { tree: processor.runSync(processor.parse(file), file), frontmatter };
}

/** HTML as the site renders the string, and what the plugins recorded. */
export function renderMarkdownFile(
	markdown: string,
	options: MarkdownOptions = {}
): { html: string; frontmatter: Record<string, unknown> } {
	const { file, frontmatter } = astroFile(markdown, options.path);
	const html = String(
		remarkProcessor(options)
			.use(remarkRehype)
			.use(rehypePlugins({ base: options.base ?? '/' }))
			.use(rehypeStringify)
			.processSync(file)
	);
	return { html, frontmatter };
}

export async function renderMarkdown(markdown: string, options: MarkdownOptions = {}): Promise<string> {
	return renderMarkdownFile(markdown, options).html;
}
